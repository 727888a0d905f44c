package org.warmpool.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.SqlSent;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.RuleViolationException;
import org.warmpool.booking.Attendance;
import org.warmpool.booking.AttendanceRow;
import org.warmpool.booking.AttendanceService;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ParticipantSummary;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.pool.Pool;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Role;

class CheckInViewTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private ParticipantTestData participants;
    @Autowired
    private BookingService bookings;
    @Autowired
    private AttendanceService attendance;
    @Autowired
    private ParticipantRecordService records;
    @Autowired
    private TestClock clock;

    private ClassDay day;
    private ScheduledSession session;
    private ParticipantTestData.Registered ann;
    private ParticipantTestData.Registered ben;

    @BeforeEach
    void aClassAtElevenWithTwoBookedAndItIsTwentyToEleven() {
        day = ClassDay.ahead(clock.getZone());
        session = data.session(2, 8, day.date(), "11:00");
        ann = data.cleared("Ann Early");
        ben = data.cleared("Ben Booked");
        clock.moveTo(day.at("10:40"));
        asStaff(() -> bookings.bookFor(ann.participantId(), session.id(), false, null));
        asStaff(() -> bookings.bookFor(ben.participantId(), session.id(), false, null));
        login("desk@warmpool.example", Role.FRONT_DESK);
    }

    @Test
    void theFrontDeskChecksInAWalkIn() {
        long walkIn = participants.walkIn("Wanda Walkin");
        participants.sendIntake(walkIn, Set.of(), Set.of());
        String wanda = records.record(walkIn).participant().getFullName();
        openCheckIn();
        assertThat(count()).isEqualTo("0 of 2 arrived");

        _click(_get(myClass(), Button.class, spec -> spec.withText("Add a walk-in to this class")));
        chooseInDialog(wanda);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Book a place")));

        _assertNoDialogs();
        assertThat(notificationTexts()).contains(wanda + " has a place in this class.");
        assertThat(count()).isEqualTo("0 of 3 arrived");

        _click(_get(myClass(), Button.class, spec -> spec.withText("Check in " + wanda)));

        assertThat(count()).isEqualTo("1 of 3 arrived");
        assertThat(statusOf(wanda)).isEqualTo("Arrived");
        _assertNone(myClass(), Button.class, spec -> spec.withText("Check in " + wanda));
        assertThat(attendanceOf(walkIn)).isEqualTo(Attendance.ATTENDED);
    }

    @Test
    void aWalkInWithoutAnswersIsNotBookedAndTheDeskIsToldWhy() {
        long walkIn = participants.walkIn("Nora Noanswers");
        String nora = records.record(walkIn).participant().getFullName();
        openCheckIn();

        _click(_get(myClass(), Button.class, spec -> spec.withText("Add a walk-in to this class")));
        chooseInDialog(nora);
        RuleViolationException refusal = assertThrows(RuleViolationException.class,
                () -> _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Book a place"))));

        assertThat(refusal.getMessage()).startsWith(nora + " cannot book now. Fill in the questions");
        _get(Dialog.class);
        assertThat(attendance.sheet(session.id())).extracting(AttendanceRow::participantId)
                .containsExactlyInAnyOrder(ann.participantId(), ben.participantId());
    }

    @Test
    void anHourBeforeTheClassCheckInSaysWhenItOpensAndItsButtonsAreGreyedOut() {
        clock.moveTo(day.at("10:00"));

        openCheckIn();

        assertThat(_get(myClass(), Paragraph.class, spec -> spec.withClasses("check-in-opens")).getText())
                .isEqualTo("Check-in opens " + day.date().format(ClinicFormats.DAY_SHORT)
                        + ", 10:30, 30 minutes before the class starts.");
        assertThat(_get(rowOf(ann.name()), Button.class, spec -> spec.withText("Check in " + ann.name())).isEnabled())
                .isFalse();
        assertThat(_get(rowOf(ann.name()), Button.class, spec -> spec.withText("Did not come")).isEnabled()).isFalse();
        assertThat(attendanceOf(ann.participantId())).isNull();

        clock.moveTo(day.at("10:30"));
        _click(_get(Button.class, spec -> spec.withText("Refresh the list")));

        _assertNone(myClass(), Paragraph.class, spec -> spec.withClasses("check-in-opens"));
        _click(_get(rowOf(ann.name()), Button.class, spec -> spec.withText("Check in " + ann.name())));
        assertThat(attendanceOf(ann.participantId())).isEqualTo(Attendance.ATTENDED);
    }

    @Test
    void theFrontDeskMarksANoShowAndPutsAMistakeRight() {
        openCheckIn();

        _click(_get(rowOf(ben.name()), Button.class, spec -> spec.withText("Did not come")));

        assertThat(statusOf(ben.name())).isEqualTo("Did not come");
        assertThat(count()).isEqualTo("0 of 2 arrived");
        assertThat(attendanceOf(ben.participantId())).isEqualTo(Attendance.NO_SHOW);

        // Ben was in the changing room after all.
        _click(_get(rowOf(ben.name()), Button.class, spec -> spec.withText("Check in " + ben.name())));

        assertThat(statusOf(ben.name())).isEqualTo("Arrived");
        assertThat(count()).isEqualTo("1 of 2 arrived");
        assertThat(attendanceOf(ben.participantId())).isEqualTo(Attendance.ATTENDED);
        // And back again, for a wrong click.
        _click(_get(rowOf(ben.name()), Button.class, spec -> spec.withText("Did not come")));
        assertThat(count()).isEqualTo("0 of 2 arrived");
        assertThat(attendanceOf(ben.participantId())).isEqualTo(Attendance.NO_SHOW);
    }

    private void chooseInDialog(String name) {
        @SuppressWarnings("unchecked")
        ComboBox<ParticipantSummary> who = _get(_get(Dialog.class), ComboBox.class,
                spec -> spec.withLabel("Participant"));
        ComboBoxKt.setUserInput(who, name);
        List<ParticipantSummary> found = ComboBoxKt.getSuggestionItems(who);
        assertThat(found).hasSize(1);
        _setValue(who, found.get(0));
    }

    /**
     * Many classes around now (a chain's pools at one hour) are read with as many SQL statements as
     * one: the people of every class in one question, not one per class.
     */
    @Test
    void theDeskSeesOnlyThePoolItChoseAndTheChoiceStaysForTheSession() {
        ScheduledSession elsewhere = data.session(2, 8, day.date(), "11:00");
        navigate("check-in");
        _setValue(poolChoice(), null);
        assertThat(classesShown()).contains(session.poolName(), elsewhere.poolName());

        ComboBoxKt.selectByLabel(poolChoice(), session.poolName());

        assertThat(classesShown()).containsExactly(session.poolName());
        navigate("accessibility");
        navigate("check-in");
        assertThat(poolChoice().getValue().getName()).isEqualTo(session.poolName());
        assertThat(classesShown()).containsExactly(session.poolName());
    }

    @Test
    void manyClassesAroundNowTakeNoMoreStatementsThanOne() {
        // Every pool's classes around now, as a small clinic sees them (or a chain choosing "All pools").
        navigate("check-in");
        _setValue(poolChoice(), null);
        int sent = statementsToOpenCheckIn();
        for (int i = 0; i < 3; i++) {
            ScheduledSession another = data.session(2, 8, day.date(), "11:00");
            for (String name : List.of("Cara Crowd" + i, "Dev Crowd" + i)) {
                ParticipantTestData.Registered person = data.cleared(name);
                asStaff(() -> bookings.bookFor(person.participantId(), another.id(), false, null));
            }
        }
        int classesBefore = _find(Section.class, spec -> spec.withClasses("check-in-class")).size();

        assertThat(statementsToOpenCheckIn()).isEqualTo(sent);
        assertThat(_find(Section.class, spec -> spec.withClasses("check-in-class"))).hasSize(classesBefore + 3);
        assertThat(count()).isEqualTo("0 of 2 arrived");
    }

    /** Check-in as the desk of this test's pool sees it (a chain's check-in opens on one pool). */
    private void openCheckIn() {
        navigate("check-in");
        ComboBoxKt.selectByLabel(poolChoice(), session.poolName());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Pool> poolChoice() {
        return _get(ComboBox.class, spec -> spec.withLabel("Pool"));
    }

    /** The pools of the classes shown, one per class. */
    private static List<String> classesShown() {
        return _find(Section.class, spec -> spec.withClasses("check-in-class")).stream()
                .map(section -> _find(section, Paragraph.class).get(0).getText().split(",")[0]).toList();
    }

    private int statementsToOpenCheckIn() {
        navigate("accessibility");
        return SqlSent.during(() -> navigate("check-in")).size();
    }

    private Section myClass() {
        List<Section> mine = _find(Section.class, spec -> spec.withClasses("check-in-class")).stream()
                .filter(section -> section.getElement().getTextRecursively().contains(session.poolName()))
                .toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }

    private String count() {
        return _get(myClass(), Div.class, spec -> spec.withClasses("arrived-count")).getText();
    }

    private ListItem rowOf(String name) {
        return _find(myClass(), ListItem.class, spec -> spec.withClasses("check-in-row")).stream()
                .filter(row -> row.getElement().getTextRecursively().contains(name)
                        || row.getChildren().anyMatch(c -> c instanceof Button b && b.getText().contains(name)))
                .findFirst().orElseThrow();
    }

    private String statusOf(String name) {
        return _get(rowOf(name), Span.class, spec -> spec.withClasses("check-in-status")).getText();
    }

    private Attendance attendanceOf(long participantId) {
        return attendance.sheet(session.id()).stream().filter(row -> row.participantId() == participantId)
                .findFirst().orElseThrow().attendance();
    }
}
