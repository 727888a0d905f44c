package org.warmpool.participant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.participant.AuditEntry;
import org.warmpool.participant.AuditTrail;
import org.warmpool.participant.Condition;
import org.warmpool.participant.Intake;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.PainDuration;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.security.Role;

class ParticipantPrivacyTest extends KaribuTest {

    @Autowired
    private ParticipantTestData participants;
    @Autowired
    private IntakeService intakes;
    @Autowired
    private AuditTrail auditTrail;

    private Registered anna;
    private Registered bert;

    @BeforeEach
    void twoParticipantsRegister() {
        anna = participants.register("Anna Private");
        bert = participants.register("Bert Private");
    }

    @Test
    void aParticipantCannotOpenAnotherParticipantsPage() {
        logInAs(anna);

        navigate("participant/" + bert.participantId());

        assertPageNotAvailable();
        _assertNone(H1.class, spec -> spec.withText(bert.name()));
        _assertNone(ParticipantView.class);
    }

    @Test
    void aParticipantCannotOpenAnotherParticipantsIntakeAndTheirDraftStaysAsItWas() {
        logInAs(bert);
        intakes.savePain(bert.participantId(), 4, PainDuration.LESS_THAN_2_WEEKS, null);
        intakes.saveCause(bert.participantId(), Condition.SI_JOINT);
        Intake bertsDraft = intakes.draft(bert.participantId());
        logInAs(anna);

        navigate("intake/" + bert.participantId());

        assertPageNotAvailable();
        _assertNone(IntakeView.class);
        _assertNone(RadioButtonGroup.class);
        _assertNone(Paragraph.class, spec -> spec.withId("intake-progress"));
        logInAs(bert);
        Intake afterwards = intakes.draft(bert.participantId());
        assertThat(afterwards.getId()).isEqualTo(bertsDraft.getId());
        assertThat(afterwards.getVersion()).isEqualTo(bertsDraft.getVersion());
        assertThat(afterwards.getPainNow()).isEqualTo(4);
        assertThat(afterwards.getPainDuration()).isEqualTo(PainDuration.LESS_THAN_2_WEEKS);
        assertThat(afterwards.getCondition()).isEqualTo(Condition.SI_JOINT);
        assertThat(afterwards.isRedFlagsAnswered()).isFalse();
    }

    @Test
    void anInstructorCannotOpenThePageOfSomeoneNotOnTheirRoster() {
        logInAs(bert);
        participants.sendIntake(bert.participantId(), Set.of(), Set.of());
        String instructor = "instructor-" + UUID.randomUUID() + "@warmpool.example";
        login(instructor, Role.INSTRUCTOR);

        navigate("participant/" + bert.participantId());

        assertPageNotAvailable();
        _assertNone(H1.class, spec -> spec.withText(bert.name()));
        _assertNone(UnorderedList.class, spec -> spec.withId("intake-summary"));
        login("admin@warmpool.example", Role.ADMIN);
        List<AuditEntry> trail = auditTrail.of(bert.participantId());
        assertThat(trail).extracting(AuditEntry::getActor).doesNotContain(instructor);
    }

    private void logInAs(Registered participant) {
        login(participant.userId(), participant.email(), participant.name(), Role.PARTICIPANT);
    }

    private static void assertPageNotAvailable() {
        assertThat(_get(H1.class, spec -> spec.withText("Page not available")).isVisible()).isTrue();
        _get(Paragraph.class, spec -> spec.withText("This page does not exist, or your account may not open it."));
    }
}
