package org.tripartite.config;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tripartite.lesson.Course;
import org.tripartite.lesson.CourseLoader;
import org.tripartite.lesson.Lesson;
import org.tripartite.lesson.check.Measures;
import org.tripartite.ui.figure.Figures;

/**
 * Loads the course content once at start-up; a malformed content file stops the start. A lesson
 * whose figures or checkpoint measure the app cannot show yet is left out of the course, and the
 * log says so.
 */
@Configuration
public class CourseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CourseConfiguration.class);

    @Bean
    public Course course() {
        Course loaded = new CourseLoader(getClass().getClassLoader()).load();
        List<Lesson> available = loaded.lessons().stream().filter(CourseConfiguration::isAvailable).toList();
        Course course = new Course(available);
        LOG.info("Loaded the course: {} lessons, {} steps", course.lessons().size(),
                course.lessons().stream().mapToInt(lesson -> lesson.steps().size()).sum());
        return course;
    }

    private static boolean isAvailable(Lesson lesson) {
        for (var step : lesson.steps()) {
            if (!Figures.supports(step.view())) {
                LOG.warn("Lesson {} left out: its step {} needs the figure {}, which the app does not have",
                        lesson.id(), step.id(), step.view());
                return false;
            }
        }
        if (!Measures.exists(lesson.checkpoint().measure())) {
            LOG.warn("Lesson {} left out: its checkpoint needs the measure {}, which the app does not have",
                    lesson.id(), lesson.checkpoint().measure());
            return false;
        }
        return true;
    }
}
