package org.tripartite.api;

import java.util.List;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.Translations;

/**
 * One experiment as the API lists it.
 *
 * @param id         identifier, the path segment of its run URL
 * @param title      title in the requested language
 * @param parameters its parameters, in display order
 */
public record ExperimentSummary(String id, String title, List<ParameterSummary> parameters) {

    /** Describes {@code experiment}, with its title in {@code language}. */
    public static ExperimentSummary of(Experiment<?, ?> experiment, Language language) {
        return new ExperimentSummary(experiment.id(), title(experiment.id(), language),
                experiment.parameters().stream().map(ParameterSummary::of).toList());
    }

    /** Returns the title of experiment {@code id} from the key {@code api.experiment.<id>.title}. */
    static String title(String id, Language language) {
        return Translations.translate(language, "api.experiment." + id + ".title");
    }
}
