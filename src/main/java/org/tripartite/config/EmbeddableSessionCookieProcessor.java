package org.tripartite.config;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.Charset;
import org.apache.catalina.Context;
import org.apache.catalina.util.SessionConfig;
import org.apache.tomcat.util.http.CookieProcessor;
import org.apache.tomcat.util.http.MimeHeaders;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.apache.tomcat.util.http.ServerCookies;

/**
 * Writes the session cookie with {@code SameSite=None; Secure} when the request came over HTTPS,
 * so that the session survives in a page framed by another site. Other cookies, and every cookie
 * over plain HTTP (where browsers reject {@code SameSite=None} without {@code Secure}), are
 * written by the processor configured before, which applies {@code server.servlet.session.cookie.same-site}.
 */
public class EmbeddableSessionCookieProcessor extends Rfc6265CookieProcessor {

    private final CookieProcessor fallback;
    private final Context context;

    /**
     * @param fallback the processor for every other cookie
     * @param context  the web application, which names the session cookie (null for JSESSIONID)
     */
    public EmbeddableSessionCookieProcessor(CookieProcessor fallback, Context context) {
        this.fallback = fallback;
        this.context = context;
        setSameSiteCookies("None");
    }

    @Override
    public String generateHeader(Cookie cookie, HttpServletRequest request) {
        if (request != null && request.isSecure() && cookie.getName().equals(sessionCookieName())) {
            cookie.setSecure(true);
            return super.generateHeader(cookie, request);
        }
        return fallback.generateHeader(cookie, request);
    }

    @Override
    public void parseCookieHeader(MimeHeaders headers, ServerCookies serverCookies) {
        fallback.parseCookieHeader(headers, serverCookies);
    }

    @Override
    public Charset getCharset() {
        return fallback.getCharset();
    }

    private String sessionCookieName() {
        return context == null ? "JSESSIONID" : SessionConfig.getSessionCookieName(context);
    }
}
