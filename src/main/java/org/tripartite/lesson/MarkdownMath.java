package org.tripartite.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders lesson Markdown to HTML, keeping {@code $…$} and {@code $$…$$} math intact for KaTeX.
 *
 * <p>Math is cut out before Markdown parsing, because Markdown would otherwise read {@code _} and
 * {@code *} inside formulas as emphasis. Each formula becomes a placeholder, and after rendering
 * the placeholder turns into {@code <span class="math-inline" data-tex="…">} or
 * {@code <span class="math-display" data-tex="…">} (a span, because it sits inside a paragraph), which the browser typesets. Raw HTML in the
 * Markdown is escaped.
 */
public final class MarkdownMath {

    private static final Pattern MATH = Pattern.compile("\\$\\$(.+?)\\$\\$|(?<![\\\\$])\\$(?!\\s)([^$\\n]+?)(?<!\\s)\\$",
            Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("MATHPLACEHOLDER(\\d+)X");

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownMath() {
    }

    public static String toHtml(String markdown) {
        List<String> formulas = new ArrayList<>();
        List<Boolean> display = new ArrayList<>();
        Matcher matcher = MATH.matcher(markdown);
        StringBuilder protectedText = new StringBuilder();
        while (matcher.find()) {
            boolean isDisplay = matcher.group(1) != null;
            formulas.add(isDisplay ? matcher.group(1).strip() : matcher.group(2));
            display.add(isDisplay);
            String placeholder = "MATHPLACEHOLDER" + (formulas.size() - 1) + "X";
            // Display math gets a paragraph of its own.
            matcher.appendReplacement(protectedText, isDisplay ? "\n\n" + placeholder + "\n\n" : placeholder);
        }
        matcher.appendTail(protectedText);

        String html = RENDERER.render(PARSER.parse(protectedText.toString()));

        Matcher placeholders = PLACEHOLDER.matcher(html);
        StringBuilder result = new StringBuilder();
        while (placeholders.find()) {
            int index = Integer.parseInt(placeholders.group(1));
            String tex = escapeAttribute(formulas.get(index));
            String element = display.get(index)
                    ? "<span class=\"math-display\" data-tex=\"" + tex + "\"></span>"
                    : "<span class=\"math-inline\" data-tex=\"" + tex + "\"></span>";
            placeholders.appendReplacement(result, Matcher.quoteReplacement(element));
        }
        placeholders.appendTail(result);
        return result.toString().replace("<p><span class=\"math-display\"", "<p class=\"math-block\"><span class=\"math-display\"");
    }

    /** Renders one line (a title) without the paragraph around it. */
    public static String toInlineHtml(String markdown) {
        String html = toHtml(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }

    /**
     * Returns a title with its $…$ math turned into plain Unicode text, for places that cannot
     * typeset (links, the browser tab): {@code $1/\sqrt{m}$} becomes {@code 1/√m}.
     */
    public static String toPlainText(String markdown) {
        String text = markdown.replace("$", "");
        text = text.replaceAll("\\\\sqrt\\{([^{}]*)\\}", "√$1");
        for (String[] symbol : PLAIN_SYMBOLS) {
            text = text.replace(symbol[0], symbol[1]);
        }
        text = text.replaceAll("\\\\(mathrm|text|mathbf)\\{([^{}]*)\\}", "$2");
        text = text.replaceAll("\\^\\{?2\\}?", "²").replaceAll("\\^\\{?3\\}?", "³");
        return text.replace("{", "").replace("}", "");
    }

    private static final String[][] PLAIN_SYMBOLS = {
        {"\\cdot", "·"}, {"\\varphi", "φ"}, {"\\phi", "φ"}, {"\\tau", "τ"}, {"\\xi", "ξ"},
        {"\\sum", "Σ"}, {"\\approx", "≈"}, {"\\to", "→"}, {"\\|", "‖"}, {"\\times", "×"},
        {"\\leq", "≤"}, {"\\geq", "≥"}, {"\\infty", "∞"}, {"\\,", " "}, {"\\ ", " "}
    };

    private static String escapeAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
