package org.warmpool.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.booking.BookingListService;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.OpenCredit;
import org.warmpool.booking.OpenCredits;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Role;

/**
 * The front desk's list of open make-up credits. Six participants get a credit from a cancelled
 * class, on a day of their own (+22000..25000 days); seen 50 days after the first cancellations:
 * Ann used hers, Eve's expired, Bob's has 10 days left and Fay's 14 (both expiring soon), Gus's
 * 15 and Cat's 40 (not soon). Other test classes' credits may be open too, so the counts are of
 * these six.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MakeUpCreditsTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private BookingService bookings;
    @Autowired
    private BookingListService lists;
    @Autowired
    private ScheduleService schedule;
    @Autowired
    private OpenCredits credits;
    @Autowired
    private TestClock clock;

    private LocalDate day;
    private Registered ann;
    private Registered bob;
    private Registered cat;
    private Registered eve;
    private Registered fay;
    private Registered gus;
    private Set<Long> mine;

    /** Made once for the class's tests (the tests only read), then each test looks on day + 50. */
    @BeforeAll
    void sixCreditsFromCancelledClasses() {
        day = LocalDate.now(clock).plusDays(22_100 + ThreadLocalRandom.current().nextInt(2_800));
        ann = data.cleared("Ann Credit");
        bob = data.cleared("Bob Credit");
        cat = data.cleared("Cat Credit");
        eve = data.cleared("Eve Credit");
        fay = data.cleared("Fay Credit");
        gus = data.cleared("Gus Credit");
        mine = Set.of(ann.participantId(), bob.participantId(), cat.participantId(), eve.participantId(),
                fay.participantId(), gus.participantId());
        cancelledOn(-70, -68, eve);       // valid until day - 10: expired
        cancelledOn(0, 2, ann, bob);      // valid until day + 60
        cancelledOn(4, 6, fay);           // day + 64
        cancelledOn(5, 7, gus);           // day + 65
        cancelledOn(30, 32, cat);         // day + 90
        at(50);
        ScheduledSession makeUp = data.session(2, 6, day.plusDays(55), "10:00");
        long annCredit = asStaff(() -> lists.bookingsOf(ann.participantId())).credits().get(0).creditId();
        as(ann, () -> bookings.bookForMeWithCredit(makeUp.id(), annCredit));
        clock.reset();
    }

    @BeforeEach
    void fiftyDaysAfterTheFirstCancellations() {
        at(50);
    }

    /** On {@code day + cancelledOn} the clinic cancels a class of {@code day + classOn} they had a place in. */
    private void cancelledOn(int cancelledOn, int classOn, Registered... booked) {
        at(cancelledOn);
        ScheduledSession session = data.session(2, 6, day.plusDays(classOn), "10:00");
        for (Registered participant : booked) {
            asStaff(() -> bookings.bookFor(participant.participantId(), session.id(), false, null));
        }
        asStaff(() -> {
            schedule.cancelSession(session.id(), "Pool closed for repairs");
            return null;
        });
    }

    private void at(int daysAfter) {
        clock.moveTo(day.plusDays(daysAfter).atTime(8, 0).atZone(clock.getZone()).toInstant());
    }

    @Test
    void theOpenCreditsAreListedSoonestFirstWithTheFourteenDayOnesMarked() {
        login("desk@warmpool.example", Role.FRONT_DESK);

        List<OpenCredit> all = credits.list();
        List<OpenCredit> ours = all.stream().filter(credit -> mine.contains(credit.participantId())).toList();

        assertThat(all).isSortedAccordingTo(Comparator.comparing(OpenCredit::validUntil));
        assertThat(ours).extracting(OpenCredit::participantName)
                .containsExactly(bob.name(), fay.name(), gus.name(), cat.name());
        assertThat(ours).extracting(OpenCredit::daysLeft).containsExactly(10L, 14L, 15L, 40L);
        assertThat(ours).extracting(OpenCredit::expiringSoon).containsExactly(true, true, false, false);
        assertThat(ours.get(0).validUntil()).isEqualTo(day.plusDays(60));
        assertThat(ours.stream().filter(OpenCredit::expiringSoon).count()).isEqualTo(2);
    }

    @Test
    void theCsvHasAHeaderAndOneLineACredit() {
        login("admin@warmpool.example", Role.ADMIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        credits.exportCsv(out);

        List<String> lines = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("\uFEFFParticipant,Credit for the class,Class date,Valid until,Days left,"
                + "Expires within 14 days");
        assertThat(lines).filteredOn(line -> mineByName(line)).containsExactly(
                bob.name() + ",Level 2 Stretch & Strengthen," + day.plusDays(2) + "," + day.plusDays(60) + ",10,yes",
                fay.name() + ",Level 2 Stretch & Strengthen," + day.plusDays(6) + "," + day.plusDays(64) + ",14,yes",
                gus.name() + ",Level 2 Stretch & Strengthen," + day.plusDays(7) + "," + day.plusDays(65) + ",15,no",
                cat.name() + ",Level 2 Stretch & Strengthen," + day.plusDays(32) + "," + day.plusDays(90) + ",40,no");
    }

    @Test
    void thePageNamesWhoseCreditExpiresSoonInWordsAndNarrowsToOneParticipant() {
        login("desk@warmpool.example", Role.FRONT_DESK);

        navigate("make-up-credits");

        String soon = _get(UnorderedList.class, spec -> spec.withId("expiring-soon")).getElement()
                .getTextRecursively();
        assertThat(soon).contains(bob.name() + ": " + MakeUpCreditsView.lastDay(credit(bob)), fay.name())
                .doesNotContain(gus.name(), cat.name(), ann.name(), eve.name());
        assertThat(MakeUpCreditsView.lastDay(credit(bob))).endsWith("(10 days left)");
        @SuppressWarnings("unchecked")
        Grid<OpenCredit> grid = _get(Grid.class, spec -> spec.withId("open-credits"));
        List<String> marked = java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row)).filter(OpenCredit::expiringSoon)
                .map(OpenCredit::participantName).filter(this::mineByName).toList();
        assertThat(marked).containsExactly(bob.name(), fay.name());

        UI.getCurrent().navigate("make-up-credits", QueryParameters.of(MakeUpCreditsView.PARTICIPANT_PARAMETER, String.valueOf(fay.participantId())));

        assertThat(_get(Paragraph.class, spec -> spec.withId("credit-totals")).getText())
                .isEqualTo("1 open make-up credit for " + fay.name() + ", 1 expiring within 14 days.");
        UI.getCurrent().navigate("make-up-credits", QueryParameters.of(MakeUpCreditsView.PARTICIPANT_PARAMETER, String.valueOf(ann.participantId())));
        assertThat(_get(Paragraph.class, spec -> spec.withId("credit-totals")).getText())
                .isEqualTo("0 open make-up credits for this participant, 0 expiring within 14 days.");
    }

    /** A line or name of this class's fixture (other test classes' credits may be open too). */
    private boolean mineByName(String text) {
        return java.util.stream.Stream.of(ann, bob, cat, eve, fay, gus).anyMatch(p -> text.startsWith(p.name()));
    }

    private OpenCredit credit(Registered participant) {
        return credits.list().stream().filter(c -> c.participantId() == participant.participantId())
                .findFirst().orElseThrow();
    }
}
