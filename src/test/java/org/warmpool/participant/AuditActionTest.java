package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every kind of audit entry has words for the administrator and for the participant, kept in AuditAction. */
class AuditActionTest {

    @Test
    void everyKindHasWordsForBothPages() {
        for (AuditAction action : AuditAction.values()) {
            assertThat(action.staffWords()).as("administrator's words for %s", action).isNotBlank();
            assertThat(action.participantWords()).as("participant's words for %s", action).isNotBlank()
                    .containsIgnoringCase("you");
        }
        assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::staffWords).distinct())
                .as("two kinds with the same words could not be told apart").hasSize(AuditAction.values().length);
    }

    @Test
    void everyKindTheApplicationWritesIsAnAuditActionWithWords() throws IOException {
        // The log is written only through HealthDataAudit, which takes an AuditAction: a code that is
        // a plain string at a call site would be a kind without words.
        Pattern codeAtACall = Pattern.compile("(?:audit\\.record|recordAll|openHealthData\\w*|auditStaff|decidable)"
                + "\\([^;]*?\"([A-Z][A-Z_]+)\"");
        Set<String> plainCodes = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        Pattern enumUse = Pattern.compile("AuditAction\\.([A-Z][A-Z_]+)");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher plain = codeAtACall.matcher(source);
                while (plain.find()) {
                    plainCodes.add(file.getFileName() + ": " + plain.group(1));
                }
                Matcher named = enumUse.matcher(source);
                while (named.find()) {
                    used.add(named.group(1));
                }
            }
        }
        assertThat(plainCodes).as("audit codes written as plain strings").isEmpty();
        used.forEach(code -> assertThat(AuditAction.of(code)).as(code).isPresent());
        assertThat(used).as("every kind in use today").contains("VIEWED_HEALTH_RECORD", "OPENED_INTAKE",
                "CHANGED_INTAKE", "SUBMITTED_INTAKE", "RECORDED_CLEARANCE", "RECORDED_DOCTOR_SEEN",
                "REGISTERED_WALK_IN", "ACCOUNT_INVITATION", "ACCOUNT_CREATED", "SET_LEVEL_ASIDE", "VIEWED_PROGRESS",
                "ACCEPTED_PROGRESSION", "DISMISSED_PROGRESSION", "VIEWED_PAIN_CHECK_IN");
    }

    @Test
    void aStoredCodeNoLongerKnownStillReadsAsSomething() {
        assertThat(AuditAction.staffWords("RETIRED_KIND")).isEqualTo("RETIRED_KIND");
        assertThat(AuditAction.participantWords("RETIRED_KIND")).isEqualTo("Looked at or changed your record");
    }
}
