package org.warmpool.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.warmpool.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicSettings;
import org.warmpool.booking.BookingListService;
import org.warmpool.booking.BookingResult;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingStatus;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.BookingSummary;
import org.warmpool.participant.Invitation;
import org.warmpool.participant.InvitationService;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.participant.RegistrationForm;
import org.warmpool.participant.RegistrationForms;
import org.warmpool.participant.RegistrationService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;

/**
 * E-mail as the participant receives it, from a real SMTP server (GreenMail). All e-mail tests
 * live here, so that the settings that switch e-mail on cost one Spring context.
 */
@SpringBootTest
@ActiveProfiles("test")
class NotificationMailTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    static final ServerSetup SMTP_SERVER = ServerSetupTest.SMTP.port(FreePort.find());

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(SMTP_SERVER);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_SERVER.getPort());
        registry.add("warmpool.mail.from", () -> "pool@riverside.example");
        registry.add("warmpool.clinic.name", () -> "Riverside Warm Pool");
    }

    @Autowired
    BookingTestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    BookingListService bookingLists;
    @Autowired
    ScheduleService schedule;
    @Autowired
    ReminderJob reminders;
    @Autowired
    MailRetryJob retries;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    TestClock clock;
    @Autowired
    ClinicSettings clinic;
    @Autowired
    RegistrationService registration;
    @Autowired
    InvitationService invitations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bookingAPlaceSendsYourPlaceIsBookedWithTheClassDateAndTime() throws Exception {
        ScheduledSession session = data.levelTwo(6, 9, "10:00");
        Registered ana = data.cleared("Ana Mail");

        BookingResult booked = as(ana, () -> bookings.bookForMe(session.id(), false));
        mailSettled();

        assertThat(booked.status()).isEqualTo(BookingStatus.CONFIRMED);
        MimeMessage mail = single(mailsTo(ana.email()));
        assertThat(mail.getSubject()).isEqualTo("Riverside Warm Pool: Your place is booked");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("pool@riverside.example");
        assertThat(text(mail))
                .startsWith("Hello " + ana.name() + ",")
                .contains("Your place is booked: Level 2 Stretch & Strengthen, " + session.date().format(DAY)
                        + " at 10:00 in " + session.poolName() + ".")
                .endsWith("With kind regards,\nRiverside Warm Pool");
        assertThat(inboxOf(ana)).singleElement().satisfies(n -> {
            assertThat(n.getMailStatus()).isEqualTo(MailStatus.SENT);
            assertThat(n.getAttempts()).isEqualTo(1);
        });
    }

    @Test
    void theWaitlistMailSaysThePosition() throws Exception {
        ScheduledSession session = data.levelTwo(1, 9, "11:00");
        Registered first = data.cleared("First Mail");
        Registered second = data.cleared("Second Mail");
        as(first, () -> bookings.bookForMe(session.id(), false));

        BookingResult waiting = as(second, () -> bookings.bookForMe(session.id(), true));
        mailSettled();

        assertThat(waiting.status()).isEqualTo(BookingStatus.WAITLISTED);
        MimeMessage mail = single(mailsTo(second.email()));
        assertThat(mail.getSubject()).isEqualTo("Riverside Warm Pool: You are on the waitlist");
        assertThat(text(mail)).contains("You are number 1 on the waitlist for Level 2 Stretch & Strengthen, "
                + session.date().format(DAY) + " at 11:00");
    }

    @Test
    void aClinicCancellationMailGivesTheReasonAndTheCreditsValidity() throws Exception {
        ScheduledSession session = data.levelTwo(4, 10, "14:00");
        Registered ana = data.cleared("Ana Cancelled");
        as(ana, () -> bookings.bookForMe(session.id(), false));

        asStaff(() -> {
            schedule.cancelSession(session.id(), "The pool heating has broken down");
            return null;
        });
        mailSettled();

        LocalDate validUntil = asStaff(() -> bookingLists.bookingsOf(ana.participantId()))
                .credits().get(0).validUntil();
        MimeMessage mail = mailsTo(ana.email()).stream()
                .filter(m -> subject(m).endsWith("Class cancelled by the clinic")).collect(single());
        assertThat(text(mail))
                .contains("The clinic had to cancel Level 2 Stretch & Strengthen, " + session.date().format(DAY)
                        + " at 14:00")
                .contains("The reason: The pool heating has broken down.")
                .contains("make-up credit for one place in any class that suits you, valid until "
                        + validUntil.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK)) + ".");
    }

    @Test
    void aReminderIsSentOnceEvenWhenTheJobRunsTwice() throws Exception {
        LocalDate tomorrow = LocalDate.now(clinic.timeZone()).plusDays(1);
        ScheduledSession session = data.session(2, 6, tomorrow, "09:30");
        Registered ana = data.cleared("Ana Reminded");
        as(ana, () -> bookings.bookForMe(session.id(), false));

        reminders.sendReminders();
        reminders.sendReminders();
        mailSettled();

        List<MimeMessage> reminderMails = mailsTo(ana.email()).stream()
                .filter(m -> subject(m).endsWith("See you tomorrow")).toList();
        assertThat(reminderMails).hasSize(1);
        assertThat(text(reminderMails.get(0))).contains("A friendly reminder of your class tomorrow: Level 2 "
                + "Stretch & Strengthen, " + tomorrow.format(DAY) + " at 09:30 in " + session.poolName() + ".");
        assertThat(inboxOf(ana)).filteredOn(n -> n.getTitle().equals("See you tomorrow")).hasSize(1);
    }

    @Test
    void aMailServerFailureKeepsTheBookingAndTheRetryJobSendsItWhenTheServerIsBack() throws Exception {
        ScheduledSession session = data.levelTwo(6, 11, "10:00");
        Registered ana = data.cleared("Ana Retry");
        SMTP.stop();

        BookingResult booked = as(ana, () -> bookings.bookForMe(session.id(), false));
        mailSettled();

        assertThat(booked.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(as(ana, () -> bookingLists.myBookings()).upcoming()).extracting(BookingSummary::status)
                .containsExactly(BookingStatus.CONFIRMED);
        Notification failed = single(inboxOf(ana));
        assertThat(failed.getMailStatus()).isEqualTo(MailStatus.RETRY);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(failed.getNextAttemptAt()).isAfter(failed.getCreatedAt());

        SMTP.start();
        retries.retryDue();
        assertThat(single(inboxOf(ana)).getMailStatus()).as("not due yet").isEqualTo(MailStatus.RETRY);
        try {
            clock.moveTo(failed.getNextAttemptAt().plus(Duration.ofSeconds(1)));
            retries.retryDue();
        } finally {
            clock.reset();
        }

        assertThat(single(inboxOf(ana)).getMailStatus()).isEqualTo(MailStatus.SENT);
        assertThat(single(inboxOf(ana)).getAttempts()).isEqualTo(2);
        assertThat(text(single(mailsTo(ana.email())))).contains("Your place is booked: Level 2 Stretch & Strengthen");
    }

    @Test
    void afterTheLastFailedAttemptTheMailIsGivenUpButTheMessageStaysInTheInbox() {
        ScheduledSession session = data.levelTwo(6, 12, "10:00");
        Registered ana = data.cleared("Ana Given Up");
        SMTP.stop();
        as(ana, () -> bookings.bookForMe(session.id(), false));
        mailSettled();

        try {
            for (int attempt = 2; attempt <= MailDelivery.MAX_ATTEMPTS; attempt++) {
                clock.moveTo(single(inboxOf(ana)).getNextAttemptAt().plus(Duration.ofSeconds(1)));
                retries.retryDue();
            }
        } finally {
            clock.reset();
        }

        Notification gaveUp = single(inboxOf(ana));
        assertThat(gaveUp.getMailStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(gaveUp.getAttempts()).isEqualTo(MailDelivery.MAX_ATTEMPTS);
        assertThat(gaveUp.getNextAttemptAt()).isNull();
        assertThat(gaveUp.getTitle()).isEqualTo("Your place is booked");
    }

    @Test
    void anAccountInvitationIsEmailedWithItsLink() throws Exception {
        RegistrationForm form = RegistrationForms.form("Wanda Walkin");
        long walkIn = asStaff(() -> registration.registerWalkIn(form).getId());

        Invitation.Sent sent = asStaff(() -> invitations.invite(walkIn, "https://pool.riverside.example/"));

        assertThat(sent.mailed()).isTrue();
        assertThat(sent.link()).startsWith("https://pool.riverside.example/invitation/");
        MimeMessage mail = single(mailsTo(form.getEmail().toLowerCase(Locale.ROOT)));
        assertThat(mail.getSubject()).isEqualTo("Riverside Warm Pool: Your account invitation");
        assertThat(text(mail)).contains("To choose your password, open this link:\n" + sent.link() + "\n")
                .contains("The link works once, until");
        String token = sent.link().substring(sent.link().lastIndexOf('/') + 1);
        assertThat(invitations.check(token).email()).isEqualTo(form.getEmail().toLowerCase(Locale.ROOT));
    }

    /** First attempts go out on a background thread: wait until none is left. */
    private void mailSettled() {
        MailSettling.awaitNoneWaiting(jdbc, "select count(*) from notification where mail_status = 'PENDING'");
    }

    private List<Notification> inboxOf(Registered participant) {
        return notifications.findByParticipantIdOrderByCreatedAtDescIdDesc(participant.participantId());
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws IOException, MessagingException {
        return String.valueOf(message.getContent()).replace("\r\n", "\n").strip();
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static <T> java.util.stream.Collector<T, ?, T> single() {
        return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(),
                NotificationMailTest::single);
    }
}
