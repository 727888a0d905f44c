package org.warmpool.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
     * focus returns to {@code opener}. The browser does this too while the opener is on the page;
     * when the dialog's action redrew the page and the opener is gone (a cancelled booking leaves
     * the list), focus goes to the nearest part of the page around it that is still there, not
     * to the top of the document.
     */
    public static void returnAfter(Component dialog, Component opener) {
        if (opener == null) {
            return;
        }
        List<Component> around = new ArrayList<>();
        for (Optional<Component> parent = opener.getParent(); parent.isPresent(); parent = parent.get().getParent()) {
            if (parent.get() instanceof UI) {
                break;
            }
            around.add(parent.get());
        }
        dialog.getElement().addPropertyChangeListener("opened", change -> {
            if (dialog.getElement().getProperty("opened", false)) {
                return;
            }
            if (opener.isAttached()) {
                on(opener);
            } else {
                around.stream().filter(Component::isAttached).findFirst().ifPresent(Focus::on);
            }
        });
    }
}
