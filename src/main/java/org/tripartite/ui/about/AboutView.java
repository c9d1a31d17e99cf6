package org.tripartite.ui.about;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tripartite.i18n.Language;
import org.tripartite.ui.layout.LanguageSetup;
import org.tripartite.ui.layout.MainLayout;
import org.tripartite.ui.text.MathText;

/** About the model: plain words, equations, simplifications, references and glossary. */
@Route(value = "about", layout = MainLayout.class)
public class AboutView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    public AboutView() {
        addClassNames("tp-page", "tp-prose");
    }

    /** Builds the page in the UI's language, each time it is entered (the language may have changed). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Language language = LanguageSetup.current(event.getUI());
        add(new MathText(read("about/" + language.code() + ".md")));
    }

    private static String read(String path) {
        try (InputStream in = AboutView.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing content file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return "Tripartite – " + getTranslation("nav.about");
    }
}
