package org.warmpool.notification;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByParticipantIdOrderByCreatedAtDescIdDesc(long participantId);

    List<Notification> findByParticipantIdOrderByCreatedAtDescIdDesc(long participantId, Pageable page);

    @Query("select count(n) from Notification n where n.participantId = :participantId and n.readAt is null")
    int countUnread(long participantId);

    @Modifying
    @Query("""
            update Notification n set n.readAt = :now
            where n.participantId = :participantId and n.readAt is null and n.id <= :upToId""")
    int markReadUpTo(long participantId, long upToId, Instant now);

    boolean existsByReminderBookingId(long bookingId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Notification n where n.id = :id")
    Optional<Notification> lockById(long id);

    /** Failed attempts that are due, and messages whose first attempt never ran (the app stopped). */
    @Query("""
            select n.id from Notification n
            where (n.mailStatus = org.warmpool.notification.MailStatus.RETRY and n.nextAttemptAt <= :now)
               or (n.mailStatus = org.warmpool.notification.MailStatus.PENDING and n.createdAt <= :stalePending)
            order by n.id""")
    List<Long> findDue(Instant now, Instant stalePending, Pageable limit);

    @Modifying
    @Query("delete from Notification n where n.participantId = :participantId")
    int deleteOfParticipant(long participantId);
}
