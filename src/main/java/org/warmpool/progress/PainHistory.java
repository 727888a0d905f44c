package org.warmpool.progress;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.booking.AttendedClasses;

/** A participant's attended classes with their pain check-ins, oldest first. Callers check access. */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
class PainHistory {

    private final AttendedClasses attended;
    private final PainCheckInRepository checkIns;

    PainHistory(AttendedClasses attended, PainCheckInRepository checkIns) {
        this.attended = attended;
        this.checkIns = checkIns;
    }

    List<ClassPain> of(long participantId) {
        List<AttendedClasses.Attended> classes = attended.of(participantId);
        Map<Long, PainCheckIn> byBooking = classes.isEmpty() ? Map.of()
                : checkIns.findByBookingIdIn(classes.stream().map(AttendedClasses.Attended::bookingId).toList())
                        .stream().collect(Collectors.toMap(PainCheckIn::getBookingId, Function.identity()));
        return classes.stream().map(c -> {
            PainCheckIn pain = byBooking.get(c.bookingId());
            return new ClassPain(c.bookingId(), c.date(), c.start(), c.levelNumber(), c.levelTitle(),
                    pain == null ? null : pain.getPainBefore(), pain == null ? null : pain.getPainAfter());
        }).toList();
    }
}
