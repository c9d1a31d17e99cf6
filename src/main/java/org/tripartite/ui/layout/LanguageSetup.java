package org.tripartite.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tripartite.i18n.Language;

/**
 * Chooses each new UI's language: a {@code lang} URL parameter first (a teacher's link may force
 * it), then the learner's remembered choice (a cookie), then the browser's preferred languages.
 * It also keeps the page's {@code lang} attribute equal to the UI language.
 */
@Component
public class LanguageSetup implements VaadinServiceInitListener {

    static final String COOKIE = "tripartite-lang";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // The first HTML already carries the right lang, before any script runs.
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            Language language = fromRequest(request).orElseGet(() -> preferred(request));
            response.getDocument().selectFirst("html").attr("lang", language.code());
        });
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            VaadinRequest request = VaadinRequest.getCurrent();
            Optional<Language> chosen = request == null ? Optional.empty() : fromRequest(request);
            Language language = chosen.orElse(Language.of(ui.getLocale()));
            apply(ui, language);
        });
    }

    /** Switches the UI to {@code language}, remembers the choice and reloads the page in it. */
    public static void switchTo(UI ui, Language language) {
        remember(language);
        apply(ui, language);
        // Drop a forcing ?lang= from the address, so the reload shows the chosen language.
        ui.getPage().executeJs("""
                const url = new URL(window.location.href);
                url.searchParams.delete('lang');
                window.location.replace(url.toString());""");
    }

    public static Language current(UI ui) {
        return Language.of(ui.getLocale());
    }

    private static void apply(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", language.code());
    }

    private static Optional<Language> fromRequest(VaadinRequest request) {
        // The bootstrap request of a Vaadin UI carries the page's query string as "query".
        String forced = request.getParameter("lang");
        if (forced == null) {
            forced = queryParameter(request.getParameter("query"), "lang");
        }
        Optional<Language> fromParameter = Language.fromCode(forced);
        if (fromParameter.isPresent()) {
            return fromParameter;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Language.fromCode(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** Returns the first of the browser's preferred languages that the app has, else English. */
    private static Language preferred(VaadinRequest request) {
        java.util.Enumeration<java.util.Locale> locales = request.getLocales();
        while (locales != null && locales.hasMoreElements()) {
            Optional<Language> language = Language.fromCode(locales.nextElement().toLanguageTag());
            if (language.isPresent()) {
                return language.get();
            }
        }
        return Language.EN;
    }

    private static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return pair.substring(equals + 1);
            }
        }
        return null;
    }

    private static void remember(Language language) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
