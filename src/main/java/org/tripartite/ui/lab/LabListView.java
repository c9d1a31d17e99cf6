package org.tripartite.ui.lab;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.experiment.Experiments;
import org.tripartite.ui.layout.MainLayout;
import org.tripartite.ui.layout.TeacherOptions;

/** The lab's index at {@code /lab}: every experiment with one sentence about what it shows. */
@Route(value = "lab", layout = MainLayout.class)
public class LabListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public LabListView() {
        addClassName("tp-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String optionsQuery = TeacherOptions.from(event.getLocation().getQueryParameters())
                .query(java.util.Map.of()).getQueryString();
        add(new H1(getTranslation("lab.title")));
        event.getLocation().getQueryParameters().getSingleParameter("unknown").ifPresent(id -> {
            Div message = new Div(new com.vaadin.flow.component.html.Span(getTranslation("lab.unknown", id)));
            message.addClassName("tp-message");
            message.getElement().setAttribute("role", "status");
            add(message);
        });
        Paragraph intro = new Paragraph(getTranslation("lab.intro"));
        intro.addClassName("tp-lead");
        add(intro);

        Div cards = new Div();
        cards.addClassName("tp-cards");
        for (Experiment<?, ?> experiment : Experiments.all()) {
            if (!LabCharts.supports(experiment.id())) {
                continue;
            }
            String href = "lab/" + experiment.id() + (optionsQuery.isEmpty() ? "" : "?" + optionsQuery);
            Div card = new Div();
            card.addClassName("tp-card");
            card.getElement().setAttribute("data-experiment", experiment.id());
            H2 title = new H2(new Anchor(href, getTranslation("lab.experiment." + experiment.id() + ".title")));
            title.addClassName("tp-card-title");
            card.add(title, new Paragraph(getTranslation("lab.experiment." + experiment.id() + ".summary")));
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return "Tripartite – " + getTranslation("lab.title");
    }
}
