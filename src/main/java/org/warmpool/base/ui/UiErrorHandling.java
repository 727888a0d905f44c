package org.warmpool.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Errors thrown while handling a click or a value change: logged with a reference, shown as a
 * notification, never as a stack trace. Errors during navigation go to {@link UnexpectedErrorView}.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        String reference = ErrorReference.log(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = new Notification();
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setPosition(Notification.Position.MIDDLE);
            notification.setAssertive(true);
            Button close = new Button("Close", click -> notification.close());
            notification.add(new Div(new Span(ErrorReference.userMessage(reference)), close));
            notification.open();
        }
    }
}
