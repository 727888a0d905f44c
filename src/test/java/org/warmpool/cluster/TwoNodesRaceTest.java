package org.warmpool.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.warmpool.TestClock;
import org.warmpool.TwoNodes;
import org.warmpool.account.PasswordResetService;
import org.warmpool.base.RuleViolationException;
import org.warmpool.booking.BookingResult;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.CancellationService;
import org.warmpool.booking.WaitlistService;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.participant.RegistrationForm;
import org.warmpool.participant.RegistrationForms;
import org.warmpool.participant.RegistrationService;
import org.warmpool.pool.Pool;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.SystemTasks;

/**
 * Two app nodes on one PostgreSQL race for the one thing there is one of: the last place in a
 * class, an instructor's hour, an e-mail address, a waiting person's promotion, a reset link.
 * Each time exactly one side wins, the other gets the product's ordinary refusal, and the
 * database holds the one result. The nodes start once for all races (that is the slow part).
 */
class TwoNodesRaceTest {

    private static final int ROUNDS = 5;

    static TwoNodes nodes;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoNodes() {
        nodes = TwoNodes.shared();
        nodeA = nodes.nodeA();
        nodeB = nodes.nodeB();
        jdbc = nodeA.getBean(JdbcTemplate.class);
    }

    @AfterEach
    void clocksBackToNow() {
        if (nodes != null) {
            nodes.both().forEach(node -> node.getBean(TestClock.class).reset());
        }
        SecurityContextHolder.clearContext();
    }

