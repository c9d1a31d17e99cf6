package org.tripartite.i18n;

import java.util.Locale;
import java.util.Optional;

/** The interface languages. Every text exists in each of them. */
public enum Language {
    EN(Locale.ENGLISH),
    FR(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Returns the lower-case code used in URLs, cookies and content file names ("en", "fr"). */
    public String code() {
        return locale.getLanguage();
    }

    /** Returns the language for a code such as "fr" or "fr-CA", if it is one of ours. */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
        for (Language candidate : values()) {
            if (candidate.code().equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return locale == null ? EN : fromCode(locale.toLanguageTag()).orElse(EN);
    }
}
