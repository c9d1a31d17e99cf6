package org.tripartite.lesson;

/** A course content file that does not follow the course format. */
public class CourseFormatException extends RuntimeException {

    public CourseFormatException(String message) {
        super(message);
    }

    public CourseFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
