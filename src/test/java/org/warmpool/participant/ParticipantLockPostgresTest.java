package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmpool.EmbeddedPostgres;
import org.warmpool.SqlSent;

/**
 * One booking decision at a time per participant, across app nodes, rests on locking the
 * participant's row. On PostgreSQL the lock must be taken by the same statement that reads the row:
 * read first and locked by a second query, the row's state could change in between.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(EmbeddedPostgres.class)
class ParticipantLockPostgresTest {

    @Autowired
    ParticipantRepository participants;
    @Autowired
    ParticipantTestData testData;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theParticipantRowIsReadAndLockedInOneStatement() {
        long id = testData.register("Pat Locked").participantId();

        List<String> sent = SqlSent.during(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> participants.lockById(id).orElseThrow().getUser().getEmail()));

        // PostgreSQL's FOR UPDATE or FOR NO KEY UPDATE, as Hibernate renders a pessimistic write lock there
        assertThat(sent).as(String.join("\n", sent)).filteredOn(sql -> sql.matches("(?s).* for (no key )?update.*"))
                .singleElement().asString().startsWith("select p1_0.id").contains("from participant p1_0 where");
    }
}
