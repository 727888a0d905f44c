package org.warmpool.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.warmpool.KaribuTest;
import org.warmpool.booking.BookingListService;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingStatus;
import org.warmpool.booking.BookingSummary;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.CancellationService;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorService;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.notification.Message;
import org.warmpool.notification.NotificationService;
import org.warmpool.participant.ClearanceService;
import org.warmpool.participant.Condition;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.participant.PainDuration;
import org.warmpool.progress.ProgressService;
import org.warmpool.progress.ProgressTestData;
import org.warmpool.recommendation.RecommendationService;
import org.warmpool.schedule.ScheduledSession;

/**
 * Ownership, which the role table cannot show: participant Ann, logged in, asks for or changes
 * Ben's booking, intake, progress and messages by their ids. Each is refused, and Ben's data is as
 * it was. (The authorization matrix covers the roles; these are the checks inside the methods.)
 */
class OwnDataOnlyTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private BookingService bookingService;
    @Autowired
    private BookingListService bookingLists;
    @Autowired
    private CancellationService cancellations;
    @Autowired
    private IntakeService intakes;
    @Autowired
    private ParticipantRecordService records;
    @Autowired
    private ClearanceService clearances;
    @Autowired
    private ProgressService progress;
    @Autowired
    private RecommendationService recommendations;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private InstructorTestData instructorData;
    @Autowired
    private InstructorService instructors;
    @Autowired
    private org.warmpool.privacy.PersonalDataService personalData;

    private Registered ann;
    private Registered ben;
    private long bensBooking;

    @BeforeEach
    void annAndBenBothScreenedClearBenBookedAClass() {
        ann = data.cleared("Ann");
        ben = data.cleared("Ben");
        ScheduledSession session = data.levelTwo(6, 7, "10:00");
        bensBooking = as(ben, () -> bookingService.bookForMe(session.id(), false)).bookingId();
    }

    @Test
    void annCannotCancelBensBookingNorListHisBookings() {
        assertThatThrownBy(() -> as(ann, () -> cancellations.cancel(bensBooking)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> bookingLists.bookingsOf(ben.participantId())))
                .isInstanceOf(AccessDeniedException.class);

        List<BookingSummary> bens = as(ben, () -> bookingLists.myBookings()).upcoming();
        assertThat(bens).singleElement().satisfies(booking -> {
            assertThat(booking.bookingId()).isEqualTo(bensBooking);
            assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        });
    }

    @Test
    void annCannotReadNorChangeBensIntake() {
        Integer bensPain = asStaff(() -> intakes.draft(ben.participantId())).getPainNow();

        assertThatThrownBy(() -> as(ann, () -> intakes.draft(ben.participantId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> {
            intakes.savePain(ben.participantId(), 9, PainDuration.TWO_TO_11_WEEKS, null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> {
            intakes.saveCause(ben.participantId(), Condition.OTHER_OR_UNKNOWN);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> intakes.submit(ben.participantId())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(asStaff(() -> intakes.draft(ben.participantId())).getPainNow()).isEqualTo(bensPain).isNotEqualTo(9);
        assertThat(asStaff(() -> intakes.draft(ben.participantId())).getCondition()).isNotEqualTo(Condition.OTHER_OR_UNKNOWN);
    }

    @Test
    void annCannotSeeBensHealthRecordProgressNorRecommendations() {
        assertThatThrownBy(() -> as(ann, () -> progress.of(ben.participantId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> records.record(ben.participantId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> records.openHealthData(ben.participantId(), org.warmpool.participant.AuditAction.VIEWED_HEALTH_RECORD, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> clearances.mayBook(ben.participantId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> recommendations.forParticipant(ben.participantId(), 14)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> recommendations.earliestSuitable(ben.participantId())))
                .isInstanceOf(AccessDeniedException.class);

        // Ann's own progress is hers, not Ben's.
        assertThat(as(ann, () -> progress.mine()).participantId()).isEqualTo(ann.participantId());
    }

    @Test
    void annCannotOpenBensMessageNorMarkItRead() {
        Message bens = as(ben, () -> notifications.myMessages()).get(0);
        assertThat(bens.unread()).isTrue();

        assertThatThrownBy(() -> as(ann, () -> notifications.open(bens.id())))
                .isInstanceOf(AccessDeniedException.class);
        as(ann, () -> notifications.markMineReadUpTo(bens.id()));

        assertThat(as(ann, () -> notifications.myMessages())).extracting(Message::id).doesNotContain(bens.id());
        assertThat(as(ben, () -> notifications.myMessages())).filteredOn(m -> m.id() == bens.id())
                .singleElement().extracting(Message::unread).isEqualTo(true);
    }

    @Test
    void anInstructorGetsOnlyTheirOwnProfileTheFrontDeskAnyone() {
        login("admin@warmpool.example", Role.ADMIN);
        Instructor mia = instructorData.available("Mia");
        Instructor noor = instructorData.available("Noor");
        logout();

        assertThat(ProgressTestData.asInstructor(mia, () -> instructors.forUser(mia.getEmail()))).get()
                .extracting(Instructor::getId).isEqualTo(mia.getId());
        assertThatThrownBy(() -> ProgressTestData.asInstructor(mia, () -> instructors.forUser(noor.getEmail())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> instructors.forUser(noor.getEmail())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asStaff(() -> instructors.forUser(noor.getEmail()))).isPresent();
    }

    @Test
    void annsDataDownloadHoldsHerOwnDataAndNothingOfBens() {
        String download = new String(org.warmpool.privacy.PersonalDataFiles.json(as(ann, personalData::mine)),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(download).contains(ann.email()).contains(ann.name());
        assertThat(download).doesNotContain(ben.email()).doesNotContain(ben.name()).doesNotContain(ben.phone())
                .doesNotContain("\"bookingId\":" + bensBooking + ",");
    }
}
