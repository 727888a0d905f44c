package org.warmpool.base.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import org.warmpool.base.ClinicFormats;

/**
 * A number field that takes only its real range and says it: the limits come from the constants
 * on the entity or setting (the same ones its validation uses), and the field's own messages
 * (too small, too large, not a number) give that range, so that a red field always says why.
 */
public final class Limits {

    private Limits() {
    }

    /** "From 0 to 5,200 weeks"; {@code unit} is plural or empty. */
    public static String range(long min, long max, String unit) {
        return "From " + ClinicFormats.number(min) + " to " + ClinicFormats.number(max)
                + (unit.isEmpty() ? "" : " " + unit);
    }

    /** Sets the field's range and the messages for a number outside it or not a whole number. */
    public static void between(IntegerField field, int min, int max, String unit) {
        field.setMin(min);
        field.setMax(max);
        String range = range(min, max, unit);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(range)
                .setMaxErrorMessage(range)
                .setBadInputErrorMessage("Enter a whole number: " + Character.toLowerCase(range.charAt(0))
                        + range.substring(1))
                .setStepErrorMessage("Enter a whole number: " + Character.toLowerCase(range.charAt(0))
                        + range.substring(1)));
    }
}
