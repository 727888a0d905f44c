package org.warmpool.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.warmpool.booking.BookingResult;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.CancellationService;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.SystemTasks;

/**
 * A backup taken while people are booking restores to a database that the application accepts
 * (Flyway finds every migration applied as released) and that is consistent: places taken match
 * the bookings, waitlists are in order, nothing points at a missing row, and every booking that
 * was committed before the backup started is in it.
 */
class BackupRestoreTest extends BackupTestBase {

    private static final int PEOPLE = 16;
    // 6 places and 10 in line: the default longest waitlist.
    private static final int PLACES = 6;

    @Autowired
    BackupService backups;
    @Autowired
    BookingService bookings;
    @Autowired
    CancellationService cancellations;
    @Autowired
    BookingTestData data;

    @Test
    void aBackupTakenWhileBookingsAreMadeRestoresToAConsistentDatabase() throws Exception {
        ScheduledSession session = data.levelTwo(PLACES, 6, "07:00");
        List<Registered> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(data.cleared("Backup " + i));
        }
        CountDownLatch halfDone = new CountDownLatch(PEOPLE / 2);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Registered who = people.get(i);
            boolean cancelsAgain = i % 4 == 0;
            work.add(executor.submit(() -> {
                BookingResult result = as(who, () -> bookings.bookForMe(session.id(), true));
                halfDone.countDown();
                if (cancelsAgain) {
                    // A place freed moves the first in line up: more to be caught halfway.
                    as(who, () -> cancellations.cancel(result.bookingId()));
                }
            }));
        }
        halfDone.await(60, TimeUnit.SECONDS);
        Backup[] taken = new Backup[1];
        SystemTasks.runAsStaff(() -> taken[0] = backups.backUpNow());
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        executor.shutdown();

        Path restored = FOLDER.resolve("restored-" + System.nanoTime());
        unzip(FOLDER.resolve("backups").resolve(taken[0].fileName()), restored);
        String url = "jdbc:h2:file:" + restored.resolve("warmpool").toString().replace('\\', '/');
        assertThat(Flyway.configure().dataSource(new DriverManagerDataSource(url, "sa", ""))
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load()
                .validateWithResult().validationSuccessful).isTrue();

        SingleConnectionDataSource restoredDb = new SingleConnectionDataSource(url, "sa", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(restoredDb);
            int inBackup = jdbc.queryForObject("select count(*) from booking where session_id = ?", Integer.class,
                    session.id());
            assertThat(inBackup).as("bookings committed before the backup").isGreaterThanOrEqualTo(PEOPLE / 2);
            assertThat(jdbc.queryForList("""
                    select s.id from class_session s
                    where s.seats_taken <> (select count(*) from booking b where b.session_id = s.id
                                            and b.status = 'CONFIRMED')""", Long.class))
                    .as("classes whose places taken differ from their bookings").isEmpty();
            assertThat(jdbc.queryForList("""
                    select s.id from class_session s
                    where s.seats_taken < s.capacity
                      and exists (select 1 from booking b where b.session_id = s.id and b.status = 'WAITLISTED')""",
                    Long.class)).as("classes with a free place while people wait").isEmpty();
            List<Long> lineByPosition = jdbc.queryForList("select id from booking where session_id = ? and "
                    + "status = 'WAITLISTED' order by waitlist_position", Long.class, session.id());
            assertThat(lineByPosition).as("the waitlist in the order people joined it").isSorted();
            assertThat(jdbc.queryForList("""
                    select b.id from booking b
                    left join participant p on p.id = b.participant_id
                    left join class_session s on s.id = b.session_id
                    where p.id is null or s.id is null""", Long.class)).isEmpty();
            assertThat(jdbc.queryForList("""
                    select b.id from booking b where not exists
                        (select 1 from notification n where n.booking_id = b.id)""", Long.class))
                    .as("bookings without the message that was committed with them").isEmpty();
        } finally {
            restoredDb.destroy();
        }
    }

    /** The restore described in docs/operations.md: unzip the backup into an empty data folder. */
    private static void unzip(Path zip, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = folder.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(folder)).isTrue();
                Files.createDirectories(file.getParent());
                Files.copy(entries, file);
            }
        }
    }
}
