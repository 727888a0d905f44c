package org.warmpool.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Date fields understand the clinic's usual ways of writing a date. The parsing itself happens in
 * the browser (the date picker web component reads these formats), so this checks what the field
 * is told; the formats' meaning is the component's.
 */
class DateFieldsTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aDateFieldShowsDayMonthYearAndAcceptsDotsDashesAndIsoDates() {
        DatePicker picker = DateFields.clinic(new DatePicker("Date"));

        assertThat(picker.getI18n().getDateFormats()).containsExactly("d/M/yyyy", "d.M.yyyy", "d-M-yyyy",
                "yyyy-MM-dd");
        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getLocale()).isEqualTo(Locale.UK);
        assertThat(picker.getHelperText()).isEqualTo("Day/month/year, for example 14/3/2026");
        assertThat(picker.getI18n().getBadInputErrorMessage()).contains("day/month/year");
    }

    @Test
    void theFieldsOwnMessagesAndHelpStay() {
        DatePicker picker = new DatePicker("Date the doctor saw them");
        picker.setHelperText("As on the letter");
        picker.setI18n(new DatePicker.DatePickerI18n().setMaxErrorMessage("The date cannot be in the future")
                .setBadInputErrorMessage("Enter a date, for example 3/12/2026"));

        DateFields.clinic(picker);

        assertThat(picker.getI18n().getMaxErrorMessage()).isEqualTo("The date cannot be in the future");
        assertThat(picker.getI18n().getBadInputErrorMessage()).isEqualTo("Enter a date, for example 3/12/2026");
        assertThat(picker.getHelperText()).isEqualTo("As on the letter");
        assertThat(picker.getI18n().getDateFormats()).contains("yyyy-MM-dd");
    }
}
