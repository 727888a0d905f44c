package org.warmpool.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The one way the app asks "are you sure?" before something that cannot be undone. On a page it is
 * a plain dialog, not Vaadin's confirm dialog: that one hides the page from screen readers while its
 * controls stay focusable (axe: aria-hidden-focus) and puts a toolbar role on a footer element (axe:
 * aria-allowed-role). Inside a dialog it is a question in that dialog, never a second dialog on
 * top: two open dialogs give the page two elements with the same id (axe: duplicate-id).
 */
public final class Confirmation {

    private Confirmation() {
    }

    /**
     * Opens the question as a dialog of its own; focus goes back to {@code opener} afterwards.
     * Returns the button that goes ahead, for an id or a test.
     */
    public static Button ask(String header, String text, String yes, String no, Component opener, Runnable onYes) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(header);
        dialog.add(new Paragraph(text));
        Button confirm = new Button(yes, click -> {
            dialog.close();
            onYes.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button keep = new Button(no, click -> dialog.close());
        dialog.getFooter().add(keep, confirm);
        dialog.setWidth("min(32rem, 100vw)");
        Focus.returnAfter(dialog, opener);
        dialog.open();
        return confirm;
    }

    /**
     * Shows the question at the top of an open dialog's content, announced to screen readers, with
     * focus on the safe answer. Either answer removes it and runs its action.
     */
    public static Div askIn(Dialog dialog, String id, String header, String text, String yes, String no,
            Runnable onYes, Runnable onNo) {
        dialog.getChildren().filter(child -> id.equals(child.getId().orElse(null))).toList()
                .forEach(dialog::remove);
        Div question = new Div();
        question.setId(id);
        question.addClassName("question-in-dialog");
        question.getElement().setAttribute("role", "alert");
        Button confirm = new Button(yes);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button keep = new Button(no);
        Div answers = new Div(keep, confirm);
        answers.addClassName("question-answers");
        question.add(new H3(header), new Paragraph(text), answers);
        confirm.addClickListener(click -> {
            dialog.remove(question);
            onYes.run();
        });
        keep.addClickListener(click -> {
            dialog.remove(question);
            onNo.run();
        });
        dialog.addComponentAsFirst(question);
        keep.focus();
        return question;
    }
}
