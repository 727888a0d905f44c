package org.warmpool.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.warmpool.booking.BookingService;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ExerciseBias;
import org.warmpool.pool.Pool;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SeriesDraft;
import org.warmpool.schedule.SessionStatus;
import org.warmpool.schedule.StaffingService;

/**
 * Two extra Level 1 classes in the therapy pool, each at a time when no other class is on in any
 * pool (so no participant or instructor is booked twice):
 * <ul>
 * <li>one starting 15-20 minutes after the demo starts (or at the first free time from 07:00 the
 * next morning), taught by Ana, with Pat and two walk-ins booked: check-in is open at once, and a
 * cancellation is a late one;</li>
 * <li>one tomorrow afternoon with four places, all taken (Pat and three walk-ins), and two walk-ins
 * on its waitlist.</li>
 * </ul>
 */
final class DemoWeek {

    static final LocalTime DAY_STARTS = LocalTime.of(7, 0);
    static final LocalTime LAST_START = LocalTime.of(20, 15);
    static final int FULL_CLASS_PLACES = 4;

    private final ScheduleService schedule;
    private final StaffingService staffing;
    private final BookingService bookings;
    private final Clock clock;
    private final ZoneId zone;

    DemoWeek(ScheduleService schedule, StaffingService staffing, BookingService bookings, Clock clock, ZoneId zone) {
        this.schedule = schedule;
        this.staffing = staffing;
        this.bookings = bookings;
        this.clock = clock;
        this.zone = zone;
    }

    void load(Pool therapy, ClassLevel mobility, long anaId, long pat, List<Long> walkIns) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        LocalDateTime soon = now.plusMinutes(15).truncatedTo(ChronoUnit.MINUTES);
        soon = soon.plusMinutes((5 - soon.getMinute() % 5) % 5);
        ScheduledSession next = create(therapy, mobility, free(soon, mobility.getMinutes()), null);
        staffing.assign(next.id(), anaId);
        for (long participant : List.of(pat, walkIns.get(0), walkIns.get(1))) {
            bookings.bookFor(participant, next.id(), false, null);
        }

        LocalDateTime tomorrowAfternoon = now.toLocalDate().plusDays(1).atTime(13, 0);
        ScheduledSession full = create(therapy, mobility, free(tomorrowAfternoon, mobility.getMinutes()),
                FULL_CLASS_PLACES);
        staffing.substitutes(full.id()).stream().findFirst()
                .ifPresent(best -> staffing.assign(full.id(), best.instructorId()));
        for (long participant : List.of(pat, walkIns.get(2), walkIns.get(3), walkIns.get(4))) {
            bookings.bookFor(participant, full.id(), false, null);
        }
        for (long participant : List.of(walkIns.get(0), walkIns.get(1))) {
            bookings.bookFor(participant, full.id(), true, null);
        }
    }

    /** The first start from {@code from} on, in steps of 5 minutes, when no class is on in any pool. */
    LocalDateTime free(LocalDateTime from, int minutes) {
        LocalDateTime start = from;
        while (true) {
            if (start.toLocalTime().isBefore(DAY_STARTS)) {
                start = start.toLocalDate().atTime(DAY_STARTS);
            } else if (start.toLocalTime().isAfter(LAST_START)) {
                start = start.toLocalDate().plusDays(1).atTime(DAY_STARTS);
            }
            LocalDateTime candidate = start;
            LocalDateTime end = candidate.plusMinutes(minutes);
            boolean clash = schedule.week(candidate.toLocalDate(), null).stream()
                    .filter(s -> s.status() != SessionStatus.CANCELLED && s.date().equals(candidate.toLocalDate()))
                    .anyMatch(s -> s.date().atTime(s.start()).isBefore(end)
                            && s.date().atTime(s.start()).plusMinutes(s.durationMinutes()).isAfter(candidate));
            if (!clash) {
                return candidate;
            }
            start = start.plusMinutes(5);
        }
    }

    ScheduledSession create(Pool pool, ClassLevel level, LocalDateTime start, Integer capacity) {
        SeriesDraft draft = new SeriesDraft();
        draft.setLevel(level);
        draft.setBias(ExerciseBias.FLEXION);
        draft.setPool(pool);
        draft.setWeekdays(EnumSet.of(start.getDayOfWeek()));
        draft.setStartTime(start.toLocalTime());
        draft.setFirstDate(start.toLocalDate());
        draft.setLastDate(start.toLocalDate());
        draft.setCapacity(capacity);
        schedule.createSeries(draft);
        LocalDate day = start.toLocalDate();
        return schedule.week(day, pool.getId()).stream()
                .filter(s -> s.date().equals(day) && s.start().equals(start.toLocalTime())).findFirst().orElseThrow();
    }
}
