package org.tripartite.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownMathTest {

    @Test
    void inlineMathIsProtectedFromEmphasis() {
        String html = MarkdownMath.toHtml("The weight $a_t = e^{q_t}$ and *emphasis*.");

        assertTrue(html.contains("<span class=\"math-inline\" data-tex=\"a_t = e^{q_t}\"></span>"), html);
        assertTrue(html.contains("<em>emphasis</em>"), html);
        assertFalse(html.contains("<em>t = e^{q</em>"), html);
    }

    @Test
    void displayMathBecomesItsOwnBlock() {
        String html = MarkdownMath.toHtml("Before\n$$Z = \\sum_t e^{q \\cdot k_t}$$\nAfter");

        assertTrue(html.contains("<p class=\"math-block\"><span class=\"math-display\" "
                + "data-tex=\"Z = \\sum_t e^{q \\cdot k_t}\"></span></p>"), html);
        assertTrue(html.contains("<p>Before</p>"), html);
        assertTrue(html.contains("<p>After</p>"), html);
    }

    @Test
    void mathWithHtmlCharactersIsEscaped() {
        String html = MarkdownMath.toHtml("If $a < b$ then \"c\".");

        assertTrue(html.contains("data-tex=\"a &lt; b\""), html);
    }

    @Test
    void rawHtmlIsEscaped() {
        String html = MarkdownMath.toHtml("<script>alert(1)</script>");

        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void dollarAmountsWithSpacesAreNotMath() {
        String html = MarkdownMath.toHtml("It costs $ 5 and $ 6.");

        assertFalse(html.contains("math-inline"), html);
    }

    @Test
    void tablesAreRendered() {
        String html = MarkdownMath.toHtml("| a | b |\n|---|---|\n| $x$ | 2 |");

        assertTrue(html.contains("<table>"), html);
        assertEquals(1, html.split("math-inline", -1).length - 1, html);
    }

    @Test
    void titlesBecomePlainUnicode() {
        assertEquals("The 1/√m law", MarkdownMath.toPlainText("The $1/\\sqrt{m}$ law"));
        assertEquals("p is the same, but H differs", MarkdownMath.toPlainText("$p$ is the same, but $H$ differs"));
        assertEquals("‖q‖² and φ(q)·φ(k)", MarkdownMath.toPlainText("$\\|q\\|^2$ and $\\varphi(q)\\cdot\\varphi(k)$"));
    }
}
