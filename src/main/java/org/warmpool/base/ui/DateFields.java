package org.warmpool.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.warmpool.base.ClinicFormats;

/**
 * Date fields that understand dates typed the ways people at the clinic write them: 3/12/2026,
 * 3.12.2026, 3-12-2026 and 2026-12-03 all mean the 3rd of December. The field shows day/month/year
 * and its helper text says so (unless the view gave it one of its own).
 */
public final class DateFields {

    /** The first is how the field shows a date; all are understood when typed. */
    public static final String[] TYPED_FORMATS = org.warmpool.base.TypedDates.FORMATS;

    static final String HOW_TO_TYPE = "Day/month/year, for example 14/3/2026";

    private DateFields() {
    }

    /** Sets the clinic's language and date formats on the field, keeping the messages it already has. */
    public static DatePicker clinic(DatePicker picker) {
        picker.setLocale(ClinicFormats.LOCALE);
        DatePicker.DatePickerI18n i18n = picker.getI18n() == null ? new DatePicker.DatePickerI18n() : picker.getI18n();
        i18n.setDateFormats(TYPED_FORMATS[0], java.util.Arrays.copyOfRange(TYPED_FORMATS, 1, TYPED_FORMATS.length));
        i18n.setFirstDayOfWeek(1);
        if (i18n.getBadInputErrorMessage() == null) {
            i18n.setBadInputErrorMessage("Enter a date as day/month/year, for example 14/3/2026");
        }
        picker.setI18n(i18n);
        if (picker.getHelperText() == null || picker.getHelperText().isBlank()) {
            picker.setHelperText(HOW_TO_TYPE);
        }
        return picker;
    }
}
