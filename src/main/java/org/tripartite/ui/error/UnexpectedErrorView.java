package org.tripartite.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tripartite.ui.layout.MainLayout;

/**
 * A failure while opening a page: logged with its stack trace, and shown to the learner as a
 * short message in their language instead of a technical error page.
 */
@ParentLayout(MainLayout.class)
public class UnexpectedErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("Failed to open '{}'", event.getLocation().getPathWithQueryParameters(), parameter.getCaughtException());
        removeAll();
        addClassName("tp-page");
        add(new H1(getTranslation("error.unexpected.title")),
                new Paragraph(getTranslation("error.unexpected.text")),
                new Paragraph(new Anchor("", getTranslation("nav.home"))));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
