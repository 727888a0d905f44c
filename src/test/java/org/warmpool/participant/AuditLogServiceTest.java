package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.base.RuleViolationException;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;
import org.warmpool.security.UserAccountService;

/**
 * The administrator's filters give exactly the entries they describe, days counted in the clinic's
 * zone (Europe/London); a participant reads only their own entries, with names and roles.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class AuditLogServiceTest {

    @Autowired
    AuditLogService audit;
    @Autowired
    AuditLogTestData log;
    @Autowired
    ParticipantTestData participants;
    @Autowired
    UserAccountService accounts;

    private String fiona;
    private String ivan;
    private Registered pat;
    private Registered quinn;

    @BeforeEach
    void aFrontDeskMemberAndAnInstructorOpenedTwoRecords() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        fiona = "fiona-" + tag + "@example.org";
        ivan = "ivan-" + tag + "@example.org";
        org.warmpool.security.SystemTasks.runAsStaff(() -> {
            accounts.createAccount(fiona, "Fiona Desk", "correct horse battery", EnumSet.of(Role.FRONT_DESK));
            accounts.createAccount(ivan, "Ivan Teach", "correct horse battery", EnumSet.of(Role.INSTRUCTOR));
        });
        pat = participants.register("Pat Auditee");
        quinn = participants.register("Quinn Auditee");
        // 1 June 2026, 23:30 UTC is 2 June, 00:30 in London (summer time).
        log.add(Instant.parse("2026-06-01T10:00:00Z"), fiona, AuditAction.VIEWED_HEALTH_RECORD, pat.participantId(),
                "Opened the participant's health record");
        log.add(Instant.parse("2026-06-01T23:30:00Z"), fiona, AuditAction.CHANGED_INTAKE, pat.participantId(),
                "Intake 42");
        log.add(Instant.parse("2026-06-03T09:00:00Z"), ivan, AuditAction.VIEWED_PROGRESS, pat.participantId(),
                "Opened the participant's progress");
        log.add(Instant.parse("2026-06-03T09:05:00Z"), ivan, AuditAction.VIEWED_PROGRESS, quinn.participantId(),
                "Opened the participant's progress");
        log.add(Instant.parse("2026-06-04T08:00:00Z"), "gone-" + tag + "@example.org",
                AuditAction.VIEWED_HEALTH_RECORD, pat.participantId(), "Opened the participant's health record");
        log.add(Instant.parse("2026-06-05T08:00:00Z"), "system", AuditAction.ACCOUNT_INVITATION, pat.participantId(),
                "Account invitation made");
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachFilterAndTheirCombinationGiveExactCounts() {
        logIn(1L, "admin@example.org", Role.ADMIN);

        assertThat(audit.count(new AuditFilter(fiona, null, null, null, null))).isEqualTo(2);
        assertThat(audit.count(new AuditFilter(ivan, null, null, null, null))).isEqualTo(2);
        assertThat(audit.count(new AuditFilter(null, pat.name(), null, null, null))).isEqualTo(5);
        assertThat(audit.count(new AuditFilter(null, pat.name().toUpperCase(), null, null, null)))
                .as("the name search ignores case").isEqualTo(5);
        assertThat(audit.count(new AuditFilter(ivan, quinn.name(), null, null, null))).isEqualTo(1);
        assertThat(audit.count(new AuditFilter(null, pat.name(), AuditAction.VIEWED_HEALTH_RECORD, null, null)))
                .isEqualTo(2);
        assertThat(audit.count(new AuditFilter(fiona, null, null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1))))
                .as("23:30 UTC on 1 June is already 2 June in London").isEqualTo(1);
        assertThat(audit.count(new AuditFilter(fiona, null, null, LocalDate.of(2026, 6, 2), null))).isEqualTo(1);
        assertThat(audit.count(new AuditFilter(null, pat.name(), null, LocalDate.of(2026, 6, 3),
                LocalDate.of(2026, 6, 4)))).isEqualTo(2);
        assertThat(audit.count(new AuditFilter(null, "%", null, null, null)))
                .as("a % in the search is a character, not a wildcard").isZero();
    }

    @Test
    void pagesAreNewestFirstAndShowTheParticipantsNameAndTheKindInWords() {
        logIn(1L, "admin@example.org", Role.ADMIN);
        AuditFilter pats = new AuditFilter(null, pat.name(), null, null, null);

        List<AuditRow> first = audit.find(pats, 0, 2);
        List<AuditRow> rest = audit.find(pats, 2, 10);

        assertThat(first).extracting(AuditRow::actor).containsExactly("system", first.get(1).actor());
        assertThat(first.get(1).actor()).startsWith("gone-");
        assertThat(rest).extracting(AuditRow::kind).containsExactly("Opened the progress page", "Changed the intake",
                "Opened the health record");
        assertThat(rest).extracting(AuditRow::participantName).containsOnly(pat.name());
        assertThat(rest.get(1).reference()).isEqualTo("Intake 42");
    }

    @Test
    void theExportHasEveryFilteredEntryAfterAByteOrderMarkAndIsInTheSecurityLog(CapturedOutput output) {
        logIn(1L, "admin@example.org", Role.ADMIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        audit.exportCsv(new AuditFilter(fiona, null, null, null, null), out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFWhen,Staff member,Participant,Kind,Record\r\n");
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("2026-06-02 00:30:00," + fiona + "," + pat.name() + ",Changed the intake,Intake 42");
        assertThat(output.getOut()).contains("Audit log exported: admin@example.org, 2 entries (staff member " + fiona);
    }

    @Test
    void openingTheAdministratorsPageIsInTheSecurityLog(CapturedOutput output) {
        logIn(1L, "opening-admin@example.org", Role.ADMIN);

        audit.opened();

        assertThat(output.getOut()).contains("Audit log opened: opening-admin@example.org");
    }

    @Test
    void aStartAfterTheEndIsAClearRefusal() {
        logIn(1L, "admin@example.org", Role.ADMIN);

        assertThatThrownBy(() -> audit.count(new AuditFilter(null, null, null, LocalDate.of(2026, 6, 5),
                LocalDate.of(2026, 6, 4)))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("first day");
    }

    @Test
    void aParticipantSeesOnlyTheirOwnEntriesWithNamesAndRoles() {
        logIn(quinn.userId(), quinn.email(), Role.PARTICIPANT);

        assertThat(audit.countSeenMyRecord()).isEqualTo(1);
        assertThat(audit.seenMyRecord(0, 10)).singleElement().satisfies(row -> {
            assertThat(row.who()).isEqualTo("Ivan Teach (Instructor)");
            assertThat(row.what()).isEqualTo("Opened your progress");
        });

        logIn(pat.userId(), pat.email(), Role.PARTICIPANT);
        assertThat(audit.seenMyRecord(0, 10)).extracting(SeenMyRecord::who).containsExactly(
                AuditLogService.SYSTEM, AuditLogService.FORMER_STAFF, "Ivan Teach (Instructor)",
                "Fiona Desk (Front desk)", "Fiona Desk (Front desk)");
        assertThat(audit.seenMyRecord(1, 2)).extracting(SeenMyRecord::what)
                .containsExactly("Opened your health record", "Opened your progress");
    }

    @Test
    void onlyAnAdministratorReadsTheWholeLogAndOnlyAParticipantTheirOwn() {
        logIn(2L, fiona, Role.FRONT_DESK);
        assertThatThrownBy(() -> audit.count(AuditFilter.everything())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.find(AuditFilter.everything(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.exportCsv(AuditFilter.everything(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.seenMyRecord(0, 10)).isInstanceOf(AccessDeniedException.class);

        logIn(pat.userId(), pat.email(), Role.PARTICIPANT);
        assertThatThrownBy(() -> audit.count(AuditFilter.everything())).isInstanceOf(AccessDeniedException.class);
    }

    private static void logIn(long userId, String email, Role... roles) {
        var authorities = java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var principal = new AppUserPrincipal(userId, email, email, "n/a", true, authorities);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }
}
