package org.warmpool.booking;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BookingLogRepository extends JpaRepository<BookingLogEntry, Long> {

    List<BookingLogEntry> findByBookingIdOrderByOccurredAt(long bookingId);
}
