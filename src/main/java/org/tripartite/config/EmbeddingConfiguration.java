package org.tripartite.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets other sites show Tripartite in an iframe, and only the sites the operator allows.
 *
 * <p>Every response carries {@code Content-Security-Policy: frame-ancestors <origins>}, with the
 * origins of {@code tripartite.embed.allowed-origins} (default {@code 'self'}: only pages of this
 * server may frame it). Over HTTPS the session cookie is sent with {@code SameSite=None; Secure},
 * because a browser withholds a {@code Lax} cookie from a page framed by another site, and Vaadin
 * needs the session on every request. Behind a reverse proxy, HTTPS is recognised from
 * {@code X-Forwarded-Proto} ({@code server.forward-headers-strategy=native}).
 */
@Configuration
public class EmbeddingConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingConfiguration.class);

    /** One source of a CSP source list: a keyword, a scheme, or a host with optional scheme, port and path. */
    private static final Pattern SOURCE = Pattern.compile(
            "'self'|'none'|\\*|[a-z][a-z0-9+.-]*:|([a-z][a-z0-9+.-]*://)?(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*"
                    + "(:(\\d{1,5}|\\*))?(/[^\\s;,']*)?");

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> frameAncestorsFilter(
            @Value("${tripartite.embed.allowed-origins:'self'}") String allowedOrigins) {
        String policy = frameAncestorsPolicy(allowedOrigins);
        LOG.info("Embedding allowed from: {}", policy);
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", policy);
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("frameAncestorsFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Returns the header value {@code frame-ancestors …} for origins separated by commas or spaces.
     *
     * @throws IllegalArgumentException when a source is not a valid CSP source, so that a typo
     *         stops the start instead of silently blocking every embedding page
     */
    public static String frameAncestorsPolicy(String allowedOrigins) {
        List<String> sources = new ArrayList<>();
        for (String source : allowedOrigins.trim().split("[,\\s]+")) {
            if (source.isEmpty()) {
                continue;
            }
            if (!SOURCE.matcher(source).matches()) {
                throw new IllegalArgumentException("Invalid source \"" + source
                        + "\" in tripartite.embed.allowed-origins: expected 'self', 'none', *, a scheme such as"
                        + " https: or an origin such as https://courses.example.org");
            }
            sources.add(source);
        }
        if (sources.isEmpty()) {
            sources.add("'self'");
        }
        return "frame-ancestors " + String.join(" ", sources);
    }

    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> embeddableSessionCookie() {
        return factory -> factory.addContextCustomizers(context -> context.setCookieProcessor(
                new EmbeddableSessionCookieProcessor(context.getCookieProcessor(), context)));
    }
}
