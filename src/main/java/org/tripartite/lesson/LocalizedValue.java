package org.tripartite.lesson;

import java.util.Map;
import org.tripartite.i18n.Language;

/** A preset value that is either the same in every language or given per language. */
public record LocalizedValue(String common, Map<Language, String> perLanguage) {

    public LocalizedValue {
        perLanguage = Map.copyOf(perLanguage);
    }

    public static LocalizedValue of(String value) {
        return new LocalizedValue(value, Map.of());
    }

    public String in(Language language) {
        return perLanguage.getOrDefault(language, common);
    }
}
