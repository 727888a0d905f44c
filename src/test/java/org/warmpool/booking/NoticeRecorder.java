package org.warmpool.booking;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Remembers the booking notices whose transaction committed, as a participant would receive them. */
@Component
public class NoticeRecorder {

    private final List<BookingNotice> committed = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void onNotice(BookingNotice notice) {
        committed.add(notice);
    }

    public List<BookingNotice> forSession(long sessionId, BookingNotice.Kind kind) {
        return committed.stream().filter(n -> n.sessionId() == sessionId && n.kind() == kind).toList();
    }
}
