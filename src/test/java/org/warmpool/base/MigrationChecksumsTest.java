package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * A migration that has landed never changes: clinics' databases ran it, and Flyway refuses to start
 * on a checksum that differs from the one it recorded. {@code db/migration-checksums.txt} lists every
 * landed migration with its checksum and is only ever extended.
 */
class MigrationChecksumsTest {

    @Test
    void everyLandedMigrationKeepsItsChecksum() throws IOException {
        Map<String, Integer> current = currentChecksums();
        landedChecksums().forEach((script, checksum) -> assertThat(current)
                .as("%s has landed: it must stay as it was (add a new V file instead)", script)
                .containsEntry(script, checksum));
    }

    @Test
    void everyMigrationIsListedSoThatLaterEditsAreNoticed() throws IOException {
        assertThat(landedChecksums().keySet())
                .as("add a line for each new migration to db/migration-checksums.txt")
                .containsAll(currentChecksums().keySet());
    }

    private static Map<String, Integer> currentChecksums() {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "")
                .locations("classpath:db/migration")
                .load();
        Map<String, Integer> checksums = new LinkedHashMap<>();
        for (MigrationInfo migration : flyway.info().all()) {
            checksums.put(migration.getScript(), migration.getChecksum());
        }
        return checksums;
    }

    private static Map<String, Integer> landedChecksums() throws IOException {
        Map<String, Integer> landed = new LinkedHashMap<>();
        try (InputStream list = MigrationChecksumsTest.class.getResourceAsStream("/db/migration-checksums.txt")) {
            assertThat(list).as("db/migration-checksums.txt on the test class path").isNotNull();
            Arrays.stream(new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+"))
                    .forEach(parts -> landed.put(parts[0], Integer.valueOf(parts[1])));
        }
        assertThat(landed).isNotEmpty();
        return landed;
    }
}
