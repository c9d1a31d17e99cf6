package org.tripartite.ui.layout;

import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The URL options a teacher adds to a lesson or lab link, shared by every view:
 * {@code hide=name1,name2} hides those controls (their values still apply),
 * {@code embed=true} shows the page without header, navigation and footer so that it fits an
 * iframe, and {@code lang=en|fr} forces the interface language ({@link LanguageSetup} reads it).
 * Views copy these options into the address when they rewrite it, so a copied link keeps them.
 *
 * @param hidden names of the hidden controls, in the order given
 * @param embed  true for the frameless view
 * @param lang   the forced language code as given, or null
 */
public record TeacherOptions(Set<String> hidden, boolean embed, String lang) {

    public static final String HIDE = "hide";
    public static final String EMBED = "embed";
    public static final String LANG = "lang";

    /** Names of the query parameters that are options, not experiment parameters. */
    public static final List<String> NAMES = List.of(HIDE, EMBED, LANG);

    public TeacherOptions {
        hidden = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(hidden));
    }

    /** Reads the options from a URL query; absent or malformed options are off. */
    public static TeacherOptions from(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        Set<String> hidden = new LinkedHashSet<>();
        for (String list : parameters.getOrDefault(HIDE, List.of())) {
            Arrays.stream(list.split(",")).map(String::strip).filter(name -> !name.isEmpty()).forEach(hidden::add);
        }
        boolean embed = parameters.getOrDefault(EMBED, List.of()).stream().anyMatch("true"::equalsIgnoreCase);
        String lang = parameters.getOrDefault(LANG, List.of()).stream().findFirst().orElse(null);
        return new TeacherOptions(hidden, embed, lang);
    }

    /** Returns true when the control named {@code name} is hidden. */
    public boolean hides(String name) {
        return hidden.contains(name);
    }

    /** Adds the options that are set to {@code query}, after its other parameters. */
    public void addTo(Map<String, List<String>> query) {
        if (!hidden.isEmpty()) {
            query.put(HIDE, List.of(String.join(",", hidden)));
        }
        if (embed) {
            query.put(EMBED, List.of("true"));
        }
        if (lang != null && !lang.isBlank()) {
            query.put(LANG, List.of(lang));
        }
    }

    /** Returns a query of {@code values} followed by these options. */
    public QueryParameters query(Map<String, String> values) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        values.forEach((name, value) -> parameters.put(name, List.of(value)));
        addTo(parameters);
        return new QueryParameters(parameters);
    }
}
