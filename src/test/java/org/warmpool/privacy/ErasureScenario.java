package org.warmpool.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warmpool.TestClock;
import org.warmpool.account.PasswordResetService;
import org.warmpool.base.RuleViolationException;
import org.warmpool.booking.BookingResult;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.CancellationService;
import org.warmpool.participant.ClearanceService;
import org.warmpool.participant.Contraindication;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.InvitationService;
import org.warmpool.participant.PainDuration;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.participant.RegistrationForm;
import org.warmpool.participant.RegistrationService;
import org.warmpool.progress.Progress;
import org.warmpool.progress.ProgressService;
import org.warmpool.progress.ProgressTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.SecretTokens;
import org.warmpool.security.UserAccountService;

/**
 * An administrator erases a participant who has everything a participant can have: an account
 * made from an invitation, intakes with a clearance, bookings they made and cancelled, a booking
 * the front desk overrode with a reason, attended classes with pain, an accepted suggestion with
 * a note, a level set aside by their own intake, messages, a reset link and a failed login. Then
 * every character column of every table in the schema (read from INFORMATION_SCHEMA, so new tables
 * are covered without changing this test) is searched for anything that identified them. Run on
 * H2 and PostgreSQL.
 */
abstract class ErasureScenario {

    private static final String PASSWORD = "violet harbour lantern 4417";

