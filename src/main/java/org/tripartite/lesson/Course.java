package org.tripartite.lesson;

import java.util.List;
import java.util.Optional;

/** The guided path: the lessons in order. */
public record Course(List<Lesson> lessons) {

    public Course {
        lessons = List.copyOf(lessons);
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }

    /** Returns the lesson's position in the path, starting at 1. */
    public int number(Lesson lesson) {
        return lessons.indexOf(lesson) + 1;
    }
}
