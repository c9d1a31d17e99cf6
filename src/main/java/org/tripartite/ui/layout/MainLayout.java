package org.tripartite.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import org.tripartite.i18n.Language;

/** The frame of every page: the header with title, navigation and language switch, and the content. */
public class MainLayout extends Div implements RouterLayout, BeforeEnterObserver {

    private final Main content = new Main();
    private Language builtLanguage;

    public MainLayout() {
        addClassName("tp-app");
        content.addClassName("tp-content");
        content.setId("main");
        build(LanguageSetup.current(UI.getCurrent()));
    }

    /** Rebuilds the frame's texts when the UI language changed since they were built. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Language language = LanguageSetup.current(event.getUI());
        if (language != builtLanguage) {
            build(language);
        }
        markCurrentPage(event.getLocation().getFirstSegment());
    }

    private void build(Language language) {
        builtLanguage = language;
        getElement().removeAllChildren();

        Header header = new Header();
        header.addClassName("tp-header");

        Anchor title = navigationLink("", "");
        title.addClassName("tp-title");
        Span logo = new Span("◆");
        logo.getElement().setAttribute("aria-hidden", "true");
        logo.addClassName("tp-logo");
        title.add(logo, new Span("Tripartite"));

        Nav nav = new Nav();
        nav.addClassName("tp-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        nav.add(navigationLink("", getTranslation("nav.home")),
                navigationLink("lessons", getTranslation("nav.lessons")),
                navigationLink("about", getTranslation("nav.about")));

        header.add(title, nav, languageSwitch(language));

        Footer footer = new Footer();
        footer.addClassName("tp-footer");
        footer.add(new Span(getTranslation("footer.text")));

        Anchor skip = new Anchor("#main", getTranslation("nav.skip"));
        skip.addClassName("tp-skip");
        add(skip, header, content, footer);
    }

    private Component languageSwitch(Language current) {
        Div group = new Div();
        group.addClassName("tp-lang");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", getTranslation("nav.language"));
        for (Language language : Language.values()) {
            Button button = new Button(language.code().toUpperCase(java.util.Locale.ROOT));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("lang", language.code());
            button.getElement().setAttribute("aria-label", getTranslation("nav.language." + language.code()));
            boolean active = language == current;
            button.getElement().setAttribute("aria-pressed", Boolean.toString(active));
            if (active) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.addClickListener(click -> {
                if (language != LanguageSetup.current(UI.getCurrent())) {
                    LanguageSetup.switchTo(UI.getCurrent(), language);
                }
            });
            group.add(button);
        }
        return group;
    }

    private void markCurrentPage(String firstSegment) {
        getElement().getChildren().filter(child -> child.getClassList().contains("tp-header"))
                .flatMap(header -> header.getChildren())
                .filter(child -> child.getClassList().contains("tp-nav"))
                .flatMap(nav -> nav.getChildren())
                .forEach(link -> {
                    boolean current = link.getAttribute("href").equals(firstSegment)
                            || ("lessons".equals(link.getAttribute("href")) && "lesson".equals(firstSegment));
                    if (current) {
                        link.setAttribute("aria-current", "page");
                    } else {
                        link.removeAttribute("aria-current");
                    }
                });
    }

    /**
     * Returns a link that the Vaadin router follows without reloading the page. Routes are named
     * by path rather than by view class, so that the views can name this layout without a cycle.
     */
    private static Anchor navigationLink(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }
}
