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
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused to show data to this user while a page opened (for example another
 * participant's record): the same answer as a page that does not exist.
 */
@AnonymousAllowed
public class ForbiddenView extends Main implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("message-page");
        add(new H1("Page not available"),
                new Paragraph("This page does not exist, or your account may not open it."),
                new Anchor("", "Go to the start page"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
