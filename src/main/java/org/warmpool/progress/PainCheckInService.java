package org.warmpool.progress;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.booking.Attendance;
import org.warmpool.booking.AttendanceRow;
import org.warmpool.booking.AttendanceService;
import org.warmpool.booking.FirstClasses;
import org.warmpool.participant.AuditAction;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.LevelSetAside;
import org.warmpool.participant.ParticipantDirectory;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.RosterService;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/**
 * Pain before and after a class (0-10), entered for each participant by the class's instructor or
 * the front desk, saved value by value. Entering pain for someone whose attendance is not marked
 * yet marks them as attended (they are in the pool); someone marked as not come is refused.
 * Every change of a value asks the progression advisor again.
 */
@Service
@Transactional
public class PainCheckInService {

    private final AttendanceService attendance;
    private final RosterService rosters;
    private final ParticipantRecordService records;
    private final PainCheckInRepository checkIns;
    private final ProgressionSuggestionRepository suggestions;
    private final Suggestions advisor;
    private final ProgrammeSettingsService programme;
    private final CurrentUser currentUser;
    private final ParticipantDirectory participants;
    private final Clock clock;
    private final FirstClasses firstClasses;

    PainCheckInService(AttendanceService attendance, RosterService rosters, ParticipantRecordService records,
            PainCheckInRepository checkIns, ProgressionSuggestionRepository suggestions, Suggestions advisor,
            ProgrammeSettingsService programme, CurrentUser currentUser, ParticipantDirectory participants,
            Clock clock, FirstClasses firstClasses) {
        this.firstClasses = firstClasses;
        this.participants = participants;
        this.attendance = attendance;
        this.rosters = rosters;
        this.records = records;
        this.checkIns = checkIns;
        this.suggestions = suggestions;
        this.advisor = advisor;
        this.programme = programme;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The class and everyone with a place, by name, with the pain recorded so far: for the class's
     * instructor and the front desk (each participant's pain read is written to the audit log).
     */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public PainSheet sheet(long sessionId) {
        ScheduledSession session = rosters.roster(sessionId).session();
        List<AttendanceRow> places = attendance.sheet(sessionId);
        var byBooking = checkIns.findByBookingIdIn(places.stream().map(AttendanceRow::bookingId).toList()).stream()
                .collect(Collectors.toMap(PainCheckIn::getBookingId, c -> c));
        Set<Long> waiting = places.isEmpty() ? Set.of()
                : suggestions.findByParticipantIdInAndStatus(places.stream().map(AttendanceRow::participantId)
                        .toList(), SuggestionStatus.OPEN).stream().map(ProgressionSuggestion::getParticipantId)
                        .collect(Collectors.toSet());
        int rise = programme.current().getFlareRise();
        records.openHealthDataOfClass(places.stream().map(AttendanceRow::participantId).toList(),
                AuditAction.VIEWED_PAIN_CHECK_IN, "Pain check-in of the class on " + session.date() + " " + session.start());
        return new PainSheet(session, rise, places.stream().map(place -> {
            PainCheckIn pain = byBooking.get(place.bookingId());
            return row(place, place.attendance(), pain == null ? null : pain.getPainBefore(),
                    pain == null ? null : pain.getPainAfter(), rise, waiting.contains(place.participantId()));
        }).toList());
    }

    /**
     * Saves the pain before and after the class for one participant (either may be empty; both
     * empty removes the entry) and returns the row as it is now.
     */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.FRONT_DESK, Roles.ADMIN})
    public PainRow record(long sessionId, long bookingId, Integer before, Integer after) {
        checkScale(before, "before");
        checkScale(after, "after");
        AttendanceRow place = attendance.sheet(sessionId).stream().filter(r -> r.bookingId() == bookingId)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("This person no longer has a place in this class."));
        if (place.attendance() == Attendance.NO_SHOW) {
            throw new RuleViolationException(place.participantName() + " is marked as not come. If they did come, "
                    + "mark them as attended at check-in first, then enter their pain.");
        }
        Attendance now = place.attendance();
        var existing = checkIns.findByBookingId(bookingId);
        boolean unchanged = existing.map(c -> Objects.equals(c.getPainBefore(), before)
                && Objects.equals(c.getPainAfter(), after)).orElse(before == null && after == null);
        Integer earlierBefore = existing.map(PainCheckIn::getPainBefore).orElse(null);
        Integer earlierAfter = existing.map(PainCheckIn::getPainAfter).orElse(null);
        if (unchanged) {
            return row(place, now, before, after, programme.current().getFlareRise(), hasOpenSuggestion(place));
        }
        if (before == null && after == null) {
            existing.ifPresent(checkIns::delete);
        } else {
            if (now == null) {
                attendance.mark(bookingId, Attendance.ATTENDED);
                now = Attendance.ATTENDED;
            }
            PainCheckIn checkIn = existing.orElseGet(() -> new PainCheckIn(bookingId));
            checkIn.record(before, after, clock.instant(),
                    currentUser.actor());
            checkIns.save(checkIn);
        }
        checkIns.flush();
        // Pain before the 1st and 6th class counts in the outcomes report.
        firstClasses.refresh(place.participantId());
        int highPain = programme.current().getHighPainFrom();
        // Only a number entered now counts: correcting another number of the same class later does
        // not set a level that staff accepted since aside again.
        Integer highest = java.util.stream.Stream.of(Objects.equals(before, earlierBefore) ? null : before,
                Objects.equals(after, earlierAfter) ? null : after).filter(Objects::nonNull)
                .max(Integer::compare).orElse(null);
        LevelSetAside.because(highest, Set.of(), highPain, "at a class")
                .ifPresent(reason -> participants.setLevelAside(place.participantId(), reason, clock.instant()));
        advisor.reconsider(place.participantId());
        return row(place, now, before, after, programme.current().getFlareRise(), hasOpenSuggestion(place));
    }

    private boolean hasOpenSuggestion(AttendanceRow place) {
        return suggestions.findFirstByParticipantIdAndStatusOrderByCreatedAtDesc(place.participantId(),
                SuggestionStatus.OPEN).isPresent();
    }

    private static PainRow row(AttendanceRow place, Attendance attendance, Integer before, Integer after, int rise,
            boolean waiting) {
        boolean flare = before != null && after != null && after - before >= rise;
        return new PainRow(place.bookingId(), place.participantId(), place.participantName(), attendance, before,
                after, flare, waiting);
    }

    private static void checkScale(Integer value, String when) {
        if (value != null && (value < 0 || value > 10)) {
            throw new RuleViolationException("Pain " + when + " is a number from 0 (none) to 10 (worst).");
        }
    }
}
