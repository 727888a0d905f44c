package org.warmpool.base;

import java.time.Duration;
import java.util.concurrent.locks.Lock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.support.locks.LockRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Runs each timed job on one app node at a time: a run goes ahead only when it takes the job's lock
 * in the database (a row in {@code INT_LOCK}, Spring Integration's {@link JdbcLockRegistry});
 * while another node holds it, this node skips the run, without waiting. The lock is released when
 * the run ends; a node that dies mid-run leaves its row behind, which counts as free once it is
 * older than {@code warmpool.jobs.lock-time-to-live} (default 10 minutes, longer than any run).
 * <p>
 * The lock saves work; it is not what keeps a job from doing a thing twice. Each job is safe to run
 * twice at once by itself (a reminder is stored once per booking, an e-mail is claimed under its
 * row lock), because a lock that expired, or clocks that differ between nodes, can let two runs
 * overlap.
 */
@Component
public class ClusterJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterJobs.class);

    private final LockRegistry locks;

    ClusterJobs(LockRegistry jobLocks) {
        this.locks = jobLocks;
    }

    /**
     * Runs the job here, unless another node (or another run on this one) is running it.
     *
     * @return whether it ran
     */
    public boolean runOnce(String jobName, Runnable job) {
        Lock lock = locks.obtain(jobName);
        boolean taken;
        try {
            taken = lock.tryLock();
        } catch (RuntimeException databaseTrouble) {
            LOG.warn("Job {} skipped: its lock could not be taken ({})", jobName, databaseTrouble.getMessage());
            return false;
        }
        if (!taken) {
            LOG.debug("Job {} skipped: it is running on another node", jobName);
            return false;
        }
        try {
            job.run();
            return true;
        } finally {
            try {
                lock.unlock();
            } catch (RuntimeException expiredOrDatabaseTrouble) {
                // Another node may have taken it over; the jobs are safe to overlap (see the class comment).
                LOG.warn("Job {}: its lock could not be released cleanly ({})", jobName,
                        expiredOrDatabaseTrouble.getMessage());
            }
        }
    }

    /** The lock table's rows for the jobs, and the registry that takes them. */
    @Configuration(proxyBeanMethods = false)
    static class Locks {

        /** Rows of this application in {@code INT_LOCK}. */
        static final String REGION = "warmpool-jobs";

        @Bean
        DefaultLockRepository jobLockRepository(DataSource dataSource, PlatformTransactionManager transactions,
                @Value("${warmpool.jobs.lock-time-to-live:PT10M}") Duration timeToLive) {
            DefaultLockRepository repository = new DefaultLockRepository(dataSource);
            repository.setRegion(REGION);
            repository.setTimeToLive(Math.toIntExact(timeToLive.toMillis()));
            repository.setTransactionManager(transactions);
            return repository;
        }

        @Bean
        LockRegistry jobLocks(DefaultLockRepository jobLockRepository) {
            return new JdbcLockRegistry(jobLockRepository);
        }
    }
}
