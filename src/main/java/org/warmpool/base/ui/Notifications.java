package org.warmpool.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's two kinds of message: a short confirmation, and a problem that stays until closed. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String message) {
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** A problem the user can fix; it stays until they close it, so that there is time to read it. */
    public static Notification problem(String message) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setAssertive(true);
        Button close = new Button("Close", click -> notification.close());
        Div content = new Div(new Span(message), close);
        content.addClassName("notification-content");
        notification.add(content);
        notification.open();
        return notification;
    }
}
