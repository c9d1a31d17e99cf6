package org.tripartite.ui.lesson;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import org.junit.jupiter.api.Test;
import org.tripartite.ui.KaribuTestBase;
import org.tripartite.ui.layout.MainLayout;

class LessonTeacherOptionsTest extends KaribuTestBase {

    @Test
    void hideOptionHidesStepControl() {
        LessonView view = LessonViewTest.open("lesson/features/1?hide=m&m=1000");

        assertFalse(view.controls().get("m").isVisible());
        assertTrue(view.values().getInt("m") == 1000, "a hidden control keeps the URL's value");
    }

    @Test
    void embedOptionDropsFrameAndKeepsItOnLinks() {
        LessonViewTest.open("lesson/features/1?embed=true");

        assertTrue(_get(MainLayout.class).isEmbedded());
        assertTrue(_find(Header.class).isEmpty(), "header hidden");
        assertTrue(_find(Footer.class).isEmpty(), "footer hidden");
        assertTrue(_get(Anchor.class, spec -> spec.withId("open-in-new-tab")).isVisible());
        Anchor next = _get(Anchor.class, spec -> spec.withAttribute("data-nav", "next"));
        assertTrue(next.getHref().contains("embed=true"), next.getHref());
    }

    @Test
    void withoutOptionsControlsAndFrameShow() {
        LessonView view = LessonViewTest.open("lesson/features/1");

        assertTrue(view.controls().get("m").isVisible());
        assertFalse(_get(MainLayout.class).isEmbedded());
    }
}
