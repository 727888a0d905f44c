package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.EmbeddedPostgres;

@SpringBootTest
@ActiveProfiles("test")
@Import(EmbeddedPostgres.class)
class AuditLogAppendOnlyPostgresTest extends AuditLogAppendOnlyScenario {

    /** H2's TRUNCATE fires no trigger (docs/architecture.md); PostgreSQL's statement trigger refuses it. */
    @Test
    void truncateIsRefusedToo() {
        insert("truncating@example.org");
        long before = rows();

        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_log")).isInstanceOf(DataAccessException.class)
                .satisfies(refused("TRUNCATE"));

        assertThat(rows()).isEqualTo(before);
    }
}
