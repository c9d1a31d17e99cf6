package org.tripartite.ui.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.tripartite.lesson.MarkdownMath;

/**
 * Markdown text with equations: rendered to HTML on the server and typeset by KaTeX in the
 * browser each time the text changes.
 */
@Tag("tp-math-text")
@NpmPackage(value = "katex", version = "0.19.1")
@JsModule("./components/tp-math-text.js")
public class MathText extends Component {

    private String markdown = "";

    public MathText() {
        getElement().getClassList().add("tp-math-text");
    }

    public MathText(String markdown) {
        this();
        setMarkdown(markdown);
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown == null ? "" : markdown;
        getElement().setProperty("html", MarkdownMath.toHtml(this.markdown));
    }

    /** Returns a text of one line, such as a title, rendered without a paragraph around it. */
    public static MathText inline(String markdown) {
        MathText text = new MathText();
        text.markdown = markdown == null ? "" : markdown;
        text.getElement().setProperty("html", MarkdownMath.toInlineHtml(text.markdown));
        return text;
    }

    public String getMarkdown() {
        return markdown;
    }

    /** Returns the HTML sent to the browser, before KaTeX typesets the math in it. */
    public String getHtml() {
        return getElement().getProperty("html", "");
    }
}
