package org.warmpool.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash at the moment a commit returns would leave: the H2 file is copied as it is on disk
 * then, and the copy opened. H2's background writer is set to wait an hour, so only the commit's
 * own write can have put the change there.
 */
class DurableCommitDataSourceTest {

    @TempDir
    Path folder;

    private JdbcDataSource h2;
    private DurableCommitDataSource durable;
    private Connection keptOpen;
    /** Lets H2's file-writing thread go on, when a test held it. */
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void openTheFile() throws SQLException {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("clinic").toAbsolutePath().toString().replace('\\', '/')
                + ";WRITE_DELAY=3600000");
        h2.setUser("sa");
        durable = new DurableCommitDataSource(h2);
        keptOpen = h2.getConnection();
        try (Statement s = keptOpen.createStatement()) {
            s.execute("CREATE TABLE booking (id INT PRIMARY KEY)");
            s.execute("CHECKPOINT");
        }
    }

    @AfterEach
    void close() throws SQLException {
        release.countDown();
        if (keptOpen != null) {
            keptOpen.close();
        }
    }

    @Test
    void aCommittedBookingIsInTheFileWhenTheCommitReturns() throws Exception {
        try (Connection c = durable.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO booking VALUES (1)");
            c.commit();
        }

        assertThat(bookingsInTheFileNow()).containsExactly(1);
    }

    @Test
    void withoutItH2WouldStillHoldTheCommitOnlyInMemory() throws Exception {
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO booking VALUES (1)");
            c.commit();
        }

        assertThat(bookingsInTheFileNow()).isEmpty();
    }

    @Test
    void aChangeInAutoCommitIsInTheFileWhenTheStatementReturns() throws Exception {
        try (Connection c = durable.getConnection()) {
            try (var insert = c.prepareStatement("INSERT INTO booking VALUES (?)")) {
                insert.setInt(1, 2);
                insert.executeUpdate();
            }
        }

        assertThat(bookingsInTheFileNow()).containsExactly(2);
    }

    @Test
    void aTransactionEndedBySwitchingAutoCommitOnIsInTheFile() throws Exception {
        try (Connection c = durable.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO booking VALUES (3)");
            c.setAutoCommit(true);
        }

        assertThat(bookingsInTheFileNow()).containsExactly(3);
    }

    @Test
    void aTransactionEndedBySqlCommitOrThroughItsStatementIsInTheFile() throws Exception {
        try (Connection c = durable.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO booking VALUES (6)");
            s.execute("COMMIT");
            s.executeUpdate("INSERT INTO booking VALUES (7)");
            s.getConnection().commit();
        }

        assertThat(bookingsInTheFileNow()).containsExactly(6, 7);
    }

    @Test
    void aCommitWaitsForAWriteThatH2sOwnThreadBeganAndHasNotFinished() throws Exception {
        MVStore store = DurableCommitDataSource.h2FileSession(keptOpen).getDatabase().getStore().getMvStore();
        h2sWritingThread(store, "bufferSaveExecutor").submit(() -> awaitQuietly(release));
        try (Statement s = keptOpen.createStatement()) {
            keptOpen.setAutoCommit(false);
            s.executeUpdate("INSERT INTO booking VALUES (8)");
            keptOpen.commit();
        }
        // H2's background thread takes the commit now: it serializes it and hands it to the
        // thread that writes the file, which is held.
        store.tryCommit();
        h2sWritingThread(store, "serializationExecutor").submit(() -> { }).get();
        assertThat(store.hasUnsavedChanges()).as("nothing left for a new write").isFalse();

        CompletableFuture<Boolean> interruptedAfterwards = new CompletableFuture<>();
        Thread waiting = new Thread(() -> {
            durable.writeAll(store);
            interruptedAfterwards.complete(Thread.currentThread().isInterrupted());
        });
        waiting.start();
        Thread.sleep(200);
        waiting.interrupt();
        Thread.sleep(200);
        assertThat(interruptedAfterwards).as("still waiting for the held write, interrupted or not").isNotDone();

        release.countDown();

        assertThat(interruptedAfterwards.get(1, TimeUnit.MINUTES)).as("the interrupt kept for the caller").isTrue();
        assertThat(bookingsInTheFileNow()).containsExactly(8);
    }

    @Test
    void aCommitFailsWhenH2ClosedTheFileBecauseAWriteFailed() throws Exception {
        MVStore store = DurableCommitDataSource.h2FileSession(keptOpen).getDatabase().getStore().getMvStore();
        assertThatThrownBy(() -> store.panic(new MVStoreException(0, "No space left on device")));

        assertThatThrownBy(() -> durable.awaitWritten(store)).isInstanceOf(SQLException.class)
                .hasMessageContaining("may not have been saved").hasRootCauseMessage("No space left on device");
        assertThatThrownBy(keptOpen::close).as("H2 reports it again as the file closes")
                .hasMessageContaining("No space left on device");
        keptOpen = null;
    }

    @Test
    void aCommitFailsWhenH2ShutDownAtOnceWithoutWriting() throws Exception {
        MVStore store = DurableCommitDataSource.h2FileSession(keptOpen).getDatabase().getStore().getMvStore();
        store.closeImmediately();

        assertThatThrownBy(() -> durable.awaitWritten(store)).isInstanceOf(SQLException.class)
                .hasMessageContaining("may not have been saved");
        keptOpen = null; // closed with the store
    }

    @Test
    void aRolledBackChangeIsNotThere() throws Exception {
        try (Connection c = durable.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO booking VALUES (4)");
            c.rollback();
            s.executeUpdate("INSERT INTO booking VALUES (5)");
            c.commit();
        }

        assertThat(bookingsInTheFileNow()).containsExactly(5);
    }

    @Test
    void aDatabaseInMemoryGetsH2sOwnConnections() throws SQLException {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:durable-commit-test");
        try (Connection c = new DurableCommitDataSource(memory).getConnection()) {
            assertThat(c).isInstanceOf(org.h2.jdbc.JdbcConnection.class);
        }
    }

    private static ThreadPoolExecutor h2sWritingThread(MVStore store, String field) throws Exception {
        Field executor = FileStore.class.getDeclaredField(field);
        executor.setAccessible(true);
        return (ThreadPoolExecutor) executor.get(store.getFileStore());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The bookings a new start would find if the process died now. */
    private List<Integer> bookingsInTheFileNow() throws Exception {
        Path copy = Files.createDirectories(folder.resolve("after-crash"));
        Files.copy(folder.resolve("clinic.mv.db"), copy.resolve("clinic.mv.db"));
        List<Integer> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:"
                + copy.resolve("clinic").toAbsolutePath().toString().replace('\\', '/'), "sa", "");
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT id FROM booking ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
        }
        return ids;
    }
}
