package org.tripartite.engine.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.param.InvalidParameterException.Reason;

class ParameterValuesTest {

    private static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.integer("tokens", 16, 1, 256, ""),
            ParameterSpec.real("qkNorm2", 4.0, 0.01, 25.0, ""),
            ParameterSpec.real("tauS", Double.POSITIVE_INFINITY, 0.1, Double.POSITIVE_INFINITY, "s"),
            ParameterSpec.bool("shared", true),
            ParameterSpec.text("text", "hello", 10),
            ParameterSpec.intList("ms", List.of(10, 100), 1, 100000, 3, ""),
            ParameterSpec.choice("featureMap", "positive", "positive", "cosine", "elu"),
            ParameterSpec.seed("seed"));

    private static InvalidParameterException strictProblem(String name, String raw) {
        return assertThrows(InvalidParameterException.class,
                () -> ParameterValues.parseStrict(SPECS, Map.of(name, raw)));
    }

    @Test
    void defaultsRoundTripThroughStrings() {
        ParameterValues defaults = ParameterValues.defaults(SPECS);
        Map<String, String> strings = defaults.toStrings();
        assertEquals("none", strings.get("tauS"));
        assertEquals("10,100", strings.get("ms"));
        assertEquals("4", strings.get("qkNorm2"));
        assertEquals(defaults, ParameterValues.parseStrict(SPECS, strings));
    }

    @Test
    void parsesEveryType() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("tokens", " 64 ");
        raw.put("qkNorm2", "0.5");
        raw.put("tauS", "2.5");
        raw.put("shared", "FALSE");
        raw.put("text", "abc");
        raw.put("ms", "1, 2,3");
        raw.put("featureMap", "Cosine");
        raw.put("seed", "7");
        ParameterValues v = ParameterValues.parseStrict(SPECS, raw);
        assertEquals(64, v.getInt("tokens"));
        assertEquals(0.5, v.getDouble("qkNorm2"));
        assertEquals(2.5, v.getDouble("tauS"));
        assertFalse(v.getBoolean("shared"));
        assertEquals("abc", v.getString("text"));
        assertEquals(List.of(1, 2, 3), v.getIntList("ms"));
        assertEquals("cosine", v.getString("featureMap"));
        assertEquals(7L, v.getLong("seed"));
        assertEquals(v, ParameterValues.parseStrict(SPECS, v.toStrings()));
    }

    @Test
    void notANumberMessageNamesFieldValueAndRange() {
        InvalidParameterException e = strictProblem("tokens", "abc");
        assertEquals(Reason.NOT_A_NUMBER, e.reason());
        assertEquals("tokens", e.parameter());
        assertEquals("abc", e.value());
        assertEquals(1.0, e.min());
        assertEquals(256.0, e.max());
        assertEquals("Invalid value \"abc\" for tokens: expected a whole number from 1 to 256.",
                e.getMessage());
    }

    @Test
    void outOfRangeAndFractionalIntegers() {
        InvalidParameterException high = strictProblem("tokens", "300");
        assertEquals(Reason.OUT_OF_RANGE, high.reason());
        assertEquals("Invalid value \"300\" for tokens: expected a whole number from 1 to 256.",
                high.getMessage());
        assertEquals(Reason.OUT_OF_RANGE, strictProblem("tokens", "2.5").reason());
        assertEquals(Reason.OUT_OF_RANGE, strictProblem("tokens", "99999999999999999999").reason());
        assertEquals(Reason.MISSING, strictProblem("tokens", "  ").reason());
    }

    @Test
    void nanAndInfinityAreNotFinite() {
        InvalidParameterException nan = strictProblem("qkNorm2", "NaN");
        assertEquals(Reason.NOT_FINITE, nan.reason());
        assertEquals("Invalid value \"NaN\" for qkNorm2: expected a finite number from 0.01 to 25.",
                nan.getMessage());
        assertEquals(Reason.NOT_FINITE, strictProblem("qkNorm2", "Infinity").reason());
        assertEquals(Reason.NOT_FINITE, strictProblem("qkNorm2", "1e999").reason());
        assertEquals(Reason.NOT_A_NUMBER, strictProblem("qkNorm2", "0,5").reason());
        assertEquals(Reason.NOT_A_NUMBER, strictProblem("qkNorm2", "0x10").reason());
    }

    @Test
    void infinityAllowedWhenMaxIsInfinite() {
        assertEquals(Double.POSITIVE_INFINITY,
                ParameterValues.parseStrict(SPECS, Map.of("tauS", "none")).getDouble("tauS"));
        InvalidParameterException low = strictProblem("tauS", "0.01");
        assertEquals(Reason.OUT_OF_RANGE, low.reason());
        assertEquals("Invalid value \"0.01\" for tauS: expected a number of at least 0.1 s,"
                + " or none (infinite).", low.getMessage());
        assertEquals(Reason.NOT_FINITE, strictProblem("tauS", "NaN").reason());
    }

    @Test
    void textTooLong() {
        InvalidParameterException e = strictProblem("text", "abcdefghijkl");
        assertEquals(Reason.TOO_LONG, e.reason());
        assertEquals(10.0, e.max());
        assertEquals("Invalid value \"abcdefghijkl\" for text: expected at most 10 characters.",
                e.getMessage());
    }

    @Test
    void listProblems() {
        InvalidParameterException tooMany = strictProblem("ms", "1,2,3,4");
        assertEquals(Reason.TOO_MANY_ITEMS, tooMany.reason());
        assertEquals(3.0, tooMany.max());
        assertEquals("Invalid value \"1,2,3,4\" for ms: expected at most 3 items.",
                tooMany.getMessage());
        InvalidParameterException element = strictProblem("ms", "1,0");
        assertEquals(Reason.OUT_OF_RANGE, element.reason());
        assertEquals("Invalid value \"1,0\" for ms: expected a comma-separated list of whole"
                + " numbers from 1 to 100000.", element.getMessage());
        assertEquals(Reason.EMPTY, strictProblem("ms", "").reason());
        assertEquals(Reason.NOT_A_NUMBER, strictProblem("ms", "1,,2").reason());
    }

    @Test
    void unknownChoiceListsChoices() {
        InvalidParameterException e = strictProblem("featureMap", "relu");
        assertEquals(Reason.UNKNOWN_CHOICE, e.reason());
        assertEquals(List.of("positive", "cosine", "elu"), e.choices());
        assertEquals("Invalid value \"relu\" for featureMap: expected one of positive, cosine, elu.",
                e.getMessage());
    }

    @Test
    void strictRejectsUnknownNames() {
        InvalidParameterException e = strictProblem("colour", "red");
        assertEquals(Reason.UNKNOWN_PARAMETER, e.reason());
        assertEquals("colour", e.parameter());
    }

    @Test
    void lenientKeepsDefaultsAndRecordsProblems() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("tokens", "abc");
        raw.put("qkNorm2", "9");
        raw.put("seed", "-1");
        raw.put("colour", "red");
        ParsedParameters parsed = ParameterValues.parse(SPECS, raw);
        assertTrue(parsed.hasProblems());
        assertEquals(2, parsed.problems().size());
        assertEquals("tokens", parsed.problems().get(0).parameter());
        assertEquals("seed", parsed.problems().get(1).parameter());
        assertEquals(16, parsed.values().getInt("tokens"));
        assertEquals(9.0, parsed.values().getDouble("qkNorm2"));
        assertEquals(42L, parsed.values().getLong("seed"));
    }

    @Test
    void typedValuesAreValidated() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ParameterValues.of(SPECS, Map.of("tokens", 0)));
        assertEquals(Reason.OUT_OF_RANGE, e.reason());
        assertEquals("0", e.value());
        assertThrows(IllegalArgumentException.class,
                () -> ParameterSpec.integer("x", 0, 1, 10, ""));
    }
}
