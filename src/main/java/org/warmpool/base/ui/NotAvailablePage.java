package org.warmpool.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.VaadinRequest;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Page not available": one answer for a page that does not exist and a page this user may not
 * open, so that the answer reveals nothing. Views do not draw it themselves: they let the
 * exception through and Vaadin shows this page. Vaadin picks an error view by the exception's
 * type, one type per class, so each exception has a subclass that only names it and the HTTP
 * status; the page is drawn here, once. (Public, so that classpath scanners that skip non-public
 * classes still see that the subclasses are error views.)
 *
 * @param <E> the exception this page answers
 */
public abstract class NotAvailablePage<E extends Exception> extends Main implements HasErrorParameter<E> {

    /** The same logger as the other security events (logins, logouts, refused calls). */
    private static final Logger securityEvents = LoggerFactory.getLogger("org.warmpool.security.events");

    private final int status;

    protected NotAvailablePage(int status) {
        this.status = status;
    }

    @Override
    public final int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        removeAll();
        if (status != 404) {
            VaadinRequest request = VaadinRequest.getCurrent();
            Principal who = request == null ? null : request.getUserPrincipal();
            securityEvents.warn("Refused page: /{} for {} from {}", event.getLocation().getPath(),
                    who == null ? "an anonymous visitor" : who.getName(),
                    request == null ? "unknown" : request.getRemoteAddr());
        }
        addClassName("message-page");
        add(new H1("Page not available"),
                new Paragraph("This page does not exist, or your account may not open it."),
                new Anchor("", "Go to the start page"));
        return status;
    }
}
