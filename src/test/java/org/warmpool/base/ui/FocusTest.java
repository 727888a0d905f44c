package org.warmpool.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After a confirm dialog closes, keyboard focus is back where the person was. */
class FocusTest {

    private final Div list = new Div();
    private final Button cancelMyPlace = new Button("Cancel my place");

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        list.add(cancelMyPlace);
        UI.getCurrent().add(list);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void closingADialogReturnsFocusToTheButtonThatOpenedIt() {
        Dialog dialog = new Dialog();
        Focus.returnAfter(dialog, cancelMyPlace);
        dialog.open();

        try (FocusRequests focus = FocusRequests.record()) {
            assertThat(focus.focused(cancelMyPlace)).as("not while the dialog is open").isFalse();
            dialog.close();
            assertThat(focus.focused(cancelMyPlace)).isTrue();
        }
    }

    @Test
    void whenTheConfirmedActionRemovedTheButtonFocusGoesToThePartOfThePageAroundIt() {
        ConfirmDialog confirm = new ConfirmDialog("Cancel your place?", "Tuesday 3 March, 09:30.",
                "Cancel my place", yes -> list.removeAll());
        Focus.returnAfter(confirm, cancelMyPlace);
        confirm.open();

        try (FocusRequests focus = FocusRequests.record()) {
            list.removeAll();
            confirm.close();
            assertThat(focus.focused(list)).isTrue();
            assertThat(list.getElement().getAttribute("tabindex")).isEqualTo("-1");
        }
    }
}
