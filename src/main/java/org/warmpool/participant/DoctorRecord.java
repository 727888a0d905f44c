package org.warmpool.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What staff recorded from a doctor about an intake: the day, the doctor's name, an optional note,
 * and who recorded it when. The same shape serves the medical clearance and the doctor's visit
 * after a red flag; the intake maps each to its own columns ({@code cleared_*},
 * {@code doctor_seen_*}).
 */
@Embeddable
public record DoctorRecord(
        @Column(name = "on_day") LocalDate day,
        @Column(name = "doctor", length = 120) String doctor,
        @Column(name = "note", length = 500) String note,
        @Column(name = "recorded_by", length = 254) String recordedBy,
        @Column(name = "recorded_at") Instant recordedAt) {
}
