package org.warmpool.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On an H2 file, as a clinic runs it, the compaction runs on its own thread from the start. */
class H2FileCompactionJobTest extends BackupTestBase {

    @Autowired
    H2FileCompaction compaction;

    @Test
    void theCompactionRunsBesideTheApplication() {
        assertThat(compaction.store()).isNotNull();
        assertThat(Thread.getAllStackTraces().keySet()).anyMatch(t -> t.getName().equals("h2-file-compaction")
                && t.isAlive() && t.isDaemon());
    }
}
