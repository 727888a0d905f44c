package org.warmpool.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a stack trace when opening a page fails unexpectedly. */
@AnonymousAllowed
public class UnexpectedErrorView extends Main implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.log(parameter.getCaughtException());
        removeAll();
        addClassName("message-page");
        add(new H1("Sorry, this page could not be opened"), new Paragraph(ErrorReference.userMessage(reference)),
                new Anchor("", "Go to the start page"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
