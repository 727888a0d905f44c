package org.warmpool.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The app's two kinds of message: a short confirmation that closes by itself, and a problem that
 * stays until closed. One at a time: a new message closes the one before it in the same browser
 * tab, so they never stack. Both sit at the bottom on the end side, away from the drawer (start
 * side) and the bar at the top, also on a phone.
 */
public final class Notifications {

    /** How long a confirmation stays, in milliseconds: long enough to read a sentence slowly. */
    public static final int SUCCESS_DURATION_MS = 5000;

    /** Where every message appears: not over the navigation drawer or the top bar. */
    public static final Notification.Position POSITION = Notification.Position.BOTTOM_END;

    private Notifications() {
    }

    public static Notification success(String message) {
        Notification notification = new Notification(message, SUCCESS_DURATION_MS, POSITION);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return openAlone(notification);
    }

    /** A problem the user can fix; it stays until they close it, so that there is time to read it. */
    public static Notification problem(String message) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(POSITION);
        notification.setAssertive(true);
        Button close = new Button("Close", click -> notification.close());
        Div content = new Div(new Span(message), close);
        content.addClassName("notification-content");
        notification.add(content);
        return openAlone(notification);
    }

    /** Closes the message this tab shows, if any, and opens this one in its place. */
    private static Notification openAlone(Notification notification) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification previous = ComponentUtil.getData(ui, Notification.class);
            if (previous != null && previous.isOpened()) {
                previous.close();
            }
            ComponentUtil.setData(ui, Notification.class, notification);
        }
        notification.open();
        return notification;
    }
}
