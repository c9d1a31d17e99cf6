package org.tripartite.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tripartite.ui.layout.MainLayout;

/** An address that matches no page: a message in the learner's language and links onwards. */
@ParentLayout(MainLayout.class)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    private static final Logger LOG = LoggerFactory.getLogger(NotFoundView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        LOG.info("No page at '{}'", path);
        removeAll();
        addClassName("tp-page");
        add(new H1(getTranslation("error.notFound.title")),
                new Paragraph(getTranslation("error.notFound.text", path)),
                new Paragraph(new Anchor("", getTranslation("nav.home")), new com.vaadin.flow.component.Text(" · "),
                        new Anchor("lessons", getTranslation("nav.lessons"))));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
