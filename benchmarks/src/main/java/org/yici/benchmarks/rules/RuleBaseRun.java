package org.yici.benchmarks.rules;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.definition.KiePackage;
import org.yici.rules.build.RuleBook;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.Checker;

/**
 * Everything measured on one rule base, in a fresh JVM (run by {@link RulesBenchmarks} as a child
 * process so rule bases do not share JIT profiles or heap):
 *
 * <ol>
 *   <li>the first {@link RuleBook#build} of the process (cold: Drools, MVEL and ECJ not yet loaded
 *       or compiled), its wall and building-thread CPU time, and the used heap it retains after a
 *       full GC;
 *   <li>a second build while the first is held, as a live reload does: wall and CPU time, and the
 *       heap one more rule base adds;
 *   <li>check latency and throughput on the first rule book, on 1 then 2 threads: every request of
 *       the mix checked once against its expected decision, then {@code warmup} seconds of checks,
 *       then {@code measure} seconds with every check timed ({@link System#nanoTime}).
 * </ol>
 *
 * <p>Prints {@code RESULT key=value ...} lines. Every build's CPU time is its own thread's, so a
 * busy machine shows as wall time above CPU time.
 *
 * <p>A hand-rolled loop rather than JMH here so that the 1,500-matter rule base is built once per
 * run instead of once per JMH fork; {@link CheckBenchmark} is the JMH equivalent for spot checks.
 */
public final class RuleBaseRun {
    private static final int MAX_SAMPLES = 4_000_000;
    private static volatile long sink;

    private RuleBaseRun() {}

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "generated-1500";
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int measure = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        boolean secondBuild = args.length <= 3 || Boolean.parseBoolean(args[3]);

        long t0 = System.nanoTime();
        Workload workload = Workload.of(name);
        long generateMs = (System.nanoTime() - t0) / 1_000_000;
        long heap0 = usedHeapAfterGc();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long b0 = System.nanoTime();
        RuleBook book = RuleBook.build(workload.source());
        long coldMs = (System.nanoTime() - b0) / 1_000_000;
        long coldCpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        long heap1 = usedHeapAfterGc();

        long warmMs = -1;
        long warmCpuMs = -1;
        double secondMiB = Double.NaN;
        if (secondBuild) {
            long c1 = threads.getCurrentThreadCpuTime();
            long b1 = System.nanoTime();
            RuleBook second = RuleBook.build(workload.source());
            warmMs = (System.nanoTime() - b1) / 1_000_000;
            warmCpuMs = (threads.getCurrentThreadCpuTime() - c1) / 1_000_000;
            long heap2 = usedHeapAfterGc();
            secondMiB = (heap2 - heap1) / 1048576.0;
            sink += second.matters().size();
        }

        // Distinct rules: every shard holds its own copy of the common rules.
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (var shard : book.shards()) {
            for (KiePackage p : shard.kieBase().getKiePackages()) {
                p.getRules().forEach(r -> distinct.add(p.getName() + "/" + r.getName()));
            }
        }
        int rules = distinct.size();
        System.out.println(String.format(
                Locale.ROOT,
                "RESULT kind=build ruleBase=%s matters=%d rules=%d generateMs=%d coldBuildMs=%d coldBuildCpuMs=%d"
                        + " secondBuildMs=%d secondBuildCpuMs=%d heapBeforeMiB=%.1f firstRetainedMiB=%.1f"
                        + " secondRetainedMiB=%.1f load=%.2f rulesVersion=%s",
                name,
                book.matters().size(),
                rules,
                generateMs,
                coldMs,
                coldCpuMs,
                warmMs,
                warmCpuMs,
                heap0 / 1048576.0,
                (heap1 - heap0) / 1048576.0,
                secondMiB,
                load(),
                book.version().substring(0, 19)));
        System.out.flush();

        Checker checker = new Checker(book);
        CheckRequest[] requests = verified(checker, workload);
        for (int n : new int[] {1, 2}) {
            usedHeapAfterGc();
            run(checker, requests, n, warmup, null);
            Measured m = run(checker, requests, n, measure, new long[n][]);
            System.out.println(String.format(
                    Locale.ROOT,
                    "RESULT kind=load ruleBase=%s threads=%d checks=%d seconds=%.1f throughput=%.0f"
                            + " p50us=%.1f p90us=%.1f p99us=%.1f p999us=%.1f maxus=%.1f meanus=%.1f load=%.2f",
                    name,
                    n,
                    m.count,
                    m.seconds,
                    m.count / m.seconds,
                    m.percentile(50),
                    m.percentile(90),
                    m.percentile(99),
                    m.percentile(99.9),
                    m.sorted[m.sorted.length - 1] / 1000.0,
                    m.mean(),
                    load()));
            System.out.flush();
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    /** The requests, each checked once against the decision it must get (also the first warm-up). */
    private static CheckRequest[] verified(Checker checker, Workload workload) {
        List<Workload.Case> cases = workload.cases();
        CheckRequest[] requests = new CheckRequest[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            Workload.Case c = cases.get(i);
            CheckOutcome outcome = checker.check(c.request());
            if (c.decision() != null && !c.decision().equals(outcome.decision().name())) {
                throw new IllegalStateException(
                        workload.name() + ": request for " + c.request().matter()
                                + " expected " + c.decision() + " but got " + outcome.decision() + " "
                                + outcome.findings());
            }
            requests[i] = c.request();
        }
        return requests;
    }

    private record Measured(long count, double seconds, long[] sorted) {
        double percentile(double p) {
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
        }

        double mean() {
            double total = 0;
            for (long v : sorted) {
                total += v;
            }
            return total / sorted.length / 1000.0;
        }
    }

    /** {@code n} threads checking for {@code seconds}; latencies recorded when {@code samples} is given. */
    private static Measured run(Checker checker, CheckRequest[] requests, int n, int seconds, long[][] samples)
            throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(n + 1);
        AtomicLong count = new AtomicLong();
        Thread[] workers = new Thread[n];
        long[] window = new long[2];
        for (int t = 0; t < n; t++) {
            int id = t;
            workers[t] = new Thread(
                    () -> {
                        long[] own = samples == null ? null : new long[MAX_SAMPLES];
                        int next = (id * 7919) % requests.length;
                        long local = 0;
                        long acc = 0;
                        try {
                            start.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        long deadline = window[1];
                        while (true) {
                            long before = System.nanoTime();
                            if (before >= deadline) {
                                break;
                            }
                            CheckOutcome o = checker.check(requests[next]);
                            long after = System.nanoTime();
                            acc += o.findings().size();
                            if (own != null && local < MAX_SAMPLES) {
                                own[(int) local] = after - before;
                            }
                            local++;
                            next = next + 1 == requests.length ? 0 : next + 1;
                        }
                        count.addAndGet(local);
                        sink += acc;
                        if (samples != null) {
                            samples[id] = Arrays.copyOf(own, (int) Math.min(local, MAX_SAMPLES));
                        }
                    },
                    "check-" + t);
        }
        for (Thread w : workers) {
            w.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + seconds * 1_000_000_000L;
        try {
            start.await();
        } catch (java.util.concurrent.BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
        for (Thread w : workers) {
            w.join();
        }
        // Threads finish the check in flight after the deadline; count the real window.
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        if (samples == null) {
            return new Measured(count.get(), elapsed, new long[] {0});
        }
        long[] all = Arrays.stream(samples).flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        return new Measured(count.get(), elapsed, all);
    }

    static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(now - used) < 64 * 1024) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
