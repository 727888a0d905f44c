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
import org.warmpool.base.RuleViolationException;

/** A page could not open because of a rule (a record that is gone, a missing profile): says which. */
@AnonymousAllowed
public class RuleViolationView extends Main implements HasErrorParameter<RuleViolationException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RuleViolationException> parameter) {
        removeAll();
        addClassName("message-page");
        add(new H1("This page cannot be shown"), new Paragraph(parameter.getCaughtException().getMessage()),
                new Anchor("", "Go to the start page"));
        return HttpServletResponse.SC_CONFLICT;
    }
}
