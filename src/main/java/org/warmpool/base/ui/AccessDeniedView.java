package org.warmpool.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A logged-in user opened a route that their role may not open (Vaadin's access check refused
 * it): "Page not available", with status 403.
 */
@AnonymousAllowed
public class AccessDeniedView extends NotAvailablePage<AccessDeniedException> {

    public AccessDeniedView() {
        super(HttpServletResponse.SC_FORBIDDEN);
    }
}
