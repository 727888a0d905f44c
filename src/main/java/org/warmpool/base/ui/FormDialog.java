package org.warmpool.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * A dialog around a bound form. Save validates everything: when something is wrong, the fields
 * show why, a notification says so, and the dialog stays open with what was typed. When the
 * service refuses, its message is shown the same way (see UiErrorHandling).
 */
public class FormDialog<T> extends Dialog {

    /** Writes the validated bean through a service; throws when a rule refuses it. */
    @FunctionalInterface
    public interface SaveAction<T> {
        void save(T bean);
    }

    /**
     * Looks at the validated bean before it is saved and calls {@code save} to go ahead, for
     * example after a confirm dialog; not calling it keeps the form open as it is.
     */
    @FunctionalInterface
    public interface BeforeSave<T> {
        void check(T bean, Runnable save);
    }

    private final Binder<T> binder;
    private final Button save = new Button("Save");
    private BeforeSave<T> beforeSave = (bean, go) -> go.run();

    public FormDialog(String title, Component form, Binder<T> binder, T bean, SaveAction<T> action) {
        this.binder = binder;
        setHeaderTitle(title);
        add(form);
        binder.readBean(bean);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                binder.writeBean(bean);
            } catch (ValidationException invalid) {
                FormErrors.show(invalid);
                return;
            }
            beforeSave.check(bean, () -> {
                action.save(bean);
                close();
            });
        });
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
        setCloseOnOutsideClick(false);
        setWidth("min(40rem, 100vw)");
    }

    public void setBeforeSave(BeforeSave<T> beforeSave) {
        this.beforeSave = beforeSave;
    }

    public Button saveButton() {
        return save;
    }

    public Binder<T> binder() {
        return binder;
    }
}
