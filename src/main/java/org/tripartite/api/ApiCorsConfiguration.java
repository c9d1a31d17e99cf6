package org.tripartite.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-origin access to the API: GET and HEAD from any origin, without credentials, so that a
 * notebook or a page on another site can read it. The API is public and read-only, and no
 * response depends on a cookie.
 */
@Configuration
public class ApiCorsConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/**")
                .allowedOrigins("*")
                .allowedMethods("GET", "HEAD")
                .allowCredentials(false)
                .exposedHeaders("Retry-After")
                .maxAge(3600);
    }
}
