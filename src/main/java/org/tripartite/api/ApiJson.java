package org.tripartite.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Conversion of API bodies to JSON trees. JSON has no NaN or infinity, so every non-finite
 * {@code double} (field, boxed value or array element) is written as {@code null}. Records keep
 * their component names as field names.
 */
public final class ApiJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("finite-doubles")
                    .addSerializer(Double.class, new FiniteDoubleSerializer())
                    .addSerializer(Double.TYPE, new FiniteDoubleSerializer())
                    .addSerializer(double[].class, new FiniteDoubleArraySerializer()))
            .build();

    private ApiJson() {
    }

    /** Converts {@code value} (records, lists, maps, arrays) to a JSON tree with non-finite numbers as null. */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    private static final class FiniteDoubleSerializer extends StdSerializer<Double> {

        private static final long serialVersionUID = 1L;

        FiniteDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            writeFinite(value, generator);
        }
    }

    private static final class FiniteDoubleArraySerializer extends StdSerializer<double[]> {

        private static final long serialVersionUID = 1L;

        FiniteDoubleArraySerializer() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] values, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeStartArray(values, values.length);
            for (double value : values) {
                writeFinite(value, generator);
            }
            generator.writeEndArray();
        }
    }

    private static void writeFinite(double value, JsonGenerator generator) throws IOException {
        if (Double.isFinite(value)) {
            generator.writeNumber(value);
        } else {
            generator.writeNull();
        }
    }
}
