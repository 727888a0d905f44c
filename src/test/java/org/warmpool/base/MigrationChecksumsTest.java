package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * A migration that has landed never changes: clinics' databases ran it, and Flyway refuses to start
 * on a checksum that differs from the one it recorded. {@code db/migration-checksums.txt} lists every
 * landed migration with its checksum and is only ever extended: the ones every database runs
 * ({@code db/migration}) by script name, the ones written for one database ({@code db/vendor/h2},
 * {@code db/vendor/postgresql}) by folder and name, as {@code h2/V16__....sql}.
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
        Map<String, Integer> landed = landedChecksums();
        String missing = currentChecksums().entrySet().stream().filter(e -> !landed.containsKey(e.getKey()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("\n"));
        assertThat(missing).as("add these lines to db/migration-checksums.txt").isEmpty();
    }

    @Test
    void everyDatabaseGetsItsOwnTextOfEachVendorMigration() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("src/main/resources/db/vendor"))) {
            assertThat(folders.map(folder -> folder.getFileName().toString()))
                    .as("the vendor folders this test checks").containsExactlyInAnyOrderElementsOf(VENDORS);
        }
        Set<String> h2 = versions(checksums("classpath:db/vendor/h2", "").keySet());
        Set<String> postgresql = versions(checksums("classpath:db/vendor/postgresql", "").keySet());
        assertThat(h2).as("a migration written for one database needs its text for the other")
                .isEqualTo(postgresql);
        assertThat(versions(checksums("classpath:db/migration", "").keySet()))
                .as("a version is either shared or written per database, never both").doesNotContainAnyElementsOf(h2);
    }

    private static final List<String> VENDORS = List.of("h2", "postgresql");

    private static Map<String, Integer> currentChecksums() {
        Map<String, Integer> checksums = new LinkedHashMap<>(checksums("classpath:db/migration", ""));
        for (String vendor : VENDORS) {
            checksums.putAll(checksums("classpath:db/vendor/" + vendor, vendor + "/"));
        }
        return checksums;
    }

    /** The script names found in one location (its own files only), each with the given prefix. */
    private static Map<String, Integer> checksums(String location, String prefix) {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "")
                .locations(location)
                .load();
        Map<String, Integer> checksums = new LinkedHashMap<>();
        for (MigrationInfo migration : flyway.info().all()) {
            checksums.put(prefix + migration.getScript(), migration.getChecksum());
        }
        return checksums;
    }

    private static Set<String> versions(Set<String> scripts) {
        return scripts.stream().map(script -> script.replaceAll("^(.*/)?V(\\d+)__.*$", "$2"))
                .collect(Collectors.toSet());
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
