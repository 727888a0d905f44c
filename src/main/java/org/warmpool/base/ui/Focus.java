package org.warmpool.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;

/**
 * Where keyboard focus goes after the screen changes under the user: to something newly shown
 * (the first class after "Show more"), and back to the button that opened a dialog when the
 * dialog closes, so that a keyboard or screen reader user carries on where they were.
 */
public final class Focus {

    private Focus() {
    }

    /** Moves focus to this component; one that cannot take focus by itself is made focusable by script only. */
    public static void on(Component target) {
        if (target instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            target.getElement().setAttribute("tabindex", "-1");
            target.getElement().executeJs("$0.focus()", target.getElement());
        }
    }

    /**
     * When {@code dialog} (a Dialog or ConfirmDialog) closes, however it closes (a button, Esc),
     * focus returns to {@code opener}, if it is still on the page.
     */
    public static void returnAfter(Component dialog, Component opener) {
        if (opener == null) {
            return;
        }
        dialog.getElement().addPropertyChangeListener("opened", change -> {
            if (!dialog.getElement().getProperty("opened", false) && opener.isAttached()) {
                on(opener);
            }
        });
    }
}
