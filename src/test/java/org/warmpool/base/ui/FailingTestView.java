package org.warmpool.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that fails while opening, to see what the user is shown. Exists only in tests. */
@Route("test-failure")
@AnonymousAllowed
public class FailingTestView extends Div {

    public FailingTestView() {
        throw new IllegalStateException("database on fire (test)");
    }
}
