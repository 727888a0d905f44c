package org.warmpool.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused this user the data a page opens with (another participant's record, the
 * roster of another instructor's class): "Page not available", with status 403. Views do not
 * catch the refusal; it reaches this page.
 */
@AnonymousAllowed
public class ForbiddenView extends NotAvailablePage<AccessDeniedException> {

    public ForbiddenView() {
        super(HttpServletResponse.SC_FORBIDDEN);
    }
}
