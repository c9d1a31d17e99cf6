package org.tripartite.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tripartite.lesson.Course;
import org.tripartite.ui.home.HomeView;

class HomeViewTest extends KaribuTestBase {

    @Autowired
    private Course course;

    @Test
    void homeShowsOneCardPerLesson() {
        UI.getCurrent().navigate(HomeView.class);

        List<H2> titles = _find(H2.class, spec -> spec.withClasses("tp-card-title"));
        assertEquals(course.lessons().size(), titles.size());
        assertEquals("Attention in a transformer", titles.get(0).getText());
        List<Anchor> starts = _find(Anchor.class, spec -> spec.withClasses("tp-button-link"));
        assertEquals("lesson/attention/1", starts.get(0).getHref());
    }

    @Test
    void homeInFrench() {
        useFrench();
        UI.getCurrent().navigate(HomeView.class);

        assertEquals("Neurones, astrocytes et attention", _get(H1.class).getText());
        List<H2> titles = _find(H2.class, spec -> spec.withClasses("tp-card-title"));
        assertTrue(titles.get(0).getText().contains("transformeur"), titles.get(0).getText());
    }
}
