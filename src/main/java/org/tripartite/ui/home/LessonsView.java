package org.tripartite.ui.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.tripartite.i18n.Language;
import org.tripartite.lesson.Course;
import org.tripartite.lesson.Lesson;
import org.tripartite.lesson.LessonText;
import org.tripartite.lesson.MarkdownMath;
import org.tripartite.ui.layout.LanguageSetup;
import org.tripartite.ui.layout.MainLayout;

/** Every lesson with its steps, each step a link. */
@Route(value = "lessons", layout = MainLayout.class)
public class LessonsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final Course course;

    public LessonsView(Course course) {
        addClassName("tp-page");
        this.course = course;
    }

    /** Builds the page in the UI's language, each time it is entered (the language may have changed). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Language language = LanguageSetup.current(event.getUI());
        add(new H1(getTranslation("lessons.title")));
        event.getLocation().getQueryParameters().getSingleParameter("unknown").ifPresent(id -> {
            Div message = new Div(new com.vaadin.flow.component.html.Span(getTranslation("lesson.unknown", id)));
            message.addClassName("tp-message");
            message.getElement().setAttribute("role", "status");
            add(message);
        });

        for (Lesson lesson : course.lessons()) {
            LessonText text = lesson.text(language);
            Div section = new Div();
            section.addClassName("tp-lesson-outline");
            section.add(new H2(getTranslation("home.lesson.number", course.number(lesson)) + " · " + text.title()));
            section.add(new Paragraph(text.promise()));
            OrderedList steps = new OrderedList();
            for (int i = 0; i < lesson.steps().size(); i++) {
                String stepTitle = MarkdownMath.toPlainText(text.steps().get(lesson.steps().get(i).id()).title());
                steps.add(new ListItem(new Anchor("lesson/" + lesson.id() + "/" + (i + 1), stepTitle)));
            }
            steps.add(new ListItem(new Anchor("lesson/" + lesson.id() + "/" + lesson.pageCount(),
                    getTranslation("lesson.checkpoint") + " · " + text.checkpoint().title())));
            section.add(steps);
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return "Tripartite – " + getTranslation("lessons.title");
    }
}
