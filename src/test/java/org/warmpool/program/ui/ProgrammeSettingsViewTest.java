package org.warmpool.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.security.Role;

class ProgrammeSettingsViewTest extends KaribuTest {

    @Autowired
    ProgrammeSettingsService settings;

    @AfterEach
    void restore() {
        login("admin@warmpool.example", Role.ADMIN);
        ProgrammeSettings current = settings.current();
        current.setChronicFromWeeks(12);
        settings.save(current);
    }

    @Test
    void theAdministratorChangesWhenPainCountsAsChronic() {
        login("admin@warmpool.example", Role.ADMIN);
        navigate("programme-rules");

        IntegerField chronic = _get(IntegerField.class, spec -> spec.withLabel("Pain is chronic after (weeks)"));
        assertThat(chronic.getValue()).isEqualTo(12);
        _setValue(chronic, 10);
        _click(_get(Button.class, spec -> spec.withText("Save the rules")));

        assertThat(settings.current().getChronicFromWeeks()).isEqualTo(10);
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Saved."));
    }

    @Test
    void anImpossibleValueIsShownOnTheFieldAndNothingChanges() {
        login("admin@warmpool.example", Role.ADMIN);
        navigate("programme-rules");

        IntegerField highPain = _get(IntegerField.class, spec -> spec.withLabel("High pain starts at (0-10 scale)"));
        _setValue(highPain, 11);
        _click(_get(Button.class, spec -> spec.withText("Save the rules")));

        assertThat(highPain.isInvalid()).isTrue();
        assertThat(highPain.getErrorMessage()).isEqualTo("From 1 to 10");
        assertThat(highPain.getValue()).isEqualTo(11);
        assertThat(settings.current().getHighPainFrom()).isEqualTo(7);
    }
}
