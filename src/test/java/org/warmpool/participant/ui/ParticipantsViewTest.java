package org.warmpool.participant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.warmpool.participant.ui.IntakeSteps.CAUSE;
import static org.warmpool.participant.ui.IntakeSteps.answerAccess;
import static org.warmpool.participant.ui.IntakeSteps.answerEveryQuestionNo;
import static org.warmpool.participant.ui.IntakeSteps.answerPain;
import static org.warmpool.participant.ui.IntakeSteps.button;
import static org.warmpool.participant.ui.IntakeSteps.choose;
import static org.warmpool.participant.ui.IntakeSteps.outcome;
import static org.warmpool.participant.ui.IntakeSteps.outcomeMessage;
import static org.warmpool.participant.ui.IntakeSteps.progress;
import static org.warmpool.participant.ui.IntakeSteps.saveAndContinue;
import static org.warmpool.participant.ui.IntakeSteps.send;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.participant.AuditEntry;
import org.warmpool.participant.AuditTrail;
import org.warmpool.participant.ClearanceService;
import org.warmpool.participant.Contraindication;
import org.warmpool.participant.HealthRecord;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ParticipantSummary;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.participant.RedFlag;
import org.warmpool.security.Role;

class ParticipantsViewTest extends KaribuTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Autowired
    private ParticipantTestData participants;
    @Autowired
    private AuditTrail auditTrail;
    @Autowired
    private ClearanceService clearances;
    @Autowired
    private ParticipantRecordService records;
    @Autowired
    private Clock clock;

    /** Each test's own front desk user, so that the audit log names exactly this test's actions. */
    private final String desk = "desk-" + UUID.randomUUID() + "@warmpool.example";

    @BeforeEach
    void logInAtTheFrontDesk() {
        login(desk, Role.FRONT_DESK);
    }

    @Test
    void theFrontDeskFindsAParticipantByPartOfTheNameByEmailAndByPhone() {
        Registered sandra = participants.register("Sandra Searchable");
        Registered other = participants.register("Sandra Searchable");
        String suffix = sandra.name().substring(sandra.name().lastIndexOf(' ') + 1);
        navigate("participants");

        search("rchable " + suffix.toUpperCase(Locale.ROOT));
        assertThat(rows()).containsExactly(rowOf(sandra));

        search(sandra.email());
        assertThat(rows()).containsExactly(rowOf(sandra));

        search(sandra.phone());
        assertThat(rows()).containsExactly(rowOf(sandra));

        search("Sandra Searchable");
        assertThat(rows()).contains(rowOf(sandra), rowOf(other));
    }

    @Test
    void registerAWalkInOpensTheOnePageWalkInIntake() {
        navigate("participants");

        _click(button("Register a walk-in"));

        assertThat(currentPath()).isEqualTo("walk-in");
        _get(Button.class, spec -> spec.withText("Register and screen"));
    }

    @Test
    void aWalkInIsRegisteredWithoutAPasswordAndTheIntakeIsFilledInForThem() {
        String name = "Walter Walkin";
        long id = participants.walkIn(name);
        navigate("participant/" + id);

        _click(button("Fill in the intake with them"));

        assertThat(currentPath()).isEqualTo("intake/" + id);
        assertThat(progress()).isEqualTo("Step 1 of 6: Your pain");

        answerPain("3", "2 to 11 weeks");
        saveAndContinue();
        choose(CAUSE, "Narrowing of the spinal canal (lumbar spinal stenosis)");
        saveAndContinue();
        answerEveryQuestionNo();
        saveAndContinue();
        answerEveryQuestionNo();
        saveAndContinue();
        answerAccess();
        saveAndContinue();
        send();

        assertThat(outcomeMessage(outcome())).isEqualTo("Your pain is 3 out of 10.");
        HealthRecord record = records.record(id);
        assertThat(record.mayBook()).isTrue();
        assertThat(record.latest().orElseThrow().getPainNow()).isEqualTo(3);
        assertThat(record.participant().getUser()).isNull();
        assertThat(auditTrail(id)).extracting(AuditEntry::getAction, AuditEntry::getActor)
                .contains(tuple("REGISTERED_WALK_IN", desk),
                        tuple("SUBMITTED_INTAKE", desk));
    }

    @Test
    void aParticipantWaitingForClearanceMayBookOnceTheFrontDeskRecordsIt() {
        long id = participants.walkIn("Cleo Clearance");
        participants.sendIntake(id, Set.of(), Set.of(Contraindication.RECENT_SURGERY));
        LocalDate clearedOn = LocalDate.now(clock).minusDays(2);

        navigate("participant/" + id);

        _get(Span.class, spec -> spec.withText("Waiting for medical clearance"));
        _assertNone(Span.class, spec -> spec.withText("May book"));
        assertThat(summaryLines()).contains("Needs clearance for: surgery in the last 6 weeks");
        Div form = _get(Div.class, spec -> spec.withId("clearance-form"));
        _setValue(_get(form, DatePicker.class, spec -> spec.withLabel("Date of the clearance")), clearedOn);
        _setValue(_get(form, TextField.class, spec -> spec.withLabel("Given by (doctor's name)")), "Dr Ada Okafor");
        _click(_get(form, Button.class,
                spec -> spec.withText("Record clearance and open booking")));

        assertThat(notificationTexts()).anyMatch(text -> text.contains("Clearance recorded. Booking is open."));
        _get(Span.class, spec -> spec.withText("May book"));
        _assertNone(Span.class, spec -> spec.withText("Waiting for medical clearance"));
        _assertNone(Div.class, spec -> spec.withId("clearance-form"));
        assertThat(summaryLines()).contains("Cleared on " + clearedOn.format(DAY) + " by Dr Ada Okafor");
        assertThat(clearances.mayBook(id)).isTrue();
    }

    @Test
    void aParticipantWithARedFlagShowsTheRedFlagBadgeAndNoClearanceForm() {
        long id = participants.walkIn("Reggie Redflag");
        participants.sendIntake(id, Set.of(RedFlag.SADDLE_NUMBNESS), Set.of());

        navigate("participant/" + id);

        assertThat(_get(Span.class, spec -> spec.withId("red-flag-badge")).getText())
                .isEqualTo("Red flag: refer to a doctor");
        assertThat(summaryLines()).contains("Red flags: numbness in the groin or inner thighs");
        _assertNone(Span.class, spec -> spec.withText("May book"));
        _assertNone(Div.class, spec -> spec.withId("clearance-form"));
    }

    @Test
    void openingAParticipantsPageIsWrittenToTheAuditLogWithWhoOpenedIt() {
        long id = participants.walkIn("Audrey Audited");
        assertThat(auditTrail(id)).extracting(AuditEntry::getAction).doesNotContain("VIEWED_HEALTH_RECORD");

        navigate("participant/" + id);

        assertThat(_get(_get(ParticipantView.class), H1.class).getText()).startsWith("Audrey Audited ");
        assertThat(auditTrail(id)).filteredOn(entry -> entry.getAction().equals("VIEWED_HEALTH_RECORD"))
                .extracting(AuditEntry::getActor).containsExactly(desk);
    }

    private static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Search by name, e-mail, phone or date of birth")), text);
    }

    /** The rows of the participants grid as the front desk reads them. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> rows() {
        Grid<ParticipantSummary> grid = _get(Grid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row)).toList();
    }

    private static List<String> rowOf(Registered participant) {
        return List.of(participant.name(), participant.email(), participant.phone(), "Own account");
    }

    /** The lines of the latest intake's summary on the participant's page. */
    private static List<String> summaryLines() {
        return _find(_get(UnorderedList.class,
                spec -> spec.withId("intake-summary")), ListItem.class).stream().map(ListItem::getText).toList();
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    /** The audit trail, as the administrator reads it; the front desk stays logged in afterwards. */
    private List<AuditEntry> auditTrail(long participantId) {
        login("admin@warmpool.example", Role.ADMIN);
        try {
            return auditTrail.of(participantId);
        } finally {
            login(desk, Role.FRONT_DESK);
        }
    }
}
