package org.warmpool.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Page not available": one answer for a page that does not exist and a page this user may not
 * open, so that the answer reveals nothing.
 */
abstract class NotAvailablePage extends Main {

    protected void showNotAvailable() {
        removeAll();
        addClassName("message-page");
        add(new H1("Page not available"),
                new Paragraph("This page does not exist, or your account may not open it."),
                new Anchor("", "Go to the start page"));
    }
}
