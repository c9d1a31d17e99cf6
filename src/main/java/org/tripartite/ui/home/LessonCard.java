package org.tripartite.ui.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.tripartite.i18n.Language;
import org.tripartite.lesson.Lesson;
import org.tripartite.lesson.LessonText;
import org.tripartite.ui.layout.ProgressStore;

/** A lesson on the course map: number, title, promise, duration, done or not, and a start link. */
class LessonCard extends Div {

    LessonCard(Lesson lesson, int number, Language language) {
        addClassName("tp-card");
        LessonText text = lesson.text(language);

        Span badge = new Span(getTranslation("home.lesson.number", number));
        badge.addClassName("tp-card-number");
        H2 title = new H2(text.title());
        title.addClassName("tp-card-title");
        Paragraph promise = new Paragraph(text.promise());
        Span duration = new Span(getTranslation("home.lesson.minutes", lesson.minutes()));
        duration.addClassName("tp-card-meta");
        Span status = new Span(getTranslation("home.lesson.notDone"));
        status.addClassName("tp-card-status");

        Anchor start = new Anchor("lesson/" + lesson.id() + "/1", getTranslation("home.lesson.start"));
        start.addClassName("tp-button-link");
        start.getElement().setAttribute("aria-label",
                getTranslation("home.lesson.startNamed", text.title()));

        Div meta = new Div(duration, status);
        meta.addClassName("tp-card-row");
        add(badge, title, promise, meta, start);

        UI ui = UI.getCurrent();
        if (ui != null) {
            ProgressStore.read(ui, lesson.id(), progress -> {
                if (progress.isDone(lesson)) {
                    status.setText("✓ " + getTranslation("home.lesson.done"));
                    status.addClassName("done");
                    start.setText(getTranslation("home.lesson.review"));
                } else if (progress.isStarted()) {
                    status.setText(getTranslation("home.lesson.started"));
                    int next = firstUnvisited(lesson, progress);
                    start.setHref("lesson/" + lesson.id() + "/" + next);
                    start.setText(getTranslation("home.lesson.continue"));
                }
            });
        }
    }

    private static int firstUnvisited(Lesson lesson, ProgressStore.LessonProgress progress) {
        for (int step = 1; step <= lesson.steps().size(); step++) {
            if (!progress.visitedSteps().contains(step)) {
                return step;
            }
        }
        return lesson.pageCount();
    }
}
