package org.tripartite.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The interface texts, from {@code i18n/messages_<language>.properties} (UTF-8). Vaadin uses this
 * provider for {@code getTranslation}, and picks the UI's first locale from the browser's
 * preferred languages among {@link #getProvidedLocales()}.
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "i18n.messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(Language.of(locale), key, params);
    }

    /** Returns the text for {@code key}, formatted with {@link MessageFormat} in the language's locale. */
    public static String translate(Language language, String key, Object... params) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            LOG.error("Missing text for key {} in language {}", key, language.code());
            return "!" + key + "!";
        }
        if (params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language.locale()).format(params);
    }

    /** Returns whether {@code key} has a text in {@code language}. */
    public static boolean has(Language language, String key) {
        try {
            ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** Without it, a key missing in French would fall back to the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
