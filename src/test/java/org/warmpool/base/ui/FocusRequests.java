package org.warmpool.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;

/**
 * Which components the server asked the browser to focus since the last look: Karibu runs no
 * browser, so a test reads the JavaScript calls waiting to be sent (Focusable.focus() is one).
 * Read them before any Karibu lookup (_get, _find, notifications): a lookup plays a round trip,
 * which sends (and so drops) the waiting calls.
 */
public final class FocusRequests {

    private FocusRequests() {
    }

    /** Takes the waiting calls and answers whether one of them focuses this component. */
    public static boolean focused(Component component) {
        return pending().stream()
                .anyMatch(call -> call.getOwner() == component.getElement().getNode()
                        && call.getInvocation().getExpression().contains("focus"));
    }

    /** Forgets the calls waiting so far. */
    public static void clear() {
        pending();
    }

    /** The calls the next response would carry (they are queued just before it is written). */
    private static List<PendingJavaScriptInvocation> pending() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations();
    }
}
