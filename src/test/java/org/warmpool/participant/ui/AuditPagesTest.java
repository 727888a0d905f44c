package org.warmpool.participant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.participant.AuditAction;
import org.warmpool.participant.AuditLogTestData;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.security.Role;
import org.warmpool.security.UserAccountService;

/** The administrator's audit page and a participant's "Who has seen my record", as their users see them. */
class AuditPagesTest extends KaribuTest {

    @Autowired
    private AuditLogTestData log;
    @Autowired
    private ParticipantTestData participants;
    @Autowired
    private UserAccountService accounts;

    private String fiona;
    private Registered pat;
    private Registered quinn;

    @BeforeEach
    void aFrontDeskMemberOpenedTwoRecords() {
        fiona = "fiona-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        org.warmpool.security.SystemTasks.runAsStaff(() -> accounts.createAccount(fiona, "Fiona Desk",
                "correct horse battery", EnumSet.of(Role.FRONT_DESK)));
        pat = participants.register("Pat Seen");
        quinn = participants.register("Quinn Seen");
        log.add(Instant.parse("2026-06-01T10:00:00Z"), fiona, AuditAction.VIEWED_HEALTH_RECORD, pat.participantId(),
                "Opened the participant's health record");
        log.add(Instant.parse("2026-06-02T10:00:00Z"), fiona, AuditAction.CHANGED_INTAKE, pat.participantId(),
                "Intake 42");
        log.add(Instant.parse("2026-06-03T10:00:00Z"), fiona, AuditAction.RECORDED_CLEARANCE, quinn.participantId(),
                "Intake 43");
    }

    @Test
    void theAdministratorFiltersByStaffMemberParticipantKindAndDays() {
        login("admin@example.org", Role.ADMIN);
        navigate("audit-log");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("audit-log"));

        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Staff member")), fiona);
        assertThat(rows(grid)).hasSize(3);
        assertThat(rows(grid).get(0)).containsExactly("Wed 3 Jun 2026, 11:00:00", fiona, quinn.name(),
                "Recorded the medical clearance", "Intake 43");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Participant name")), pat.name());
        assertThat(rows(grid)).extracting(row -> row.get(3)).containsExactly("Changed the intake",
                "Opened the health record");

        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Kind")), AuditAction.CHANGED_INTAKE);
        assertThat(rows(grid)).singleElement().satisfies(row -> assertThat(row.get(4)).isEqualTo("Intake 42"));

        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Kind")), null);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("From")), LocalDate.of(2026, 6, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("To")), LocalDate.of(2026, 6, 1));
        assertThat(rows(grid)).extracting(row -> row.get(3)).containsExactly("Opened the health record");

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("From")), LocalDate.of(2026, 6, 2));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("To")).isInvalid())
                .as("a last day before the first is marked, not sent").isTrue();

        assertThat(_get(Anchor.class, spec -> spec.withId("audit-export")).getHref()).isNotBlank();
    }

    @Test
    void theFrontDeskMayNotOpenTheAuditPage() {
        login(fiona, Role.FRONT_DESK);

        navigate("audit-log");

        assertThat(_get(H1.class, spec -> spec.withText("Page not available")).isVisible()).isTrue();
        _assertNone(AuditLogView.class);
        _assertNone(Grid.class, spec -> spec.withId("audit-log"));
    }

    @Test
    void aParticipantSeesWhoOpenedTheirRecordAndNothingAboutOthers() {
        login(pat.userId(), pat.email(), pat.name(), Role.PARTICIPANT);

        navigate("who-has-seen-my-record");

        assertThat(entries()).containsExactly(
                "Tue 2 Jun 2026, 11:00: Fiona Desk (Front desk) - Changed your intake",
                "Mon 1 Jun 2026, 11:00: Fiona Desk (Front desk) - Opened your health record");
        assertThat(entries()).noneMatch(entry -> entry.contains("clearance"));
        _assertNone(Button.class, spec -> spec.withText("Show more"));
    }

    @Test
    void aParticipantWithManyEntriesSeesTwentyAndThenMore() {
        for (int i = 0; i < SeenMyRecordView.PAGE + 3; i++) {
            log.add(Instant.parse("2026-05-01T10:00:00Z").plusSeconds(60L * i), "system",
                    AuditAction.ACCOUNT_INVITATION, quinn.participantId(), "Account invitation made");
        }
        login(quinn.userId(), quinn.email(), quinn.name(), Role.PARTICIPANT);
        navigate("who-has-seen-my-record");
        assertThat(entries()).hasSize(SeenMyRecordView.PAGE);
        assertThat(entries().get(0)).endsWith("Fiona Desk (Front desk) - Recorded your medical clearance");

        _click(_get(Button.class, spec -> spec.withText("Show more")));

        assertThat(entries()).hasSize(SeenMyRecordView.PAGE + 4);
        assertThat(entries().get(SeenMyRecordView.PAGE + 3))
                .isEqualTo("Fri 1 May 2026, 11:00: The clinic's system - Made an invitation to open your account");
        _assertNone(Button.class, spec -> spec.withText("Show more"));
    }

    @Test
    void aParticipantMayNotOpenTheAdministratorsPage() {
        login(pat.userId(), pat.email(), pat.name(), Role.PARTICIPANT);

        navigate("audit-log");

        _assertNone(AuditLogView.class);
    }

    private static List<List<String>> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row)).toList();
    }

    private static List<String> entries() {
        return _find(Div.class, spec -> spec.withClasses("seen-my-record-entry")).stream()
                .map(div -> div.getElement().getTextRecursively()).toList();
    }
}
