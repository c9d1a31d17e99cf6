package org.tripartite.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tripartite.lesson.Course;
import org.tripartite.lesson.CourseLoader;

/** Loads the course content once at start-up; a malformed content file stops the start. */
@Configuration
public class CourseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CourseConfiguration.class);

    @Bean
    public Course course() {
        Course course = new CourseLoader(getClass().getClassLoader()).load();
        LOG.info("Loaded the course: {} lessons, {} steps", course.lessons().size(),
                course.lessons().stream().mapToInt(lesson -> lesson.steps().size()).sum());
        return course;
    }
}
