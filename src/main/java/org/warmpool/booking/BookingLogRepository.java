package org.warmpool.booking;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BookingLogRepository extends JpaRepository<BookingLogEntry, Long> {

    List<BookingLogEntry> findByBookingIdOrderByOccurredAt(long bookingId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("""
            update BookingLogEntry l set l.reason = null
            where l.bookingId in (select b.id from Booking b where b.participant.id = :participantId)""")
    int clearReasonsOfParticipant(long participantId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update BookingLogEntry l set l.actor = :neutral where l.actor in :emails")
    int replaceActor(java.util.Collection<String> emails, String neutral);
}
