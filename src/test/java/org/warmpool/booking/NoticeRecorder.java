package org.warmpool.booking;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Remembers the booking notices whose transaction committed, as a participant would receive them.
 * A queue, not a copy-on-write list: the booking benchmark runs with this listener and books tens of
 * thousands of places, and a copy-on-write list copied all the notices so far at each booking.
 */
@Component
public class NoticeRecorder {

    private final Queue<BookingNotice> committed = new ConcurrentLinkedQueue<>();

    @TransactionalEventListener
    void onNotice(BookingNotice notice) {
        committed.add(notice);
    }

    public List<BookingNotice> forSession(long sessionId, BookingNotice.Kind kind) {
        return committed.stream().filter(n -> n.sessionId() == sessionId && n.kind() == kind).toList();
    }
}
