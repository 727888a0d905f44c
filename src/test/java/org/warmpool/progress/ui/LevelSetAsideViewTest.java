package org.warmpool.progress.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.booking.BookingTestData;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.participant.ParticipantDirectory;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.progress.ProgressTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Role;

/** Pain 9 entered at the poolside sets an accepted level aside; participant and instructor read why. */
class LevelSetAsideViewTest extends KaribuTest {

    @Autowired
    BookingTestData data;
    @Autowired
    ProgressTestData classes;
    @Autowired
    InstructorTestData instructors;
    @Autowired
    ParticipantDirectory directory;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestClock clock;

    @Test
    void painNineAtThePoolsideSetsLevelTwoAsideAndBothReadWhyInPlainWords() {
        Instructor teacher = asStaff(() -> instructors.qualified("Aside Teacher"));
        Registered ona = data.cleared("Ona Aside");
        ScheduledSession session = classes.pastClass(2, 1, teacher, ona);
        transactions.executeWithoutResult(tx -> directory.setCurrentLevel(ona.participantId(), 2));
        String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("d MMM", Locale.UK));
        login(teacher.getUser().getId(), teacher.getEmail(), teacher.getName(), Role.INSTRUCTOR);

        navigate("pain-check-in/" + session.id());
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Pain before")), 9);
        navigate("participant-progress/" + ona.participantId());

        assertThat(_get(Paragraph.class, spec -> spec.withId("current-level")).getText())
                .isEqualTo("Accepted level 2 set aside on " + today + " because of pain 9 reported at a class. "
                        + "Only the gentle classes are offered until staff accept a level again.");

        login(ona.userId(), ona.email(), ona.name(), Role.PARTICIPANT);
        navigate("my-progress");

        assertThat(_get(Paragraph.class, spec -> spec.withId("current-level")).getText())
                .isEqualTo("Your accepted level 2 was set aside on " + today + " because of pain 9 reported at a "
                        + "class. The gentle classes apply until staff review it.");
    }
}
