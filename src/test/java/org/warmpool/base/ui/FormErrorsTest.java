package org.warmpool.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A form that cannot be saved says why at each field and in one message, and focus goes to the first field. */
class FormErrorsTest {

    /** A form's bean: a name and a number of weeks. */
    static final class Answers {
        String name = "";
        Integer weeks;
    }

    private final TextField name = new TextField("Your name");
    private final IntegerField weeks = new IntegerField("Weeks of pain");
    private final Binder<Answers> binder = new Binder<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().add(name, weeks);
        // A rule without words (as asRequired() gives): the field turns red and says nothing by itself.
        binder.forField(name).asRequired().bind(a -> a.name, (a, v) -> a.name = v);
        binder.forField(weeks).withValidator(w -> w == null || (w >= 0 && w <= 5200), "From 0 to 5,200 weeks")
                .bind(a -> a.weeks, (a, v) -> a.weeks = v);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void everyRedFieldSaysWhyAndTheMessageNamesEachFieldWithItsReason() {
        weeks.setValue(9000);

        try (FocusRequests focus = FocusRequests.record()) {
            FormErrors.show(invalidOnSave());
            assertThat(focus.focused(name)).as("focus on the first field to correct").isTrue();
            assertThat(focus.focused(weeks)).isFalse();
        }

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(weeks.getErrorMessage()).isEqualTo("From 0 to 5,200 weeks");
        assertThat(problemText()).isEqualTo("Please correct the highlighted fields: Your name: Please fill this in. "
                + "Weeks of pain: From 0 to 5,200 weeks.");
    }

    @Test
    void aRuleOverSeveralFieldsWithoutWordsStillGetsASentenceNeverAnEmptyList() {
        name.setValue("Ana");
        binder.withValidator(answers -> false, "");

        FormErrors.show(invalidOnSave());

        assertThat(problemText()).isEqualTo("Please correct the form: Some answers do not fit together: "
                + "please check them.");
    }

    private ValidationException invalidOnSave() {
        try {
            binder.writeBean(new Answers());
        } catch (ValidationException invalid) {
            return invalid;
        }
        throw new AssertionError("the form was valid");
    }

    private static String problemText() {
        var open = com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications();
        assertThat(open).hasSize(1);
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(open.get(0),
                com.vaadin.flow.component.html.Span.class).getText();
    }
}