    /** The refusal message, or null when the action went through; anything else fails the race. */
    private static String refusalOf(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuleViolationException refused) {
            return refused.getMessage();
        }
    }

    private static List<String> race(Runnable onA, Runnable onB) throws Exception {
        return TwoNodes.race(() -> refusalOf(onA), () -> refusalOf(onB));
    }

    private static <T> T asStaff(Supplier<T> action) {
        return SystemTasks.callAsStaff(action);
    }

    private static int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void theLastPlaceGoesToOneNodeAndTheOtherWaits() throws Exception {
        BookingTestData dataA = nodeA.getBean(BookingTestData.class);
        BookingTestData dataB = nodeB.getBean(BookingTestData.class);
        for (int round = 0; round < ROUNDS; round++) {
            ScheduledSession session = dataA.levelTwo(1, 5 + round, "09:00");
            Registered x = dataA.cleared("Racer X");
            Registered y = dataB.cleared("Racer Y");

            List<BookingResult> results = TwoNodes.race(
                    () -> as(x, () -> nodeA.getBean(BookingService.class).bookForMe(session.id(), true)),
                    () -> as(y, () -> nodeB.getBean(BookingService.class).bookForMe(session.id(), true)));

            assertThat(results).as("round %d", round).filteredOn(BookingResult::confirmed).hasSize(1);
            assertThat(results).as("round %d", round).filteredOn(r -> !r.confirmed())
                    .singleElement().satisfies(r -> assertThat(r.waitlistPosition()).isEqualTo(1));
            assertThat(count("select count(*) from booking where session_id = ? and status = 'CONFIRMED'",
                    session.id())).isEqualTo(1);
            assertThat(count("select count(*) from booking where session_id = ? and status = 'WAITLISTED'",
                    session.id())).isEqualTo(1);
            assertThat(count("select seats_taken from class_session where id = ?", session.id())).isEqualTo(1);
        }
    }

    @Test
    void oneInstructorGivenTwoOverlappingClassesAtOnceTeachesOne() throws Exception {
        ScheduleTestData schedule = nodeA.getBean(ScheduleTestData.class);
        ScheduleService sessions = nodeA.getBean(ScheduleService.class);
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate date = schedule.mondayInWeeks(10 + round);
            long instructorId = asStaff(() -> nodeA.getBean(InstructorTestData.class).qualified("Ana Two Nodes"))
                    .getId();
            long first = asStaff(() -> once(schedule, sessions, date, "10:00"));
            long second = asStaff(() -> once(schedule, sessions, date, "10:30"));

            List<String> refusals = race(
                    () -> SystemTasks.runAsStaff(() -> nodeA.getBean(StaffingService.class).assign(first,
                            instructorId)),
                    () -> SystemTasks.runAsStaff(() -> nodeB.getBean(StaffingService.class).assign(second,
                            instructorId)));

            assertThat(refusals).as("round %d", round).containsOnlyOnce((String) null);
            assertThat(refusals).filteredOn(r -> r != null).singleElement().asString().startsWith("Cannot assign");
            long staffed = asStaff(() -> List.of(sessions.get(first), sessions.get(second)).stream()
                    .filter(s -> s.instructorId() != null && s.instructorId() == instructorId).count());
            assertThat(staffed).as("round %d", round).isEqualTo(1);
        }
    }

    /** A class of its own pool (only the instructor is shared). */
    private static long once(ScheduleTestData schedule, ScheduleService sessions, LocalDate date, String start) {
        Pool pool = schedule.warmPool();
        sessions.createSeries(schedule.once(schedule.level(2), pool, date, start));
        return sessions.week(date, pool.getId()).get(0).id();
    }

    @Test
    void oneAddressRegisteredOnBothNodesAtOnceMakesOneAccount() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            // The service call: the loser is told the address has an account.
            String email = "twins-" + UUID.randomUUID() + "@example.org";
            RegistrationForm a = sameAddress(RegistrationForms.form("Twin Ann"), email);
            RegistrationForm b = sameAddress(RegistrationForms.form("Twin Bea"), email);
            List<String> refusals = race(() -> nodeA.getBean(RegistrationService.class).register(a),
                    () -> nodeB.getBean(RegistrationService.class).register(b));

            assertThat(refusals).as("round %d", round).containsExactlyInAnyOrder(null,
                    RegistrationService.DUPLICATE_EMAIL);
            assertOneAccount(email);

            // The register page's call: neither answer tells that the address was taken.
            String pageEmail = "page-twins-" + UUID.randomUUID() + "@example.org";
            RegistrationForm c = sameAddress(RegistrationForms.form("Twin Cas"), pageEmail);
            RegistrationForm d = sameAddress(RegistrationForms.form("Twin Dot"), pageEmail);
            List<String> pageRefusals = race(
                    () -> nodeA.getBean(RegistrationService.class).registerOrTellOwner(c, "203.0.113.1"),
                    () -> nodeB.getBean(RegistrationService.class).registerOrTellOwner(d, "203.0.113.2"));

            assertThat(pageRefusals).as("round %d", round).containsExactly(null, null);
            assertOneAccount(pageEmail);
        }
    }

    private static RegistrationForm sameAddress(RegistrationForm form, String email) {
        form.setEmail(email);
        return form;
    }

    private static void assertOneAccount(String email) {
        assertThat(count("select count(*) from app_user where email = ?", email)).isEqualTo(1);
        assertThat(count("select count(*) from participant p join app_user u on u.id = p.user_id where u.email = ?",
                email)).isEqualTo(1);
    }

    @Test
    void theFrontDeskOnBothNodesGivingTheFreePlaceToTheSamePersonPromotesThemOnce() throws Exception {
        BookingTestData data = nodeA.getBean(BookingTestData.class);
        for (int round = 0; round < ROUNDS; round++) {
            ScheduledSession session = data.levelTwo(1, 3 + round, "11:00");
            Registered holder = data.cleared("Holder");
            Registered waiter = data.cleared("Waiter");
            long held = as(holder, () -> nodeA.getBean(BookingService.class).bookForMe(session.id(), true))
                    .bookingId();
            BookingResult waiting = as(waiter, () -> nodeB.getBean(BookingService.class).bookForMe(session.id(),
                    true));
            assertThat(waiting.confirmed()).isFalse();

            // An hour before the class, past the cut-off: the freed place waits for the front desk.
            Instant anHourBefore = data.startOf(session).minus(Duration.ofHours(1));
            nodes.both().forEach(node -> node.getBean(TestClock.class).moveTo(anHourBefore));
            as(holder, () -> nodeA.getBean(CancellationService.class).cancel(held));
            assertThat(count("select seats_taken from class_session where id = ?", session.id())).isEqualTo(0);

            List<String> refusals = race(
                    () -> SystemTasks.runAsStaff(() -> nodeA.getBean(WaitlistService.class)
                            .promoteByHand(waiting.bookingId())),
                    () -> SystemTasks.runAsStaff(() -> nodeB.getBean(WaitlistService.class)
                            .promoteByHand(waiting.bookingId())));
            nodes.both().forEach(node -> node.getBean(TestClock.class).reset());

            assertThat(refusals).as("round %d", round).containsOnlyOnce((String) null);
            assertThat(refusals).filteredOn(r -> r != null).singleElement().asString()
                    .endsWith("is no longer waiting: they have a place.");
            assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class,
                    waiting.bookingId())).isEqualTo("CONFIRMED");
            assertThat(count("select seats_taken from class_session where id = ?", session.id())).isEqualTo(1);
            assertThat(count("select count(*) from notification where booking_id = ? and kind = 'PROMOTED'",
                    waiting.bookingId())).isEqualTo(1);
        }
    }

    @Test
    void oneResetLinkUsedOnBothNodesAtOnceSetsOnePassword() throws Exception {
        BookingTestData data = nodeA.getBean(BookingTestData.class);
        for (int round = 0; round < ROUNDS; round++) {
            Registered person = data.cleared("Resetter");
            String link = asStaff(() -> nodeA.getBean(PasswordResetService.class).createResetLink(person.userId()))
                    .link();
            String token = link.substring(link.lastIndexOf('/') + 1);
            String onA = "quiet lanes every morning";
            String onB = "bright towels every evening";

            List<String> refusals = race(() -> nodeA.getBean(PasswordResetService.class).reset(token, onA),
                    () -> nodeB.getBean(PasswordResetService.class).reset(token, onB));

            assertThat(refusals).as("round %d", round).containsOnlyOnce((String) null)
                    .contains(PasswordResetService.USED);
            String winner = refusals.get(0) == null ? onA : onB;
            String loser = winner.equals(onA) ? onB : onA;
            assertThat(logsIn(nodeB, person.email(), winner)).isTrue();
            assertThat(logsIn(nodeA, person.email(), loser)).isFalse();
            assertThat(count("select count(*) from password_reset where user_id = ? and used_at is not null",
                    person.userId())).isEqualTo(1);
        }
    }

    private static boolean logsIn(ConfigurableApplicationContext node, String email, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails("198.51.100.9", null));
        try {
            return node.getBean(AuthenticationConfiguration.class).getAuthenticationManager().authenticate(token)
                    .isAuthenticated();
        } catch (AuthenticationException refused) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