    @Autowired
    ErasureService erasure;
    @Autowired
    RegistrationService registration;
    @Autowired
    InvitationService invitations;
    @Autowired
    UserAccountService accounts;
    @Autowired
    ParticipantTestData participants;
    @Autowired
    IntakeService intakes;
    @Autowired
    ClearanceService clearances;
    @Autowired
    BookingTestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    CancellationService cancellations;
    @Autowired
    ProgressTestData classes;
    @Autowired
    ProgressService progress;
    @Autowired
    PasswordResetService resets;
    @Autowired
    org.warmpool.outcome.QuestionnaireService questionnaires;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
    }

    /** Someone with an unusual name, whose every detail carries {@code mark}. */
    private Registered walkInWithAccount(String mark, String phone, String emergencyPhone) {
        RegistrationForm form = new RegistrationForm();
        form.setFullName("Zebediah Quillfeather" + mark);
        form.setEmail("zq." + mark + "@example.org");
        form.setPhone(phone);
        form.setDateOfBirth(LocalDate.of(1951, 11, 23));
        form.setEmergencyContactName("Ottoline Marchbanks" + mark);
        form.setEmergencyContactPhone(emergencyPhone);
        form.setConsent(true);
        long participantId = asStaff(() -> registration.registerWalkIn(form).getId());
        String link = asStaff(() -> invitations.invite(participantId, "http://localhost")).link();
        String email = invitations.accept(link.substring(link.lastIndexOf('/') + 1), PASSWORD);
        long userId = accounts.findByEmail(email).orElseThrow().getId();
        return new Registered(userId, email, form.getFullName(), phone, participantId);
    }

    @Test
    void nothingIdentifyingIsLeftAndTheReportsKeepTheirNumbers() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String phone = "0161 7" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String emergencyPhone = "07700 8" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        Registered zeb = walkInWithAccount(mark, phone, emergencyPhone);
        long id = zeb.participantId();

        // An intake of their own that needs a clearance, which the front desk records.
        as(zeb, () -> participants.sendIntake(id, Set.of(), EnumSet.of(Contraindication.OPEN_WOUND_OR_SKIN_INFECTION)));
        asStaff(() -> {
            clearances.recordClearance(id, LocalDate.now(clock), "Dr Persimmon" + mark, "Knee dressing " + mark);
            return null;
        });
        // The front desk books a class whose level does not suit, with a reason, then cancels it.
        ScheduledSession levelZero = data.session(0, 6, LocalDate.now(clock).plusDays(4), "09:00");
        BookingResult overridden = asStaff(() -> bookings.bookFor(id, levelZero.id(), false,
                "Quillfeather" + mark + " asked for the gentle class"));
        assertThat(jdbc.queryForObject("select override_reason from booking where id = ?", String.class,
                overridden.bookingId())).contains(mark);
        asStaff(() -> cancellations.cancel(overridden.bookingId()));
        // They book a class themselves and cancel it themselves.
        ScheduledSession levelTwo = data.levelTwo(6, 5, "11:00");
        BookingResult own = as(zeb, () -> bookings.bookForMe(levelTwo.id(), false));
        as(zeb, () -> cancellations.cancel(own.bookingId()));
        // Two past classes they booked and came to, with flare-ups: a suggestion, accepted with a note.
        List<ScheduledSession> past = classes.classesWithPain(zeb, 2, 15, "3-5 4-6");
        Progress.SuggestionSummary suggestion = asStaff(() -> progress.of(id)).openSuggestion().orElseThrow();
        asStaff(() -> {
            progress.accept(suggestion.id(), "Talked with Zebediah" + mark + " after class");
            return null;
        });
        // Their own new intake with high pain sets the accepted level aside: an audit entry they caused.
        as(zeb, () -> {
            intakes.savePain(id, 8, PainDuration.TWELVE_WEEKS_OR_MORE, null);
            return intakes.submit(id);
        });
        assertThat(jdbc.queryForList("select actor from audit_log where participant_id = ? and action = ?",
                String.class, id, "SET_LEVEL_ASIDE")).containsExactly("self");
        // A questionnaire they answered, and staff asking for it again.
        as(zeb, () -> questionnaires.answerRolandMorris(java.util.Collections.nCopies(24, true)));
        asStaff(() -> {
            questionnaires.askAgain(id);
            return null;
        });
        asStaff(() -> resets.createResetLink(zeb.userId()));
        assertThatThrownBy(() -> logIn(zeb.email(), "not the password at all 99"))
                .isInstanceOf(AuthenticationException.class);

        List<String> identifying = List.of(mark, phone, emergencyPhone, "Quillfeather", "Ottoline");
        assertThat(foundAnywhere(identifying)).as("before the erasure, the test finds the data")
                .containsKeys(mark, phone, emergencyPhone);
        assertThat(count("select count(*) from notification where participant_id = ?", id)).isPositive();
        assertThat(count("select count(*) from questionnaire_answer where participant_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from questionnaire_request where participant_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from pain_check_in c join booking b on b.id = c.booking_id "
                + "where b.participant_id = ?", id)).isEqualTo(2);
        assertThat(count("select count(*) from request_attempt where account_key = ?",
                SecretTokens.hash(zeb.email()))).isPositive();
        List<Long> sessionIds = new ArrayList<>(List.of(levelZero.id(), levelTwo.id()));
        past.forEach(session -> sessionIds.add(session.id()));
        List<Map<String, Object>> countsBefore = bookingCounts(sessionIds);

        // A typo in the confirmation erases nothing.
        assertThatThrownBy(() -> asStaff(() -> {
            erasure.erase(id, "Zebediah Quilfeather" + mark);
            return null;
        })).isInstanceOf(RuleViolationException.class).hasMessage(ErasureService.NOT_CONFIRMED);
        assertThat(foundAnywhere(identifying)).containsKey(mark);

        asStaff(() -> {
            erasure.erase(id, "  zebediah   QUILLFEATHER" + mark.toUpperCase(Locale.ROOT) + " ");
            return null;
        });

        assertThat(foundAnywhere(identifying)).as("identifying text left, by string: table.column").isEmpty();
        assertThat(count("select count(*) from request_attempt where account_key = ?",
                SecretTokens.hash(zeb.email()))).isZero();
        assertThat(count("select count(*) from intake where participant_id = ?", id)).isZero();
        assertThat(count("select count(*) from pain_check_in c join booking b on b.id = c.booking_id "
                + "where b.participant_id = ?", id)).isZero();
        assertThat(count("select count(*) from progression_suggestion where participant_id = ?", id)).isZero();
        assertThat(count("select count(*) from questionnaire_answer where participant_id = ?", id)).isZero();
        assertThat(count("select count(*) from questionnaire_request where participant_id = ?", id)).isZero();
        assertThat(count("select count(*) from notification where participant_id = ?", id)).isZero();
        assertThat(count("select count(*) from password_reset where user_id = ?", zeb.userId())).isZero();
        assertThat(count("select count(*) from account_invitation where participant_id = ?", id)).isZero();
        assertThat(jdbc.queryForMap("select full_name, email, phone, date_of_birth, emergency_contact_name, "
                + "current_level from participant where id = ?", id).values())
                .containsExactly("Erased participant " + id, null, null, null, null, null);
        assertThat(bookingCounts(sessionIds)).as("bookings and attendance per class, for the reports")
                .isEqualTo(countsBefore);
        assertThat(jdbc.queryForList("select details from audit_log where participant_id = ? and action = ?",
                String.class, id, "ERASED_PARTICIPANT")).containsExactly("Participant " + id);

        assertThatThrownBy(() -> logIn(zeb.email(), PASSWORD)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> logIn("erased-" + id + "@invalid", PASSWORD))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> asStaff(() -> {
            erasure.erase(id, "ERASE");
            return null;
        })).isInstanceOf(RuleViolationException.class).hasMessageContaining("erased already");
    }

    @Test
    void aParticipantWithAPlaceInAComingClassIsNotErasedUntilItIsCancelled() {
        Registered ada = data.cleared("Ada Waiting");
        ScheduledSession coming = data.levelTwo(6, 6, "14:00");
        BookingResult place = as(ada, () -> bookings.bookForMe(coming.id(), false));

        assertThatThrownBy(() -> asStaff(() -> {
            erasure.erase(ada.participantId(), "ERASE");
            return null;
        })).isInstanceOf(RuleViolationException.class).hasMessageContaining("still has 1 place");
        assertThat(jdbc.queryForObject("select full_name from participant where id = ?", String.class,
                ada.participantId())).isEqualTo(ada.name());

        asStaff(() -> cancellations.cancel(place.bookingId()));
        asStaff(() -> {
            erasure.erase(ada.participantId(), "erase");
            return null;
        });
        assertThat(jdbc.queryForObject("select full_name from participant where id = ?", String.class,
                ada.participantId())).isEqualTo("Erased participant " + ada.participantId());
    }

    @Test
    void staffWhoAlsoSwimAreNotErasedWhileTheirAccountHasAStaffRole() {
        String email = "swimming-desk-" + UUID.randomUUID() + "@example.org";
        long userId = org.warmpool.security.SystemTasks.callAsStaff(() -> accounts.createAccount(email, "Desk Swimmer",
                PASSWORD, EnumSet.of(org.warmpool.security.Role.FRONT_DESK, org.warmpool.security.Role.PARTICIPANT)))
                .getId();
        RegistrationForm form = new RegistrationForm();
        form.setFullName("Desk Swimmer");
        form.setDateOfBirth(LocalDate.of(1980, 1, 2));
        form.setEmergencyContactName("Someone Close");
        form.setEmergencyContactPhone("0161 496 0111");
        form.setConsent(true);
        long participantId = asStaff(() -> registration.registerExistingAccount(
                accounts.findById(userId).orElseThrow(), form).getId());

        assertThatThrownBy(() -> asStaff(() -> {
            erasure.erase(participantId, "ERASE");
            return null;
        })).isInstanceOf(RuleViolationException.class).hasMessageContaining("also logs in as staff");
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, userId))
                .isEqualTo(email);
        assertThat(jdbc.queryForObject("select full_name from participant where id = ?", String.class,
                participantId)).isEqualTo("Desk Swimmer");
    }

    private void logIn(String email, String password) throws Exception {
        authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private List<Map<String, Object>> bookingCounts(List<Long> sessionIds) {
        List<Map<String, Object>> counts = new ArrayList<>();
        for (long sessionId : sessionIds) {
            counts.addAll(jdbc.queryForList("select s.id, s.seats_taken, b.status, b.attendance, "
                    + "b.late_cancellation, b.cancelled_by_clinic, count(b.id) as bookings from class_session s "
                    + "left join booking b on b.session_id = s.id where s.id = ? "
                    + "group by s.id, s.seats_taken, b.status, b.attendance, b.late_cancellation, "
                    + "b.cancelled_by_clinic order by b.status, b.attendance", sessionId));
        }
        return counts;
    }

    /** Where each string occurs, in any letter case, in any character column of any table: "table.column". */
    private Map<String, List<String>> foundAnywhere(List<String> needles) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where lower(c.table_schema) = 'public' and t.table_type in ('BASE TABLE', 'TABLE')
                  and lower(c.data_type) in ('character varying', 'varchar', 'character', 'char', 'text',
                                             'character large object', 'clob', 'varchar_ignorecase')""");
        assertThat(columns).as("character columns found").hasSizeGreaterThan(40);
        Map<String, List<String>> found = new java.util.TreeMap<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            for (String needle : needles) {
                long hits = count("select count(*) from \"" + table + "\" where lower(\"" + name + "\") like ?",
                        "%" + needle.toLowerCase(Locale.ROOT) + "%");
                if (hits > 0) {
                    found.computeIfAbsent(needle, n -> new ArrayList<>()).add(table + "." + name);
                }
            }
        }
        return found;
    }
}
