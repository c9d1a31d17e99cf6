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
    private final Div embedBar = new Div();
    private Language builtLanguage;
    private Header header;
    private Footer footer;
    private Anchor skip;

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
        applyEmbedding(TeacherOptions.from(event.getLocation().getQueryParameters()).embed());
    }

    /**
     * Shows the frameless view for an iframe: no skip link, header or footer, but a link that
     * opens the same page, with its current parameters, in a new tab.
     */
    private void applyEmbedding(boolean embed) {
        skip.setVisible(!embed);
        header.setVisible(!embed);
        footer.setVisible(!embed);
        embedBar.setVisible(embed);
        if (embed) {
            addClassName("tp-embedded");
        } else {
            removeClassName("tp-embedded");
        }
    }

    /** Returns true when the frameless view for an iframe is shown. */
    public boolean isEmbedded() {
        return embedBar.isVisible();
    }

    private void build(Language language) {
        builtLanguage = language;
        getElement().removeAllChildren();

        header = new Header();
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
                navigationLink("lab", getTranslation("nav.lab")),
                navigationLink("about", getTranslation("nav.about")));

        header.add(title, nav, languageSwitch(language));

        footer = new Footer();
        footer.addClassName("tp-footer");
        footer.add(new Span(getTranslation("footer.text")));

        skip = new Anchor("#main", getTranslation("nav.skip"));
        skip.addClassName("tp-skip");
        buildEmbedBar();
        add(skip, header, embedBar, content, footer);
    }

    private void buildEmbedBar() {
        embedBar.removeAll();
        embedBar.addClassName("tp-embed-bar");
        Anchor open = new Anchor("", getTranslation("embed.openInNewTab") + " ↗");
        open.setId("open-in-new-tab");
        open.setTarget("_blank");
        open.getElement().setAttribute("rel", "noopener");
        // The view rewrites the address as parameters change, so the link is computed on click.
        open.getElement().executeJs("""
                this.addEventListener('click', () => {
                  const url = new URL(window.location.href);
                  url.searchParams.delete('embed');
                  this.href = url.toString();
                });""");
        embedBar.add(open);
        embedBar.setVisible(false);
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
