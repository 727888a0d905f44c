package org.warmpool.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file compact while the application runs. Every commit is written before
 * it returns (docs/architecture.md, "Durability"), so a quiet clinic's commits each leave a chunk
 * in the file that later commits make mostly, but seldom wholly, obsolete: the file grows with each
 * commit, and so does H2's list of chunks, which every commit updates. H2's own background thread
 * rewrites such chunks only now and then, and not at all with {@code WRITE_DELAY=0} (which switches
 * it off). Every {@code warmpool.h2.compaction-interval} this rewrites the
 * live pages of the emptiest chunks into a new one (H2's {@code MVStore.compact}), after which H2
 * frees the old ones at its next commit and writes new chunks into the space. Nothing is removed
 * that a commit still needs, and a commit is still in the file before it returns.
 */
@Component
class H2FileCompaction {

    private static final Logger LOG = LoggerFactory.getLogger(H2FileCompaction.class);
    /** H2's own default ({@code AUTO_COMPACT_FILL_RATE}): compact when the chunks are less full than this. */
    static final int TARGET_FILL_RATE = 90;
    /** At most this many bytes rewritten a round, so that commits never wait long for H2's store lock. */
    static final int WRITE_LIMIT = 1024 * 1024;

    private final DataSource dataSource;
    private final Duration interval;
    private ScheduledExecutorService thread;
    private volatile MVStore store;

    H2FileCompaction(DataSource dataSource,
            @Value("${warmpool.h2.compaction-interval:PT0.5S}") Duration interval) {
        this.dataSource = dataSource;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        store = store();
        if (interval.isZero() || interval.isNegative() || store == null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "h2-file-compaction");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::compactQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    private void compactQuietly() {
        try {
            compact();
        } catch (RuntimeException failed) {
            LOG.warn("Compacting the H2 file failed; the next round tries again", failed);
        }
    }

    /** One round; true when chunks were rewritten. */
    boolean compact() {
        MVStore open = store;
        if (open == null || open.isClosed()) {
            // Found again after the database was closed and opened (a restore): the pool's
            // connections are few and busy at the busiest moments, so not taken every round.
            open = store();
            store = open;
        }
        return open != null && !open.isClosed() && open.compact(TARGET_FILL_RATE, WRITE_LIMIT);
    }

    /** The open H2 file's store, or null when the database is not an embedded H2 file. */
    MVStore store() {
        try (Connection connection = dataSource.getConnection()) {
            SessionLocal session = DurableCommitDataSource.h2FileSession(connection);
            return session == null ? null : session.getDatabase().getStore().getMvStore();
        } catch (SQLException e) {
            return null;
        }
    }
}
