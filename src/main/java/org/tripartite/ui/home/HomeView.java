package org.tripartite.ui.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.tripartite.i18n.Language;
import org.tripartite.lesson.Course;
import org.tripartite.lesson.Lesson;
import org.tripartite.ui.layout.LanguageSetup;
import org.tripartite.ui.layout.MainLayout;

/** The course map: what Tripartite is, and one card per lesson. */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final Course course;

    public HomeView(Course course) {
        addClassName("tp-page");
        this.course = course;
    }

    /** Builds the page in the UI's language, each time it is entered (the language may have changed). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Language language = LanguageSetup.current(event.getUI());

        H1 title = new H1(getTranslation("home.title"));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("tp-lead");
        Anchor about = new Anchor("about", getTranslation("home.aboutLink"));

        Div cards = new Div();
        cards.addClassName("tp-cards");
        for (Lesson lesson : course.lessons()) {
            cards.add(new LessonCard(lesson, course.number(lesson), language));
        }
        add(title, intro, new Paragraph(about), cards);
    }

    @Override
    public String getPageTitle() {
        return "Tripartite – " + getTranslation("home.title");
    }
}
