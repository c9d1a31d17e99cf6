package org.tripartite.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Set<String> english = keys("en");
        Set<String> french = keys("fr");

        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(french);
        Set<String> onlyFrench = new TreeSet<>(french);
        onlyFrench.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "keys missing in French");
        assertEquals(Set.of(), onlyFrench, "keys missing in English");
    }

    @Test
    void frenchFormatsNumbersWithComma() {
        assertEquals("Étape 2 sur 5", Translations.translate(Language.FR, "lesson.stepOf", 2, 5));
        assertEquals("Step 2 of 5", Translations.translate(Language.EN, "lesson.stepOf", 2, 5));
    }

    @Test
    void missingKeyIsVisible() {
        assertTrue(Translations.translate(Language.EN, "no.such.key").startsWith("!"));
    }

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
