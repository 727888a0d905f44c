package org.warmpool.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a form says when it cannot be saved, the same way everywhere: every red field says why
 * (a field whose rule gave no words gets plain ones), one problem message names each field and
 * what to do (never "Please correct the highlighted fields:" followed by nothing), and keyboard
 * focus moves to the first field to correct, so that a screen reader reads its label and error.
 */
public final class FormErrors {

    public static final String INTRO = "Please correct the highlighted fields:";
    /** For a red field whose rule has no message. */
    static final String EMPTY_FIELD = "Please fill this in.";
    static final String WRONG_VALUE = "Please check this value.";
    /** For a rule over several fields that has no message. */
    static final String FIELDS_DISAGREE = "Some answers do not fit together: please check them.";

    private FormErrors() {
    }

    /** Shows why the form was not saved (as a problem message) and moves focus to the first field to correct. */
    public static void show(ValidationException invalid) {
        show(invalid.getFieldValidationErrors(), invalid.getBeanValidationErrors());
    }

    /** The same, for a form checked with {@code binder.validate()}. */
    public static void show(BinderValidationStatus<?> status) {
        show(status.getFieldValidationErrors(), status.getBeanValidationErrors());
    }

    private static void show(List<BindingValidationStatus<?>> fieldErrors, List<ValidationResult> beanErrors) {
        Notifications.problem(describe(fieldErrors, beanErrors));
        fieldErrors.stream()
                .map(BindingValidationStatus::getField)
                .filter(Focusable.class::isInstance)
                .findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    /**
     * "Please correct the highlighted fields: Water temperature (°C): Between 20 and 40 °C." Each field
     * named with its reason; a red field without a reason is given one here.
     */
    static String describe(List<BindingValidationStatus<?>> fieldErrors, List<ValidationResult> beanErrors) {
        Set<String> lines = new LinkedHashSet<>();
        for (BindingValidationStatus<?> error : fieldErrors) {
            HasValue<?, ?> field = error.getField();
            String reason = error.getMessage().filter(text -> !text.isBlank()).orElse(null);
            if (reason == null) {
                reason = field.isEmpty() ? EMPTY_FIELD : WRONG_VALUE;
                if (field instanceof HasValidation validated) {
                    validated.setErrorMessage(reason);
                    validated.setInvalid(true);
                }
            }
            String label = labelOf(field);
            lines.add(sentence(label == null ? reason : label + ": " + reason));
        }
        for (ValidationResult error : beanErrors) {
            String reason = error.getErrorMessage();
            lines.add(sentence(reason == null || reason.isBlank() ? FIELDS_DISAGREE : reason));
        }
        if (lines.isEmpty()) {
            lines.add(FIELDS_DISAGREE);
        }
        String intro = fieldErrors.isEmpty() ? "Please correct the form:" : INTRO;
        return intro + " " + String.join(" ", new ArrayList<>(lines));
    }

    private static String labelOf(HasValue<?, ?> field) {
        String label = field instanceof HasLabel labelled ? labelled.getLabel() : null;
        if ((label == null || label.isBlank()) && field instanceof Component component) {
            label = component.getElement().getAttribute("aria-label");
        }
        return label == null || label.isBlank() ? null : label;
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!") ? trimmed : trimmed + ".";
    }
}
