package org.warmpool.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;

/**
 * Backups need the database in a file, like a clinic's, not the in-memory one the other tests
 * share. The backup tests share this one context: a new H2 file under target/ for each run.
 */
public abstract class BackupTestBase extends KaribuTest {

    protected static final Path FOLDER = newFolder();
    protected static final int KEEP = 3;

    @Autowired
    protected TestClock clock;

    private static Path newFolder() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "backup-tests-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve("db/warmpool").toString()
                .replace('\\', '/') + ";LOCK_TIMEOUT=10000");
        registry.add("warmpool.backup.folder", () -> FOLDER.resolve("backups").toString());
        registry.add("warmpool.backup.keep", () -> KEEP);
    }

}
