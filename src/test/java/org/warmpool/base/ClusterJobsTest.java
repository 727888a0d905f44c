package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.util.UUIDConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A timed job and its lock in {@code INT_LOCK}, on H2, with a second lock registry on the same
 * database standing in for another app node.
 */
@SpringBootTest
@ActiveProfiles("test")
class ClusterJobsTest {

    @Autowired
    ClusterJobs jobs;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    DefaultLockRepository otherNodesRows;
    JdbcLockRegistry otherNode;
    String job;

    @BeforeEach
    void anotherNodeOnTheSameDatabase() {
        otherNodesRows = new DefaultLockRepository(dataSource);
        otherNodesRows.setRegion(ClusterJobs.Locks.REGION);
        otherNodesRows.setTransactionManager(transactions);
        otherNodesRows.afterPropertiesSet();
        otherNodesRows.afterSingletonsInstantiated();
        otherNode = new JdbcLockRegistry(otherNodesRows);
        job = "test-job-" + UUID.randomUUID();
    }

    @AfterEach
    void otherNodeStops() {
        otherNodesRows.close();
    }

    @Test
    void aJobWhoseLockAnotherNodeHoldsIsSkippedAndRunsOnceTheLockIsFree() {
        AtomicInteger runs = new AtomicInteger();
        Lock held = otherNode.obtain(job);
        assertThat(held.tryLock()).isTrue();

        long started = System.nanoTime();
        assertThat(jobs.runOnce(job, runs::incrementAndGet)).as("skipped while the other node runs it").isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("without waiting").isLessThan(Duration.ofSeconds(2));
        assertThat(runs).hasValue(0);

        held.unlock();
        assertThat(jobs.runOnce(job, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(lockRows()).as("released when the run ends").isZero();
    }

    @Test
    void whileAJobRunsHereAnotherNodeCannotTakeItsLock() {
        boolean[] otherNodeGotIt = {true};
        assertThat(jobs.runOnce(job, () -> {
            Lock lock = otherNode.obtain(job);
            otherNodeGotIt[0] = lock.tryLock();
            if (otherNodeGotIt[0]) {
                lock.unlock();
            }
        })).isTrue();

        assertThat(otherNodeGotIt[0]).isFalse();
        assertThat(otherNode.obtain(job).tryLock()).as("free again afterwards").isTrue();
    }

    @Test
    void theLockOfANodeThatDiedMidRunIsTakenOverOnceItsTimeToLiveIsOver() {
        AtomicInteger runs = new AtomicInteger();
        String key = UUIDConverter.getUUID(job).toString();
        // A row left by a node that stopped without releasing it, 5 minutes ago: still within the 10 minutes.
        jdbc.update("INSERT INTO INT_LOCK (LOCK_KEY, REGION, CLIENT_ID, CREATED_DATE) VALUES (?, ?, ?, ?)", key,
                ClusterJobs.Locks.REGION, UUID.randomUUID().toString(), utcMinutesAgo(5));
        assertThat(jobs.runOnce(job, runs::incrementAndGet)).isFalse();

        jdbc.update("UPDATE INT_LOCK SET CREATED_DATE = ? WHERE LOCK_KEY = ?", utcMinutesAgo(11), key);
        assertThat(jobs.runOnce(job, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aJobThatFailsReleasesItsLock() {
        assertThatThrownBy(() -> jobs.runOnce(job, () -> {
            throw new IllegalStateException("the job failed");
        })).hasMessage("the job failed");

        assertThat(lockRows()).isZero();
        assertThat(otherNode.obtain(job).tryLock()).isTrue();
    }

    private int lockRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM INT_LOCK WHERE LOCK_KEY = ?", Integer.class,
                UUIDConverter.getUUID(job).toString());
    }

    /** As the lock table stores its times: UTC, from the machine's clock (as the lock registry reads it). */
    private static Timestamp utcMinutesAgo(int minutes) {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(minutes));
    }
}
