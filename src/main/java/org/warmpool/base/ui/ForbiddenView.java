package org.warmpool.base.ui;

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
public class ForbiddenView extends NotAvailablePage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        showNotAvailable();
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
