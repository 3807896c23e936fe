package org.yici.benchmarks.service;

import java.util.Arrays;
import java.util.Locale;

/** Request latencies of one run, kept whole (a run is at most a few hundred thousand requests). */
final class Latencies {
    private long[] nanos = new long[1 << 16];
    private int count;
    private int errors;

    synchronized void ok(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    private final java.util.Map<String, Integer> errorKinds = new java.util.TreeMap<>();

    synchronized void error(String kind) {
        errors++;
        errorKinds.merge(kind, 1, Integer::sum);
    }

    /** Errors by kind (HTTP status or exception), for the reader to tell a refusal from a crash. */
    synchronized String errorKinds() {
        return errorKinds.toString();
    }

    synchronized int count() {
        return count;
    }

    synchronized int errors() {
        return errors;
    }

    /** The latency at quantile {@code q} (0..1) in milliseconds. */
    synchronized double millis(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(q * count) - 1));
        return sorted[index] / 1e6;
    }

    String row(String name, int threads, double seconds) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %d |",
                name,
                threads,
                count(),
                count() / seconds,
                millis(0.5),
                millis(0.99),
                millis(1.0),
                errors());
    }

    static String header() {
        return "| workload | client threads | requests | per second | p50 ms | p99 ms | max ms | errors |\n"
                + "|---|---|---|---|---|---|---|---|";
    }
}
