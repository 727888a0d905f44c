package org.warmpool.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.warmpool.FreePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.TwoNodes;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduledSession;

/**
 * Two app nodes on one PostgreSQL, sending through one SMTP server (GreenMail), run the reminder
 * and e-mail retry jobs at the same moment from two threads, round after round: each e-mail
 * arrives once. Some rounds go through the job lock, as the scheduler does; the others call the
 * job bodies directly, as two runs would overlap when a lock expired, so that what keeps an
 * e-mail from going twice is shown to be the database (a reminder stored once per booking, a
 * message claimed under its row lock), not the lock alone.
 */
class MailOnceOnTwoNodesTest {

    private static final int PEOPLE = 6;

    static final ServerSetup SMTP_SERVER = ServerSetupTest.SMTP.port(FreePort.find());

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(SMTP_SERVER);

    static TwoNodes nodes;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoNodesWithEmail() {
        String[] mail = {"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_SERVER.getPort(),
                "--warmpool.mail.from=pool@riverside.example", "--warmpool.clinic.name=Riverside Warm Pool"};
        nodes = TwoNodes.start(mail);
        nodeA = nodes.nodeA();
        nodeB = nodes.nodeB();
        jdbc = nodeA.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void remindersRunOnBothNodesAtOnceReachEachParticipantOnce() throws Exception {
        LocalDate tomorrow = LocalDate.now(nodeA.getBean(Clock.class)).plusDays(1);
        List<Registered> people = bookedFor(tomorrow);

        bothAtOnce(job -> job.getBean(ReminderJob.class).sendReminders());
        bothAtOnce(job -> job.getBean(ReminderJob.class).runOnThisNodeIfFree());
        bothAtOnce(job -> job.getBean(ReminderJob.class).sendReminders());
        mailSettled();

        for (Registered person : people) {
            assertThat(subjectsTo(person)).as(person.name())
                    .containsExactlyInAnyOrder("Riverside Warm Pool: Your place is booked",
                            "Riverside Warm Pool: See you tomorrow");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = 'REMINDER' "
                + "AND mail_status = 'SENT' AND attempts = 1", Integer.class)).isEqualTo(PEOPLE);
    }

    @Test
    void eMailRetriesRunOnBothNodesAtOnceSendEachMessageOnce() throws Exception {
        List<Registered> people = bookedFor(LocalDate.now(nodeA.getBean(Clock.class)).plusDays(5));
        List<Runnable> rounds = List.of(
                () -> bothAtOnce(node -> node.getBean(MailRetryJob.class).retryDue()),
                () -> bothAtOnce(node -> node.getBean(MailRetryJob.class).runOnThisNodeIfFree()),
                () -> bothAtOnce(node -> node.getBean(MailRetryJob.class).retryDue()),
                () -> bothAtOnce(node -> node.getBean(MailRetryJob.class).retryDue()));

        for (int round = 1; round <= rounds.size(); round++) {
            for (Registered person : people) {
                failedBefore(person, "Retry " + round);
                neverTried(person, "Lost " + round);
            }
            rounds.get(round - 1).run();
            // The next round's messages find the previous ones sent.
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE mail_status <> 'SENT'",
                    Integer.class)).as("round %d", round).isZero();
        }

        for (Registered person : people) {
            List<String> expected = new ArrayList<>(List.of("Riverside Warm Pool: Your place is booked"));
            for (int round = 1; round <= rounds.size(); round++) {
                expected.add("Riverside Warm Pool: Retry " + round);
                expected.add("Riverside Warm Pool: Lost " + round);
            }
            assertThat(subjectsTo(person)).as(person.name()).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(jdbc.queryForList("SELECT DISTINCT attempts FROM notification WHERE title LIKE 'Retry %'",
                Integer.class)).as("one attempt after the failed one").containsExactly(2);
        assertThat(jdbc.queryForList("SELECT DISTINCT attempts FROM notification WHERE title LIKE 'Lost %'",
                Integer.class)).containsExactly(1);
    }

    /** New participants, each with a place in one class that day (and its "place booked" e-mail sent). */
    private static List<Registered> bookedFor(LocalDate day) {
        BookingTestData data = nodeA.getBean(BookingTestData.class);
        ScheduledSession session = data.session(2, PEOPLE, day, "09:30");
        List<Registered> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Registered person = data.cleared("Two Nodes " + day + " " + i);
            BookingTestData.as(person, () -> nodeA.getBean(BookingService.class).bookForMe(session.id(), false));
            people.add(person);
        }
        mailSettled();
        return people;
    }

    /** A message whose first attempt failed an hour ago and whose pause is over. */
    private static void failedBefore(Registered person, String title) {
        jdbc.update("INSERT INTO notification (participant_id, recipient_name, kind, title, body, created_at, email, "
                + "mail_status, attempts, last_error, next_attempt_at) VALUES (?, ?, 'MOVED', ?, 'Text', "
                + "CURRENT_TIMESTAMP - INTERVAL '1 hour', ?, 'RETRY', 1, 'Connection refused', "
                + "CURRENT_TIMESTAMP - INTERVAL '1 minute')", person.participantId(), person.name(), title,
                person.email());
    }

    /** A message stored an hour ago whose first attempt never ran (the node stopped). */
    private static void neverTried(Registered person, String title) {
        jdbc.update("INSERT INTO notification (participant_id, recipient_name, kind, title, body, created_at, email, "
                + "mail_status) VALUES (?, ?, 'MOVED', ?, 'Text', CURRENT_TIMESTAMP - INTERVAL '1 hour', ?, 'PENDING')",
                person.participantId(), person.name(), title, person.email());
    }

    /** The job on node A and on node B, started together from two threads. */
    private static void bothAtOnce(Consumer<ConfigurableApplicationContext> job) {
        try {
            TwoNodes.race(() -> {
                job.accept(nodeA);
                return null;
            }, () -> {
                job.accept(nodeB);
                return null;
            });
        } catch (Exception e) {
            throw new AssertionError("A node's run failed", e);
        }
    }

    /** First attempts go out on a background thread: wait until none is left. */
    private static void mailSettled() {
        MailSettling.awaitNoneWaiting(jdbc, "SELECT COUNT(*) FROM notification WHERE mail_status = 'PENDING' "
                + "AND created_at > CURRENT_TIMESTAMP - INTERVAL '10 minutes'");
    }

    private static List<String> subjectsTo(Registered person) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> sentTo(m, person.email())).map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
