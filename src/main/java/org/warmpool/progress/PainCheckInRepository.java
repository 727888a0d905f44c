package org.warmpool.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PainCheckInRepository extends JpaRepository<PainCheckIn, Long> {

    Optional<PainCheckIn> findByBookingId(long bookingId);

    List<PainCheckIn> findByBookingIdIn(Collection<Long> bookingIds);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from PainCheckIn c where c.bookingId in :bookingIds")
    int deleteOfBookings(Collection<Long> bookingIds);
}
