package org.tripartite.ui.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.tripartite.i18n.Language;

/**
 * Writes the data behind a chart as CSV and JSON files.
 *
 * <p>CSV follows the spreadsheet convention of the interface language, so that a double-click
 * opens it in columns: English uses {@code ,} between fields and a decimal point, French uses
 * {@code ;} and a decimal comma. Files are UTF-8 with a byte-order mark (spreadsheets need it to
 * read accents), lines end with CRLF (RFC 4180), and numbers keep every digit of the double.
 * JSON always uses a decimal point. Infinite and NaN values are written as empty cells and null.
 */
public final class DataExport {

    /** The UTF-8 byte-order mark. */
    public static final String BOM = "\uFEFF";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DataExport() {
    }

    /** Returns the field separator of CSV files in {@code language}. */
    public static char separator(Language language) {
        return language == Language.FR ? ';' : ',';
    }

    /** Returns the table as CSV bytes, byte-order mark first. */
    public static byte[] csv(DataTable table, Language language) {
        char separator = separator(language);
        StringBuilder out = new StringBuilder(BOM);
        appendLine(out, table.columns(), separator, language);
        for (List<Object> row : table.rows()) {
            appendLine(out, row, separator, language);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendLine(StringBuilder out, List<?> cells, char separator, Language language) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(cell(cells.get(i), separator, language));
        }
        out.append("\r\n");
    }

    /** Formats one cell: numbers in full precision with the language's decimal mark, texts quoted when needed. */
    static String cell(Object value, char separator, Language language) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                return "";
            }
            String text = Double.toString(d);
            return language == Language.FR ? text.replace('.', ',') : text;
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = value.toString();
        // A spreadsheet runs a cell that starts with = + - or @ as a formula; a quote keeps it text.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || !text.equals(text.strip());
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /**
     * Returns the table as a JSON document that also names the experiment, the chart and the
     * parameters of the run (canonical strings, as in the share link).
     */
    public static byte[] json(DataTable table, String experiment, String chart, Map<String, String> parameters) {
        ObjectNode root = JSON.createObjectNode();
        root.put("experiment", experiment);
        root.put("chart", chart);
        ObjectNode parameterNode = root.putObject("parameters");
        parameters.forEach(parameterNode::put);
        ArrayNode columns = root.putArray("columns");
        table.columns().forEach(columns::add);
        ArrayNode rows = root.putArray("rows");
        for (List<Object> row : table.rows()) {
            ArrayNode rowNode = rows.addArray();
            for (Object value : row) {
                if (value instanceof Double d) {
                    if (Double.isFinite(d)) {
                        rowNode.add(d);
                    } else {
                        rowNode.addNull();
                    }
                } else if (value instanceof Integer i) {
                    rowNode.add(i);
                } else if (value instanceof Long l) {
                    rowNode.add(l);
                } else if (value == null) {
                    rowNode.addNull();
                } else {
                    rowNode.add(value.toString());
                }
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree of numbers and texts failed to serialise", e);
        }
    }
}
