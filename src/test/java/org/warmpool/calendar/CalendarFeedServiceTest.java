package org.warmpool.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestClock;
import org.warmpool.account.CalendarAddresses;
import org.warmpool.base.ClinicSettings;
import org.warmpool.booking.BookingResult;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingStatus;
import org.warmpool.booking.BookingTestData;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SessionChange;
import org.warmpool.schedule.SessionChangeService;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;
import org.warmpool.security.SecretTokens;
import org.warmpool.security.SystemTasks;

/**
 * Calendar feeds end to end: addresses made, renewed and stopped in My account, the feed over HTTP
 * as a calendar program fetches it (no login), read back with ical4j. The web context is the one
 * SecurityHeadersTest starts, so no extra application start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarFeedServiceTest {

    @LocalServerPort
    int port;

    @Autowired
    CalendarAddresses addresses;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    BookingService bookings;
    @Autowired
    BookingTestData data;
    @Autowired
    InstructorTestData instructors;
    @Autowired
    StaffingService staffing;
    @Autowired
    ScheduleService schedule;
    @Autowired
    SessionChangeService sessionChanges;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ClinicSettings clinic;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String tokenOf(String address) {
        return address.substring(address.indexOf(CalendarAddresses.PATH) + CalendarAddresses.PATH.length(),
                address.length() - CalendarAddresses.SUFFIX.length());
    }

    private HttpResponse<String> fetch(String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<VEvent> events(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }

    private static <T> T asInstructor(Instructor instructor, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var authorities = List.of(new SimpleGrantedAuthority(Role.INSTRUCTOR.authority()));
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new AppUserPrincipal(instructor.getUser().getId(), instructor.getEmail(), instructor.getName(), "n/a",
                        true, authorities), null, authorities));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private String feedOf(String address) {
        return feeds.feed(tokenOf(address)).orElseThrow();
    }

    @Test
    void aParticipantsFeedHasTheirPlaceAndTheirWaitlistPlaceAndNobodyElsesClassesNorAnythingAboutHealth()
            throws Exception {
        ScheduledSession full = data.levelTwo(1, 3, "08:00");
        ScheduledSession other = data.levelTwo(5, 4, "11:00");
        Registered ann = data.cleared("Ann Feed");
        Registered bob = data.cleared("Bob Feed");
        BookingResult annPlace = as(ann, () -> bookings.bookForMe(full.id(), true));
        as(bob, () -> bookings.bookForMe(full.id(), true));
        as(bob, () -> bookings.bookForMe(other.id(), true));

        String annAddress = as(ann, () -> addresses.makeNew(base()));
        HttpResponse<String> answer = fetch(annAddress);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        List<VEvent> annEvents = events(answer.body());
        assertThat(annEvents).hasSize(1);
        assertThat(value(annEvents.get(0), Property.UID)).startsWith("session-" + full.id() + "-booking-");
        assertThat(value(annEvents.get(0), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(annEvents.get(0), Property.SUMMARY)).isEqualTo(full.levelTitle());
        assertThat(value(annEvents.get(0), Property.LOCATION)).contains(full.poolName(), clinic.name());
        assertThat(annPlace.status()).isEqualTo(BookingStatus.CONFIRMED);

        List<VEvent> bobEvents = events(feedOf(as(bob, () -> addresses.makeNew(base()))));
        assertThat(bobEvents).extracting(e -> value(e, Property.STATUS)).containsExactly("TENTATIVE", "CONFIRMED");
        assertThat(value(bobEvents.get(0), Property.SUMMARY)).startsWith("Waitlist");
        assertThat(value(bobEvents.get(0), Property.DESCRIPTION)).contains("number 1 on the waitlist");
        assertThat(bobEvents).extracting(e -> value(e, Property.UID)).noneMatch(uid -> uid.equals(
                value(annEvents.get(0), Property.UID)));

        assertThat(answer.body()).doesNotContainIgnoringCase("pain").doesNotContain(ann.name(), ann.email(),
                bob.name());
    }

    @Test
    void anInstructorsFeedHasTheClassesTheyTeachCancelledOnesMarkedAndAnotherInstructorsNot() throws Exception {
        Instructor teacher = asStaff(() -> instructors.qualified("Feed Teacher"));
        Instructor other = asStaff(() -> instructors.qualified("Other Feed Teacher"));
        ScheduledSession taught = data.levelTwo(4, 3, "09:00");
        ScheduledSession called = data.levelTwo(4, 5, "09:00");
        ScheduledSession notMine = data.levelTwo(4, 3, "14:00");
        SystemTasks.runAsStaff(() -> {
            staffing.assign(taught.id(), teacher.getId());
            staffing.assign(called.id(), teacher.getId());
            staffing.assign(notMine.id(), other.getId());
            schedule.cancelSession(called.id(), "The pool is closed for repairs.");
        });

        List<VEvent> events = events(feedOf(asInstructor(teacher, () -> addresses.makeNew(base()))));

        assertThat(events).extracting(e -> value(e, Property.UID)).containsExactly(
                "session-" + taught.id() + "-teaching@warmpool", "session-" + called.id() + "-teaching@warmpool");
        assertThat(value(events.get(0), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(events.get(1), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(events.get(1), Property.DESCRIPTION)).contains("The pool is closed for repairs.");
        // "Add to calendar" of one class: only for a class they teach.
        assertThat(asInstructor(teacher, () -> feeds.myClass(taught.id()))).isPresent();
        assertThat(asInstructor(teacher, () -> feeds.myClass(notMine.id()))).isEmpty();
    }

    @Test
    void aMovedClassKeepsItsUidAndComesWithAHigherSequenceAndTheNewTime() throws Exception {
        ScheduledSession session = data.levelTwo(4, 3, "10:00");
        Registered cal = data.cleared("Cal Feed");
        as(cal, () -> bookings.bookForMe(session.id(), true));
        String address = as(cal, () -> addresses.makeNew(base()));
        VEvent before = events(feedOf(address)).get(0);

        SystemTasks.runAsStaff(() -> {
            SessionChange change = schedule.changeFor(session.id());
            change.setStartTime(LocalTime.of(11, 30));
            sessionChanges.editSession(session.id(), change);
        });
        VEvent after = events(feedOf(address)).get(0);

        assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
        assertThat(Integer.parseInt(value(after, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
        assertThat(((ZonedDateTime) after.getStartDate().orElseThrow().getDate()).toLocalTime()).hasToString("11:30");
    }

    @Test
    void classesAtTenTheWeekBeforeAndAfterTheClocksChangeBothShowAtTenClinicTime() throws Exception {
        assertThat(clinic.timeZone().getRules().isFixedOffset()).as("a clinic zone with daylight saving").isFalse();
        Instant change = clinic.timeZone().getRules().nextTransition(clock.instant()).getInstant();
        clock.moveTo(change.minus(Duration.ofDays(14)));
        LocalDate changeDay = change.atZone(clinic.timeZone()).toLocalDate();
        ScheduledSession before = data.session(2, 4, changeDay.minusDays(7), "10:00");
        ScheduledSession after = data.session(2, 4, changeDay.plusDays(7), "10:00");
        Registered dee = data.cleared("Dee Feed");
        as(dee, () -> bookings.bookForMe(before.id(), true));
        as(dee, () -> bookings.bookForMe(after.id(), true));

        String ics = feedOf(as(dee, () -> addresses.makeNew(base())));
        List<VEvent> events = events(ics);

        assertThat(events).hasSize(2);
        assertThat(ics).contains("DTSTART;TZID=" + clinic.timeZone().getId() + ":"
                + changeDay.minusDays(7).toString().replace("-", "") + "T100000", "DTSTART;TZID="
                + clinic.timeZone().getId() + ":" + changeDay.plusDays(7).toString().replace("-", "") + "T100000",
                "BEGIN:VTIMEZONE", "TZID:" + clinic.timeZone().getId());
        for (VEvent event : events) {
            ZonedDateTime start = (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
            assertThat(start.withZoneSameInstant(clinic.timeZone()).toLocalTime()).hasToString("10:00");
        }
        ZonedDateTime first = (ZonedDateTime) events.get(0).getStartDate().orElseThrow().getDate();
        ZonedDateTime second = (ZonedDateTime) events.get(1).getStartDate().orElseThrow().getDate();
        assertThat(first.getOffset()).as("the UTC offsets differ across the change").isNotEqualTo(second.getOffset());
    }

    @Test
    void aRenewedOrStoppedAddressAnswersNotFoundAndTheTokenIsNotStoredInClear() throws Exception {
        Registered eve = data.cleared("Eve Feed");
        ScheduledSession session = data.levelTwo(4, 3, "12:00");
        as(eve, () -> bookings.bookForMe(session.id(), true));
        String first = as(eve, () -> addresses.makeNew(base()));
        assertThat(tokenOf(first)).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
        assertThat(fetch(first).statusCode()).isEqualTo(200);

        String second = as(eve, () -> addresses.makeNew(base()));
        HttpResponse<String> old = fetch(first);
        assertThat(old.statusCode()).isEqualTo(404);
        assertThat(old.body()).isEmpty();
        assertThat(fetch(second).statusCode()).isEqualTo(200);
        assertThat(as(eve, () -> addresses.liveSince())).isPresent();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select * from calendar_address where user_id = ? order by id", eve.userId());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("token_hash")).isEqualTo(SecretTokens.hash(tokenOf(first)));
        assertThat(rows.get(0).get("revoked_at")).isNotNull();
        assertThat(rows.get(1).get("revoked_at")).isNull();
        assertThat(rows.toString()).doesNotContain(tokenOf(first), tokenOf(second));

        as(eve, () -> {
            addresses.stop();
            return null;
        });
        assertThat(fetch(second).statusCode()).isEqualTo(404);
        assertThat(as(eve, () -> addresses.liveSince())).isEmpty();
        assertThat(fetch(base() + "/calendar/" + SecretTokens.newToken() + ".ics").statusCode()).isEqualTo(404);
    }

    @Test
    void addToCalendarGivesAParticipantOnlyTheirOwnBooking() {
        ScheduledSession session = data.levelTwo(4, 3, "15:00");
        Registered fay = data.cleared("Fay Feed");
        Registered gus = data.cleared("Gus Feed");
        long fays = as(fay, () -> bookings.bookForMe(session.id(), true)).bookingId();

        assertThat(as(fay, () -> feeds.myBooking(fays))).hasValueSatisfying(ics -> assertThat(ics)
                .contains("session-" + session.id() + "-booking-" + fays + "@warmpool"));
        assertThat(as(gus, () -> feeds.myBooking(fays))).isEmpty();
    }
}
