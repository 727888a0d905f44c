package org.warmpool.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class BackupJobTest extends BackupTestBase {

    @Autowired
    BackupJob job;

    @Test
    void theNightlyBackupRunsWithNobodyLoggedIn() {
        SecurityContextHolder.clearContext();
        clock.moveTo(Instant.parse("2026-12-10T01:30:00Z"));

        job.backUp();

        assertThat(FOLDER.resolve("backups/warmpool-2026-12-10-013000.zip")).isRegularFile();
    }
}
