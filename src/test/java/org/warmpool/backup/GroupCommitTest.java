package org.warmpool.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final GroupCommit group = new GroupCommit();
    /** One clock for every event, so that "began after" and "ended before" can be compared. */
    private final AtomicLong events = new AtomicLong();

    private record Write(long began, long ended) {
    }

    private record Call(long arrived, long returned) {
    }

    @Test
    void everyCallerReturnsOnlyAfterAWriteThatBeganAfterItArrivedAndTheWritesAreShared() throws Exception {
        ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        Runnable write = () -> {
            long began = events.incrementAndGet();
            sleepQuietly(1);
            writes.add(new Write(began, events.incrementAndGet()));
        };
        int threads = 12;
        int callsEach = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = 0; i < callsEach; i++) {
                        long arrived = events.incrementAndGet();
                        group.awaitWritten(write);
                        calls.add(new Call(arrived, events.incrementAndGet()));
                    }
                }));
            }
            for (Future<?> each : running) {
                each.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(calls).hasSize(threads * callsEach);
        for (Call call : calls) {
            assertThat(writes).as("a write held between %s and %s", call.arrived(), call.returned())
                    .anyMatch(w -> w.began() > call.arrived() && w.ended() < call.returned());
        }
        // Callers who wait while one writes share the next write.
        assertThat(writes.size()).isLessThan(threads * callsEach / 2);
    }

    @Test
    void aCallerAloneWritesOnceAndReturns() {
        AtomicInteger written = new AtomicInteger();

        group.awaitWritten(written::incrementAndGet);
        group.awaitWritten(written::incrementAndGet);

        assertThat(written).hasValue(2);
    }

    @Test
    void aFailedWriteReachesTheCallerWhoRanItAndTheOneWaitingWritesAgain() throws Exception {
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch failFirstWrite = new CountDownLatch(1);
        AtomicInteger secondWrites = new AtomicInteger();

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> group.awaitWritten(() -> {
            firstWriteStarted.countDown();
            awaitQuietly(failFirstWrite);
            throw new IllegalStateException("disk full");
        }));
        assertThat(firstWriteStarted.await(1, TimeUnit.MINUTES)).isTrue();
        Thread second = new Thread(() -> group.awaitWritten(secondWrites::incrementAndGet));
        second.start();
        while (second.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        assertThat(secondWrites).as("waits while the first write runs").hasValue(0);

        failFirstWrite.countDown();

        assertThatThrownBy(() -> first.get(1, TimeUnit.MINUTES)).hasRootCauseMessage("disk full");
        second.join(TimeUnit.MINUTES.toMillis(1));
        assertThat(second.isAlive()).isFalse();
        assertThat(secondWrites).as("its own write, after the failed one").hasValue(1);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
