package org.warmpool.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import org.warmpool.security.EmailAddress;

/**
 * What staff recorded from a doctor about an intake: the day, the doctor's name, an optional note,
 * and who recorded it when. The same shape serves the medical clearance and the doctor's visit
 * after a red flag; the intake maps each to its own columns ({@code cleared_*},
 * {@code doctor_seen_*}).
 */
@Embeddable
public record DoctorRecord(
        @Column(name = "on_day") LocalDate day,
        @Column(name = "doctor", length = Intake.DOCTOR_NAME_MAX_LENGTH) String doctor,
        @Column(name = "note", length = Intake.NOTE_MAX_LENGTH) String note,
        @Column(name = "recorded_by", length = EmailAddress.MAX_LENGTH) String recordedBy,
        @Column(name = "recorded_at") Instant recordedAt) {
}
