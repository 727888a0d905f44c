package org.warmpool.base.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist: "Page not available", with status 404. */
@AnonymousAllowed
public class NotFoundView extends NotAvailablePage<NotFoundException> {

    public NotFoundView() {
        super(HttpServletResponse.SC_NOT_FOUND);
    }
}
