package org.tripartite.ui.lab;

import java.util.Map;
import org.tripartite.i18n.Language;

/**
 * A named set of parameter values of one experiment; parameters it does not name keep their
 * defaults.
 *
 * @param id     stable identifier, unique within the experiment
 * @param names  display name by language code ("en", "fr")
 * @param values canonical strings of the parameters it sets, as in a share link
 */
public record LabPreset(String id, Map<String, String> names, Map<String, String> values) {

    public LabPreset {
        names = Map.copyOf(names);
        values = Map.copyOf(values);
    }

    public String name(Language language) {
        return names.getOrDefault(language.code(), id);
    }
}
