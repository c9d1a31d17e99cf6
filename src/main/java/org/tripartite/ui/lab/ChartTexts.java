package org.tripartite.ui.lab;

import org.tripartite.i18n.Language;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.i18n.Translations;

/** Translated texts and formatted numbers for the charts of one lab page. */
public record ChartTexts(Language language) {

    public String text(String key, Object... parameters) {
        return Translations.translate(language, key, parameters);
    }

    /** Formats a number with three significant digits, as learners read it. */
    public String number(double value) {
        return NumberFormats.format(value, language);
    }
}
