package org.warmpool.backup;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.Roles;

/**
 * Backups of the embedded H2 database while the clinic keeps working: H2's {@code BACKUP TO}
 * copies the database file into a zip as of one moment, without stopping anyone (H2 reads a
 * consistent version of its log-structured file). The newest {@link BackupSettings#keep()} are
 * kept. On PostgreSQL there is nothing to do here: the clinic backs up with {@code pg_dump}.
 */
@Service
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern NAME = Pattern.compile("warmpool-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(-\\d+)?\\.zip");

    private final JdbcTemplate jdbc;
    private final BackupSettings settings;
    private final Clock clock;
    private final ZoneId zone;
    private volatile Boolean embeddedFile;

    BackupService(JdbcTemplate jdbc, BackupSettings settings, Clock clock, ClinicSettings clinic) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.zone = clinic.timeZone();
    }

    /** Whether this installation keeps its data in an H2 file that this service can back up. */
    @RolesAllowed(Roles.ADMIN)
    public boolean available() {
        return embeddedFile();
    }

    private boolean embeddedFile() {
        if (embeddedFile == null) {
            String url = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL());
            embeddedFile = url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                    && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
        }
        return embeddedFile;
    }

    /** The settings, for the screen that explains them. */
    @RolesAllowed(Roles.ADMIN)
    public BackupSettings settings() {
        return settings;
    }

    /** Takes a backup now, then deletes all but the newest {@code keep}. */
    @RolesAllowed(Roles.ADMIN)
    public synchronized Backup backUpNow() {
        if (!embeddedFile()) {
            throw new RuleViolationException("This installation keeps its data in PostgreSQL. Back it up with "
                    + "pg_dump, as the operations guide describes.");
        }
        Path folder = settings.folder().toAbsolutePath().normalize();
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        String base = "warmpool-" + NAME_TIME.format(now);
        Path target = folder.resolve(base + ".zip");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(base + "-" + n + ".zip");
        }
        // Written under a temporary name and renamed when complete: a half-written file is never listed.
        Path partial = folder.resolve(target.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            jdbc.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | DataAccessException failed) {
            LOG.error("Backup to {} failed", target, failed);
            deleteQuietly(partial);
            throw new RuleViolationException("The backup could not be written to " + folder + " ("
                    + rootMessage(failed) + "). Check that the folder exists, that the application may write "
                    + "there, and that the disk has free space.");
        }
        deleteAllButNewest(folder);
        Backup backup = describe(target);
        LOG.info("Backup taken: {} ({})", target, backup.sizeText());
        return backup;
    }

    /** The backups in the folder, newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<Backup> backups() {
        return files(settings.folder().toAbsolutePath().normalize()).stream().map(this::describe).toList();
    }

    private List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(BackupService::modified).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteAllButNewest(Path folder) {
        List<Path> all = files(folder);
        for (Path old : all.subList(Math.min(settings.keep(), all.size()), all.size())) {
            deleteQuietly(old);
            LOG.info("Old backup deleted: {}", old);
        }
    }

    private Backup describe(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException(file.toString());
        }
        try {
            return new Backup(file.getFileName().toString(), LocalDateTime.parse(name.group(1), NAME_TIME),
                    Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    private static String rootMessage(Exception e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
