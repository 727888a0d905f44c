package org.warmpool.progress;

import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicSettings;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.instructor.Instructor;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;
import org.warmpool.security.SystemTasks;

/** Past classes with participants booked, and pain entered the way the front desk enters it. */
@Component
public class ProgressTestData {

    private final BookingTestData data;
    private final BookingService bookings;
    private final StaffingService staffing;
    private final PainCheckInService painCheckIns;
    private final TestClock clock;
    private final ClinicSettings clinic;

    ProgressTestData(BookingTestData data, BookingService bookings, StaffingService staffing,
            PainCheckInService painCheckIns, TestClock clock, ClinicSettings clinic) {
        this.data = data;
        this.bookings = bookings;
        this.staffing = staffing;
        this.painCheckIns = painCheckIns;
        this.clock = clock;
        this.clinic = clinic;
    }

    /**
     * A class of this level at 10:00 {@code daysAgo} days ago (0: today), taught by {@code teacher}
     * (or no one), with these participants booked. Made by moving the clock back, then reset.
     */
    public ScheduledSession pastClass(int level, int daysAgo, Instructor teacher, Registered... booked) {
        LocalDate day = LocalDate.now(clock.withZone(clinic.timeZone())).minusDays(daysAgo);
        clock.moveTo(day.minusDays(1).atTime(LocalTime.NOON).atZone(clinic.timeZone()).toInstant());
        try {
            ScheduledSession session = data.session(level, 6, day, "10:00");
            if (teacher != null) {
                SystemTasks.runAsStaff(() -> staffing.assign(session.id(), teacher.getId()));
            }
            for (Registered participant : booked) {
                as(participant, () -> bookings.bookForMe(session.id(), false));
            }
            return session;
        } finally {
            clock.reset();
        }
    }

    /** One class a week at this level, the last one yesterday, each with the pain as "before-after" pairs. */
    public List<ScheduledSession> classesWithPain(Registered who, int level, int firstDaysAgo, String pairs) {
        String[] each = pairs.trim().split("\\s+");
        List<ScheduledSession> sessions = new java.util.ArrayList<>();
        for (int i = 0; i < each.length; i++) {
            ScheduledSession session = pastClass(level, firstDaysAgo - 7 * i, null, who);
            String[] values = each[i].split("-");
            record(session, who, Integer.valueOf(values[0]), Integer.valueOf(values[1]));
            sessions.add(session);
        }
        return sessions;
    }

    /** The front desk enters the participant's pain before and after the class. */
    public PainRow record(ScheduledSession session, Registered who, Integer before, Integer after) {
        return asStaff(() -> painCheckIns.record(session.id(), bookingOf(session, who), before, after));
    }

    public long bookingOf(ScheduledSession session, Registered who) {
        return asStaff(() -> painCheckIns.sheet(session.id()).rows().stream()
                .filter(r -> r.participantId() == who.participantId()).findFirst().orElseThrow().bookingId());
    }

    /** Runs as the instructor (their own login). */
    public static <T> T asInstructor(Instructor instructor, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            var authorities = List.of(new SimpleGrantedAuthority(Role.INSTRUCTOR.authority()));
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    new AppUserPrincipal(instructor.getUser().getId(), instructor.getEmail(), instructor.getName(),
                            "n/a", true, authorities), null, authorities));
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
