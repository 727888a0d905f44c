package org.warmpool.durability;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.warmpool.Application;
import org.warmpool.booking.BookingNotice;
import org.warmpool.booking.BookingResult;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.CancellationService;
import org.warmpool.booking.NoticeRecorder;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduledSession;

/**
 * The application in its own JVM, booking, cancelling and promoting through the real services until
 * it is killed. It prints one line the moment a service call has returned (and so committed):
 * <pre>
 * BOOKED bookingId sessionId CONFIRMED
 * BOOKED bookingId sessionId WAITLISTED position
 * CANCELLED bookingId
 * PROMOTED bookingId
 * </pre>
 * Before it books anything it prints what the database holds (so a workload started on the files a
 * killed one left behind shows what survived), one line a booking and one a class, then {@code DUMPED}:
 * <pre>
 * ROW bookingId sessionId status waitlistPosition-or-0
 * SEATS sessionId seatsTaken capacity
 * </pre>
 * {@link CrashScenario} reads the lines, kills this JVM and checks that the database has all of them.
 * Arguments: the JDBC URL, user, password and a seed for the order of the bookings. It runs with the {@code test} profile (cheap password
 * hashing, no background jobs) on the given database; Vaadin needs a servlet context, so the web
 * server starts too, on a free port.
 */
public final class BookingWorkload {

    static final int PLACES = 3;
    static final int PEOPLE = 6;
    static final String BOOKINGS = "select id, session_id, status, coalesce(waitlist_position, 0) from booking order by id";
    static final String SEATS = "select id, seats_taken, capacity from class_session order by id";

    private BookingWorkload() {
    }

    public static void main(String[] args) {
        stopWhenTheTestIsGone();
        PrintStream out = System.out;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--spring.datasource.url=" + args[0], "--spring.datasource.username=" + args[1],
                        "--spring.datasource.password=" + args[2], "--logging.level.root=warn",
                        "--spring.main.banner-mode=off", "--server.port=0");
        dump(out, context.getBean(JdbcTemplate.class));
        Random random = new Random(Long.parseLong(args[3]));
        BookingTestData data = context.getBean(BookingTestData.class);
        BookingService bookings = context.getBean(BookingService.class);
        CancellationService cancellations = context.getBean(CancellationService.class);
        NoticeRecorder notices = context.getBean(NoticeRecorder.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));

        List<Registered> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(data.cleared("Crash " + i));
        }
        for (int round = 0; ; round++) {
            // One class an hour from 07:00 to 19:00, from the day after tomorrow on: nobody's classes overlap.
            LocalDate day = today.plusDays(2 + round / 13);
            String start = String.format("%02d:00", 7 + round % 13);
            ScheduledSession session = data.session(2, PLACES, day, start);
            List<Registered> order = new ArrayList<>(people);
            Collections.shuffle(order, random);
            List<Long> confirmed = new ArrayList<>();
            List<Long> waiting = new ArrayList<>();
            Map<Long, Registered> owners = new HashMap<>();
            for (Registered who : order) {
                BookingResult result = BookingTestData.as(who, () -> bookings.bookForMe(session.id(), true));
                owners.put(result.bookingId(), who);
                if (result.confirmed()) {
                    confirmed.add(result.bookingId());
                    out.println("BOOKED " + result.bookingId() + " " + session.id() + " CONFIRMED");
                } else {
                    waiting.add(result.bookingId());
                    out.println("BOOKED " + result.bookingId() + " " + session.id() + " WAITLISTED "
                            + result.waitlistPosition());
                }
                out.flush();
            }
            // Someone with a place cancels: the first in line moves up in the same transaction.
            long leaving = confirmed.get(random.nextInt(confirmed.size()));
            cancel(out, cancellations, notices, owners.get(leaving), leaving, session.id());
            // Someone further down the line leaves it.
            long giving = waiting.get(1 + random.nextInt(waiting.size() - 1));
            cancel(out, cancellations, notices, owners.get(giving), giving, session.id());
        }
    }

    /** The test never writes to this JVM's input: its end means the test's JVM has gone, so stop too. */
    private static void stopWhenTheTestIsGone() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // nothing is sent
                }
            } catch (java.io.IOException gone) {
                // the same
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void dump(PrintStream out, JdbcTemplate jdbc) {
        jdbc.query(BOOKINGS,
                (RowCallbackHandler) rs -> out.println("ROW " + rs.getLong(1) + " " + rs.getLong(2) + " "
                        + rs.getString(3) + " " + rs.getLong(4)));
        jdbc.query(SEATS,
                (RowCallbackHandler) rs -> out.println("SEATS " + rs.getLong(1) + " " + rs.getInt(2) + " "
                        + rs.getInt(3)));
        out.println("DUMPED");
        out.flush();
    }

    private static void cancel(PrintStream out, CancellationService cancellations, NoticeRecorder notices,
            Registered owner, long bookingId, long sessionId) {
        int promotedBefore = notices.forSession(sessionId, BookingNotice.Kind.PROMOTED).size();
        BookingTestData.as(owner, () -> cancellations.cancel(bookingId));
        out.println("CANCELLED " + bookingId);
        List<BookingNotice> promoted = notices.forSession(sessionId, BookingNotice.Kind.PROMOTED);
        for (BookingNotice notice : promoted.subList(promotedBefore, promoted.size())) {
            out.println("PROMOTED " + notice.bookingId());
        }
        out.flush();
    }
}
