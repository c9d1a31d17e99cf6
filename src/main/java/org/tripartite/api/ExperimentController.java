package org.tripartite.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.experiment.Experiments;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.ParameterType;
import org.tripartite.i18n.Language;

/**
 * The JSON API: {@code GET /api/v1/experiments} lists the experiments and their parameters, and
 * {@code GET /api/v1/experiments/{id}?name=value&...} runs one. Errors are mapped to problem
 * documents by {@link ApiProblemHandler}.
 */
@RestController
public class ExperimentController {

    /** Name of the query parameter that selects the language of the titles in the list. */
    static final String LANGUAGE_PARAMETER = "lang";

    /** The Tomcat request attribute set when the query string could not be decoded. */
    private static final String PARAMETER_PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

    private final ExperimentRunner runner;

    public ExperimentController(ExperimentRunner runner) {
        this.runner = runner;
    }

    /** Lists every experiment with its parameters; {@code lang=fr} gives French titles. */
    @GetMapping("/api/v1/experiments")
    public ResponseEntity<JsonNode> list(HttpServletRequest request) {
        Map<String, String> query = singleValues(request);
        Language language = Language.EN;
        for (Map.Entry<String, String> entry : query.entrySet()) {
            if (!entry.getKey().equals(LANGUAGE_PARAMETER)) {
                throw new InvalidParameterException(entry.getKey(), entry.getValue(),
                        InvalidParameterException.Reason.UNKNOWN_PARAMETER, null, null, null, "",
                        List.of());
            }
            language = parseLanguage(entry.getValue());
        }
        Language chosen = language;
        List<ExperimentSummary> summaries = Experiments.all().stream()
                .map(experiment -> ExperimentSummary.of(experiment, chosen)).toList();
        return json(summaries);
    }

    /** Runs experiment {@code id} with the query parameters; names not given take their default. */
    @GetMapping("/api/v1/experiments/{id}")
    public ResponseEntity<JsonNode> run(@PathVariable String id, HttpServletRequest request)
            throws InterruptedException {
        Experiment<?, ?> experiment = Experiments.byId(id)
                .orElseThrow(() -> new UnknownExperimentException(id));
        return json(runner.run(experiment, singleValues(request)));
    }

    /**
     * Returns a 404 problem for every other GET under {@code /api/}, so that Vaadin's catch-all
     * route does not send API clients an HTML page.
     */
    @GetMapping("/api/**")
    public ResponseEntity<ProblemDetail> unknownPath(HttpServletRequest request) {
        ProblemDetail problem = ApiProblemHandler.problem(HttpStatus.NOT_FOUND, "not-found",
                "Not found", "No API resource at " + request.getRequestURI()
                        + ": the API has /api/v1/experiments and /api/v1/experiments/{id}.",
                request);
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<JsonNode> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ApiJson.toTree(body));
    }

    private static Language parseLanguage(String code) {
        for (Language language : Language.values()) {
            if (language.code().equals(code)) {
                return language;
            }
        }
        List<String> codes = Arrays.stream(Language.values()).map(Language::code).toList();
        throw new InvalidParameterException(LANGUAGE_PARAMETER, code,
                InvalidParameterException.Reason.UNKNOWN_CHOICE, ParameterType.CHOICE, null, null,
                "", codes);
    }

    /**
     * Returns the query parameters with one value each.
     *
     * @throws MalformedQueryException when the container could not decode the query string
     * @throws DuplicateParameterException when a name occurs more than once
     */
    private static Map<String, String> singleValues(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        if (request.getAttribute(PARAMETER_PARSE_FAILED) != null) {
            throw new MalformedQueryException();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> entry : parameters.entrySet()) {
            String[] given = entry.getValue();
            if (given.length > 1) {
                throw new DuplicateParameterException(entry.getKey(), List.of(given));
            }
            values.put(entry.getKey(), given.length == 0 ? "" : given[0]);
        }
        return values;
    }
}
