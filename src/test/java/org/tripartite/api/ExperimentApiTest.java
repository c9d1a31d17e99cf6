package org.tripartite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.experiment.Experiments;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.Translations;

/** Contract tests of the JSON API through Spring MVC, against runs of the engine itself. */
@SpringBootTest
@AutoConfigureMockMvc
class ExperimentApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private MockMvc mvc;

    // ---- list ----------------------------------------------------------------------------------

    @Test
    void listHasEveryExperimentAndParameter() throws Exception {
        JsonNode list = getJson("/api/v1/experiments", 200);

        assertEquals(Experiments.all().size(), list.size());
        for (int i = 0; i < list.size(); i++) {
            Experiment<?, ?> experiment = Experiments.all().get(i);
            JsonNode item = list.get(i);
            assertEquals(experiment.id(), item.get("id").asText());
            assertEquals(Translations.translate(Language.EN, "api.experiment." + experiment.id() + ".title"),
                    item.get("title").asText());
            assertFalse(item.get("title").asText().startsWith("!"), "missing title of " + experiment.id());
            JsonNode parameters = item.get("parameters");
            assertEquals(experiment.parameters().size(), parameters.size(), experiment.id());
            for (int p = 0; p < parameters.size(); p++) {
                assertParameterListed(experiment.parameters().get(p), parameters.get(p));
            }
        }
    }

    private static void assertParameterListed(ParameterSpec spec, JsonNode listed) {
        String where = spec.name() + ": " + listed;
        assertEquals(List.of("name", "type", "default", "minimum", "maximum", "unit", "choices", "maxItems"),
                fieldNames(listed), where);
        assertEquals(spec.name(), listed.get("name").asText(), where);
        assertEquals(spec.type().name(), listed.get("type").asText(), where);
        assertEquals(spec.unit(), listed.get("unit").asText(), where);
        // The listed default must be read back by the engine as the spec's default.
        assertEquals(spec.defaultValue(), spec.parse(queryString(listed.get("default"))), where);
        assertBound(spec.min(), listed.get("minimum"), where);
        assertBound(spec.max(), listed.get("maximum"), where);
        assertEquals(spec.choices(), textList(listed.get("choices")), where);
        if (spec.maxItems() == null) {
            assertTrue(listed.get("maxItems").isNull(), where);
        } else {
            assertEquals(spec.maxItems().intValue(), listed.get("maxItems").intValue(), where);
        }
    }

    private static void assertBound(Double bound, JsonNode listed, String where) {
        if (bound == null || bound.isInfinite()) {
            assertTrue(listed.isNull(), where);
        } else {
            assertTrue(listed.isNumber(), where);
            assertEquals(bound, listed.doubleValue(), 0.0, where);
        }
    }

    @Test
    void featureSweepListsItsParameters() throws Exception {
        JsonNode sweep = find(getJson("/api/v1/experiments", 200), "feature-sweep");

        List<String> names = new ArrayList<>();
        sweep.get("parameters").forEach(parameter -> names.add(parameter.get("name").asText()));
        assertEquals(List.of("d", "tokens", "qkNorm2", "ms", "repeats", "featureMap", "seed"), names);
        JsonNode ms = sweep.get("parameters").get(3);
        assertEquals("INT_LIST", ms.get("type").asText());
        assertEquals("[100,1000,10000]", ms.get("default").toString());
        assertEquals(1, ms.get("minimum").intValue());
        assertEquals(100_000, ms.get("maximum").intValue());
        assertEquals(12, ms.get("maxItems").intValue());
        assertEquals("features", ms.get("unit").asText());
        JsonNode seed = sweep.get("parameters").get(6);
        assertEquals(42, seed.get("default").longValue());
        assertEquals((1L << 53) - 1, seed.get("maximum").longValue());
    }

    @Test
    void infiniteDefaultIsListedAsNone() throws Exception {
        JsonNode network = find(getJson("/api/v1/experiments", 200), "network");
        JsonNode tauSynapse = parameter(network, "tauSynapseS");

        assertEquals("none", tauSynapse.get("default").asText());
        assertTrue(tauSynapse.get("maximum").isNull());
        assertEquals(0.1, tauSynapse.get("minimum").doubleValue(), 0.0);
    }

    @Test
    void listInFrench() throws Exception {
        JsonNode list = getJson("/api/v1/experiments?lang=fr", 200);

        JsonNode trace = find(list, "normaliser-trace");
        assertEquals("Calcium de l’astrocyte face au facteur de normalisation de la softmax", trace.get("title").asText());
        for (JsonNode item : list) {
            String english = Translations.translate(Language.EN, "api.experiment." + item.get("id").asText() + ".title");
            assertFalse(item.get("title").asText().equals(english), "untranslated " + item.get("id"));
            assertFalse(item.get("title").asText().startsWith("!"), "missing French title " + item.get("id"));
        }
    }

    @Test
    void listRejectsUnknownLanguage() throws Exception {
        JsonNode problem = getProblem("/api/v1/experiments?lang=de", 400);

        assertEquals("lang", problem.get("parameter").asText());
        assertEquals("de", problem.get("value").asText());
        assertEquals("UNKNOWN_CHOICE", problem.get("reason").asText());
        assertEquals("[\"en\",\"fr\"]", problem.get("choices").toString());
    }

    // ---- runs with defaults ----------------------------------------------------------------------

    static Stream<String> experimentIds() {
        return Experiments.all().stream().map(Experiment::id);
    }

    @ParameterizedTest
    @MethodSource("experimentIds")
    void defaultsRunLikeTheEngine(String id) throws Exception {
        Experiment<?, ?> experiment = Experiments.byId(id).orElseThrow();

        JsonNode body = getJson("/api/v1/experiments/" + id, 200);

        assertEquals(List.of("experiment", "parameters", "result"), fieldNames(body));
        assertEquals(id, body.get("experiment").asText());
        assertDefaultParameters(experiment, body.get("parameters"));
        Object direct = runDefaults(experiment);
        assertSameStructureAndValues(direct, body.get("result"), "result");
    }

    private static void assertDefaultParameters(Experiment<?, ?> experiment, JsonNode parameters) {
        ParameterValues defaults = ParameterValues.defaults(experiment.parameters());
        assertEquals(new ArrayList<>(defaults.asMap().keySet()), fieldNames(parameters));
        for (ParameterSpec spec : experiment.parameters()) {
            // Read back through the engine's parser, the echoed value is the default itself.
            assertEquals(spec.defaultValue(), spec.parse(queryString(parameters.get(spec.name()))),
                    experiment.id() + "." + spec.name());
        }
        if (experiment.parameters().stream().anyMatch(spec -> spec.name().equals("seed"))) {
            assertTrue(parameters.get("seed").isIntegralNumber(), "seed missing");
        }
    }

    private static <P, R> R runDefaults(Experiment<P, R> experiment) {
        return experiment.run(experiment.defaults(), RunMonitor.NONE);
    }

    @Test
    void featureSweepRowsCarryErrors() throws Exception {
        JsonNode body = getJson("/api/v1/experiments/feature-sweep?ms=100,400&repeats=2&tokens=16&d=8", 200);

        JsonNode rows = body.get("result").get("rows");
        assertEquals(2, rows.size());
        assertEquals(100, rows.get(0).get("m").intValue());
        assertEquals(400, rows.get(1).get("m").intValue());
        for (JsonNode row : rows) {
            double normaliserError = row.get("normaliserError").doubleValue();
            double outputError = row.get("outputError").doubleValue();
            // A relative error of a random-feature estimate with hundreds of features is small but positive.
            assertTrue(normaliserError > 0, row.toString());
            assertTrue(normaliserError < 1, row.toString());
            assertTrue(outputError > 0, row.toString());
            assertTrue(outputError < 1, row.toString());
        }
        assertEquals("[100,400]", body.get("parameters").get("ms").toString());
        assertEquals(2, body.get("parameters").get("repeats").intValue());
    }

    @Test
    void normaliserTraceCarriesZAndCPerToken() throws Exception {
        JsonNode body = getJson("/api/v1/experiments/normaliser-trace?tokens=20&mLow=50&mHigh=2000", 200);

        JsonNode result = body.get("result");
        assertEquals(20, result.get("z").size());
        assertEquals(20, result.get("labels").size());
        JsonNode traces = result.get("traces");
        assertEquals(2, traces.size());
        assertEquals(50, traces.get(0).get("m").intValue());
        assertEquals(2000, traces.get(1).get("m").intValue());
        for (JsonNode trace : traces) {
            assertEquals(20, trace.get("c").size());
        }
        // log Z is the log of Z token by token (Z does not overflow at these sizes).
        for (int t = 0; t < 20; t++) {
            assertEquals(Math.log(result.get("z").get(t).doubleValue()), result.get("logZ").get(t).doubleValue(), 1e-9);
        }
    }

    @Test
    void attentionWeightsSumToOne() throws Exception {
        JsonNode weights = getJson("/api/v1/experiments/attention?text=a%20b%20a%20c", 200)
                .get("result").get("weights");

        assertEquals(4, weights.size());
        for (JsonNode row : weights) {
            double sum = 0;
            for (JsonNode weight : row) {
                sum += weight.doubleValue();
            }
            assertEquals(1.0, sum, 1e-12);
        }
    }

    @Test
    void parametersEchoCanonicalValues() throws Exception {
        JsonNode parameters = getJson("/api/v1/experiments/kernel?featureMap=COSINE&qkNorm2=%2B1.50&m=%2064%20&seed=7", 200)
                .get("parameters");

        assertEquals("cosine", parameters.get("featureMap").asText());
        assertEquals(1.5, parameters.get("qkNorm2").doubleValue(), 0.0);
        assertEquals(64, parameters.get("m").intValue());
        assertEquals(7, parameters.get("seed").longValue());
        assertEquals(16, parameters.get("d").intValue());
    }

    @Test
    void infiniteParameterEchoedAsNone() throws Exception {
        JsonNode parameters = getJson("/api/v1/experiments/recall?leakS=none&ms=16&pairCounts=1,2&repeats=1", 200)
                .get("parameters");

        assertEquals("none", parameters.get("leakS").asText());
    }

    // ---- bounds ----------------------------------------------------------------------------------

    /** Lists one numeric parameter per experiment: its minimum, its maximum, and values just beyond. */
    static Stream<Arguments> bounds() {
        return Stream.of(
                Arguments.of("attention", "d", "2", "128", "1", "129", ""),
                Arguments.of("kernel", "d", "1", "128", "0", "129", ""),
                Arguments.of("feature-sweep", "tokens", "1", "256", "0", "257", "&ms=100&repeats=1"),
                Arguments.of("synapse", "recordStepMs", "0.1", "1000", "0.09", "1000.5", ""),
                Arguments.of("network", "c0", "0.01", "100", "0.009", "100.1", ""),
                Arguments.of("normaliser-trace", "vocabSize", "1", "1000", "0", "1001", "&mHigh=1000"),
                Arguments.of("knockout", "c0", "0.01", "100", "0.009", "100.1", "&maxTokens=16&m=100"),
                Arguments.of("recall", "slotMs", "10", "10000", "9.99", "10000.01", "&ms=16&repeats=1"),
                Arguments.of("associative-memory", "gain", "1", "20", "0.5", "20.5", "&steps=100"),
                Arguments.of("capacity", "flipFraction", "0", "0.3", "-0.01", "0.31", "&trials=1"));
    }

    @ParameterizedTest
    @MethodSource("bounds")
    void boundsAcceptedAndJustBeyondRejected(String id, String name, String min, String max,
            String below, String above, String extras) throws Exception {
        if (Experiments.byId(id).isEmpty()) {
            fail("experiment " + id + " is not registered");
        }
        ParameterSpec spec = ParameterSpec.find(Experiments.byId(id).orElseThrow().parameters(), name);
        assertEquals(Double.parseDouble(min), spec.min(), 0.0, "table out of date for " + id + "." + name);
        assertEquals(Double.parseDouble(max), spec.max(), 0.0, "table out of date for " + id + "." + name);

        for (String accepted : List.of(min, max)) {
            JsonNode body = getJson("/api/v1/experiments/" + id + "?" + name + "=" + accepted + extras, 200);
            assertEquals(Double.parseDouble(accepted), body.get("parameters").get(name).doubleValue(), 0.0);
        }
        for (String rejected : List.of(below, above)) {
            JsonNode problem = getProblem("/api/v1/experiments/" + id + "?" + name + "=" + rejected + extras, 400);
            assertInvalid(problem, name, rejected, "OUT_OF_RANGE");
            assertEquals(Double.parseDouble(min), problem.get("minimum").doubleValue(), 0.0);
            assertEquals(Double.parseDouble(max), problem.get("maximum").doubleValue(), 0.0);
            assertEquals(spec.unit(), problem.get("unit").asText());
            assertTrue(problem.get("detail").asText().contains(rejected), problem.toString());
            assertTrue(problem.get("detail").asText().contains(" to " + max), problem.toString());
        }
    }

    // ---- invalid values ----------------------------------------------------------------------------

    @Test
    void nanRejected() throws Exception {
        JsonNode problem = getProblem("/api/v1/experiments/kernel?qkNorm2=NaN", 400);

        assertInvalid(problem, "qkNorm2", "NaN", "NOT_FINITE");
        assertEquals(0.01, problem.get("minimum").doubleValue(), 0.0);
        assertEquals(25.0, problem.get("maximum").doubleValue(), 0.0);
    }

    @Test
    void infinityRejectedWhereFinite() throws Exception {
        JsonNode problem = getProblem("/api/v1/experiments/kernel?qkNorm2=-Infinity", 400);

        assertInvalid(problem, "qkNorm2", "-Infinity", "NOT_FINITE");
    }

    @Test
    void missingValueRejected() throws Exception {
        JsonNode problem = getProblem("/api/v1/experiments/feature-sweep?d=", 400);

        assertInvalid(problem, "d", "", "MISSING");
        assertEquals(1, problem.get("minimum").intValue());
        assertEquals(128, problem.get("maximum").intValue());
        assertEquals("Missing value for d: expected a whole number from 1 to 128.", problem.get("detail").asText());
    }

    @Test
    void notANumberRejected() throws Exception {
        JsonNode problem = getProblem("/api/v1/experiments/feature-sweep?tokens=many", 400);

        assertInvalid(problem, "tokens", "many", "NOT_A_NUMBER");
        assertEquals(256, problem.get("maximum").intValue());
    }

    @Test
    void fractionalIntegerRejected() throws Exception {
        JsonNode problem = getProblem("/api/v1/experiments/feature-sweep?tokens=2.5", 400);

        assertInvalid(problem, "tokens", "2.5", "OUT_OF_RANGE");
    }

    @Test
    void unknownParameterRejected() throws Exception {
        JsonNode problem = getProblem("/api/v1/experiments/kernel?dimension=4", 400);

        assertInvalid(problem, "dimension", "4", "UNKNOWN_PARAMETER");
        assertTrue(problem.get("minimum").isNull());
        assertTrue(problem.get("maximum").isNull());
        assertEquals("", problem.get("unit").asText());
    }

    @Test
    void duplicateParameterRejected() throws Exception {
        JsonNode problem = getProblem("/api/v1/experiments/kernel?d=4&d=8", 400);

        assertEquals("urn:tripartite:problem:duplicate-parameter", problem.get("type").asText());
        assertEquals("d", problem.get("parameter").asText());
        assertEquals("[\"4\",\"8\"]", problem.get("values").toString());
    }

    @Test
    void tooManyItemsRejected() throws Exception {
        JsonNode problem = getProblem("/api/v1/experiments/feature-sweep?ms=1,2,3,4,5,6,7,8,9,10,11,12,13", 400);

        assertInvalid(problem, "ms", "1,2,3,4,5,6,7,8,9,10,11,12,13", "TOO_MANY_ITEMS");
        assertEquals(12, problem.get("maximum").intValue());
        assertEquals("items", problem.get("unit").asText());
    }

    @Test
    void costAboveBoundRejectedUpFront() throws Exception {
        JsonNode problem = getProblem("/api/v1/experiments/feature-sweep?ms=100000,100000,100000&repeats=20", 400);

        assertInvalid(problem, "repeats", "20", "COST_TOO_HIGH");
        // Cost of one repeat: Σm · (T (2d + dv + 1) + 100 d) = 3e5 · (196 · 145 + 6400) = 1.0446e10
        // units, so at most floor(6e10 / 1.0446e10) = 5 repeats fit the limit of 6e10.
        assertEquals(1, problem.get("minimum").intValue());
        assertEquals(5, problem.get("maximum").intValue());
    }

    @Test
    void longValueShortenedInProblem() throws Exception {
        String text = "word ".repeat(120);
        JsonNode problem = getProblem("/api/v1/experiments/attention?text=" + text.replace(" ", "%20"), 400);

        assertEquals("TOO_LONG", problem.get("reason").asText());
        assertEquals(500, problem.get("maximum").intValue());
        assertEquals(201, problem.get("value").asText().length());
        assertTrue(problem.get("value").asText().endsWith("…"));
    }

    @Test
    void problemDespiteJsonAccept() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/experiments/kernel?d=0")
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();

        assertEquals(400, response.getStatus());
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertEquals("d", problem.get("parameter").asText());
    }

    // ---- not found ---------------------------------------------------------------------------------

    @Test
    void unknownExperimentNotFound() throws Exception {
        JsonNode problem = getProblem("/api/v1/experiments/telepathy", 404);

        assertEquals("urn:tripartite:problem:unknown-experiment", problem.get("type").asText());
        assertEquals("Unknown experiment", problem.get("title").asText());
        assertEquals("telepathy", problem.get("experiment").asText());
        assertTrue(problem.get("detail").asText().contains("feature-sweep"), problem.toString());
        assertEquals("/api/v1/experiments/telepathy", problem.get("instance").asText());
    }

    @Test
    void unknownApiPathNotFound() throws Exception {
        JsonNode problem = getProblem("/api/v2/anything", 404);

        assertEquals("urn:tripartite:problem:not-found", problem.get("type").asText());
    }

    // ---- CORS ----------------------------------------------------------------------------------------

    @Test
    void corsAllowsGetFromAnyOrigin() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/experiments")
                .header("Origin", "https://notebook.example.org")).andReturn().getResponse();

        assertEquals(200, response.getStatus());
        assertEquals("*", response.getHeader("Access-Control-Allow-Origin"));
        assertEquals(null, response.getHeader("Access-Control-Allow-Credentials"));
    }

    @Test
    void corsPreflightAllowsOnlyReads() throws Exception {
        MockHttpServletResponse allowed = mvc.perform(options("/api/v1/experiments/kernel")
                .header("Origin", "https://notebook.example.org")
                .header("Access-Control-Request-Method", "GET")).andReturn().getResponse();
        MockHttpServletResponse refused = mvc.perform(options("/api/v1/experiments/kernel")
                .header("Origin", "https://notebook.example.org")
                .header("Access-Control-Request-Method", "DELETE")).andReturn().getResponse();

        assertEquals(200, allowed.getStatus());
        assertEquals("*", allowed.getHeader("Access-Control-Allow-Origin"));
        assertEquals(403, refused.getStatus());
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private JsonNode getJson(String url, int expectedStatus) throws Exception {
        MockHttpServletResponse response = perform(get(URI.create(url)));
        assertEquals(expectedStatus, response.getStatus(), response.getContentAsString());
        assertTrue(MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(response.getContentType())),
                response.getContentType());
        return JSON.readTree(response.getContentAsString());
    }

    private JsonNode getProblem(String url, int expectedStatus) throws Exception {
        MockHttpServletResponse response = perform(get(URI.create(url)));
        assertEquals(expectedStatus, response.getStatus(), response.getContentAsString());
        assertTrue(MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(response.getContentType())),
                response.getContentType());
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertEquals(expectedStatus, problem.get("status").intValue());
        assertTrue(problem.get("type").asText().startsWith("urn:tripartite:problem:"), problem.toString());
        assertFalse(problem.get("title").asText().isEmpty());
        assertFalse(problem.get("detail").asText().isEmpty());
        return problem;
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private static void assertInvalid(JsonNode problem, String parameter, String value, String reason) {
        assertEquals("urn:tripartite:problem:invalid-parameter", problem.get("type").asText());
        assertEquals("Invalid parameter", problem.get("title").asText());
        assertEquals(parameter, problem.get("parameter").asText(), problem.toString());
        assertEquals(value, problem.get("value").asText(), problem.toString());
        assertEquals(reason, problem.get("reason").asText(), problem.toString());
        for (String member : List.of("minimum", "maximum", "unit")) {
            assertTrue(problem.has(member), member + " missing: " + problem);
        }
        assertTrue(problem.get("detail").asText().contains(parameter), problem.toString());
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no experiment " + id + " in " + list);
    }

    private static JsonNode parameter(JsonNode experiment, String name) {
        for (JsonNode parameter : experiment.get("parameters")) {
            if (parameter.get("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> iterator = node.fieldNames();
        iterator.forEachRemaining(names::add);
        return names;
    }

    private static List<String> textList(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** Writes a JSON parameter value the way a query string gives it: lists comma-separated. */
    private static String queryString(JsonNode value) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(item -> parts.add(item.asText()));
            return String.join(",", parts);
        }
        return value.asText();
    }

    /**
     * Asserts that {@code json} is {@code expected} written as JSON: a record as an object with its
     * component names in order, lists and arrays element by element, finite doubles as the same
     * number and non-finite ones as null.
     */
    static void assertSameStructureAndValues(Object expected, JsonNode json, String path) throws Exception {
        if (expected == null) {
            assertTrue(json.isNull(), path);
        } else if (expected instanceof Record record) {
            assertTrue(json.isObject(), path);
            RecordComponent[] components = record.getClass().getRecordComponents();
            List<String> names = new ArrayList<>();
            for (RecordComponent component : components) {
                names.add(component.getName());
            }
            assertEquals(names, fieldNames(json), path);
            for (RecordComponent component : components) {
                assertSameStructureAndValues(component.getAccessor().invoke(record),
                        json.get(component.getName()), path + "." + component.getName());
            }
        } else if (expected instanceof List<?> list) {
            assertElements(list.toArray(), json, path);
        } else if (expected instanceof Object[] array) {
            assertElements(array, json, path);
        } else if (expected.getClass().isArray()) {
            int length = java.lang.reflect.Array.getLength(expected);
            Object[] boxed = new Object[length];
            for (int i = 0; i < length; i++) {
                boxed[i] = java.lang.reflect.Array.get(expected, i);
            }
            assertElements(boxed, json, path);
        } else if (expected instanceof Double d) {
            if (Double.isFinite(d)) {
                assertTrue(json.isNumber(), path);
                assertEquals(d, json.doubleValue(), 0.0, path);
            } else {
                assertTrue(json.isNull(), path + " should be null for " + d);
            }
        } else if (expected instanceof Number n) {
            assertTrue(json.isIntegralNumber(), path);
            assertEquals(n.longValue(), json.longValue(), path);
        } else if (expected instanceof Boolean b) {
            assertEquals(b, json.booleanValue(), path);
        } else if (expected instanceof String || expected instanceof Enum<?>) {
            assertEquals(expected.toString(), json.asText(), path);
        } else if (expected instanceof Map<?, ?>) {
            fail(path + ": maps are not expected in results");
        } else {
            fail(path + ": unexpected type " + expected.getClass());
        }
    }

    private static void assertElements(Object[] expected, JsonNode json, String path) throws Exception {
        assertTrue(json.isArray(), path);
        assertEquals(expected.length, json.size(), path);
        for (int i = 0; i < expected.length; i++) {
            assertSameStructureAndValues(expected[i], json.get(i), path + "[" + i + "]");
        }
    }
}
