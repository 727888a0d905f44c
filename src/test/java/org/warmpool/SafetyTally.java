package org.warmpool;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the generated cases each safety property checked and how many broke a rule (a broken
 * rule still fails the property at once), and prints one summary line per property: the figures
 * that the {@code safety} Maven profile reports.
 */
public final class SafetyTally {

    private final String suite;
    private final Map<String, AtomicLong[]> counts = new TreeMap<>();

    public SafetyTally(String suite) {
        this.suite = suite;
    }

    /** Runs one case of the named property, counting it and, if it throws, the violation. */
    public synchronized void check(String property, Runnable body) {
        AtomicLong[] c = counts.computeIfAbsent(property, p -> new AtomicLong[] {new AtomicLong(), new AtomicLong()});
        c[0].incrementAndGet();
        try {
            body.run();
        } catch (AssertionError | RuntimeException violation) {
            c[1].incrementAndGet();
            throw violation;
        }
    }

    public synchronized void print() {
        counts.forEach((property, c) -> System.out.printf("SAFETY %s.%s: cases=%d violations=%d%n", suite, property,
                c[0].get(), c[1].get()));
    }
}
