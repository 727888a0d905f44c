package org.warmpool.backup;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Many commits, one write. A caller whose transaction has committed in memory waits here until a
 * write of the whole store has run from start to end after it arrived: that write holds its
 * commit. While one caller writes, those who arrive wait; the first of them then writes once for
 * all of them. A booking therefore never returns before its commit is in the file, yet ten
 * bookings that commit together cost one write instead of ten.
 */
final class GroupCommit {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    /** Callers so far, numbered from 1 in the order they arrived. */
    private long arrived;
    /** Every caller up to this number has had a write start after they arrived and end. */
    private long writtenUpTo;
    private boolean writing;
    /** The write the latest caller asked for: after a restore, the store that is open now. */
    private Runnable latestWrite;

    /**
     * Returns once {@code write} (or a later caller's) has run completely after this call began. A
     * failed write is thrown to the caller who ran it; the others wait for the next one.
     */
    void awaitWritten(Runnable write) {
        lock.lock();
        try {
            long ticket = ++arrived;
            latestWrite = write;
            while (writtenUpTo < ticket) {
                if (writing) {
                    written.awaitUninterruptibly();
                } else {
                    writeFor(arrived, latestWrite);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Called holding the lock; releases it for the write itself. */
    private void writeFor(long upTo, Runnable write) {
        writing = true;
        boolean done = false;
        lock.unlock();
        try {
            write.run();
            done = true;
        } finally {
            lock.lock();
            writing = false;
            if (done) {
                writtenUpTo = Math.max(writtenUpTo, upTo);
            }
            written.signalAll();
        }
    }
}
