package org.yici.benchmarks.rules;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.yici.benchmarks.SuppressForbidden;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.Checker;
import org.yici.rules.model.FindingCode;

/**
 * Reload times and checks during reloads, for one rule base in this JVM. The rule base is written
 * to a temporary rules folder and every reload does what the service's reload does: read the
 * folder, build with the live book as the previous one, make a checker, swap it in.
 *
 * <ol>
 *   <li>cold full build, retained heap, warm full build;
 *   <li>one-matter changes: a rule is added to (or removed from) one matter's file, then reload;
 *   <li>a data change (no DRL changed) and a common change (every shard recompiles);
 *   <li>load: check threads run without pause while the main thread reloads one-matter changes
 *       again and again, then makes one common change (a full rebuild) — every check is verified
 *       against the rules of the version it reports, so a failed check or a check that mixed two
 *       versions is counted.
 * </ol>
 *
 * <p>Usage: {@code java -Xms3g -Xmx3g -cp benchmarks/target/yici-benchmarks.jar
 * org.yici.benchmarks.rules.ReloadRun generated-1500-scoped} with system properties
 * {@code bench.shardSize} (matters per shard, default 16), {@code bench.threads} (check threads,
 * 2), {@code bench.warmupChanges} (one-matter reloads before timing, 4), {@code bench.changes}
 * (one-matter reloads timed, 10), {@code bench.loadWarmUp} (seconds of checks before the load
 * run is measured, 0), {@code bench.loadSeconds} (seconds of reloads under load, 60). Prints {@code RESULT} lines.
 */
public final class ReloadRun {
    private static volatile long sink;
    private static int warmUpSeconds;

    private ReloadRun() {}

    @SuppressForbidden("the process CPU time is only in the JDK's exported com.sun.management API")
    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "generated-1500-scoped";
        int shardSize = Integer.getInteger("bench.shardSize", 16);
        int checkThreads = Integer.getInteger("bench.threads", 2);
        int changes = Integer.getInteger("bench.changes", 10);
        int warmupChanges = Integer.getInteger("bench.warmupChanges", 4);
        int loadSeconds = Integer.getInteger("bench.loadSeconds", 60);
        warmUpSeconds = Integer.getInteger("bench.loadWarmUp", 0);
        RuleBook.Options options =
                new RuleBook.Options(shardSize, Runtime.getRuntime().availableProcessors());

        Workload workload = Workload.of(name);
        Path dir = Files.createTempDirectory("yici-reload-bench");
        write(dir, workload.source());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        long heap0 = RuleBaseRun.usedHeapAfterGc();
        long t0 = System.nanoTime();
        long c0 = os.getProcessCpuTime();
        RuleBook first = RuleBook.build(RuleSource.directory(dir), null, options);
        long coldMs = millisSince(t0);
        // Shards compile on a pool: the process's CPU time, JIT and GC threads included.
        long coldCpuMs = (os.getProcessCpuTime() - c0) / 1_000_000;
        long heap1 = RuleBaseRun.usedHeapAfterGc();
        t0 = System.nanoTime();
        RuleBook book = RuleBook.build(RuleSource.directory(dir), null, options);
        long warmMs = millisSince(t0);
        long heap2 = RuleBaseRun.usedHeapAfterGc();
        sink += first.matters().size();
        first = null;
        int largest =
                book.shards().stream().mapToInt(s -> s.matters().size()).max().orElse(0);
        result(
                "kind=full ruleBase=%s matters=%d shardSize=%d shards=%d largestShard=%d coldMs=%d coldProcessCpuMs=%d"
                        + " warmMs=%d heapFirstMiB=%.1f heapOneMoreMiB=%.1f load=%.2f",
                name,
                book.matters().size(),
                shardSize,
                book.shards().size(),
                largest,
                coldMs,
                coldCpuMs,
                warmMs,
                (heap1 - heap0) / 1048576.0,
                (heap2 - heap1) / 1048576.0,
                load());

        Live live = new Live(book);
        List<String> hot = hotMatters(workload);
        // Untimed: a service that has reloaded a few times has the Drools compiler JIT-compiled.
        for (int i = 0; i < warmupChanges; i++) {
            togglePause(dir, hot.get(i % hot.size()), live);
            reload(dir, live, options);
        }
        long[] oneMatter = new long[changes];
        for (int i = 0; i < changes; i++) {
            String matter = hot.get(i % hot.size());
            togglePause(dir, matter, live);
            Reload r = reload(dir, live, options);
            oneMatter[i] = r.totalMs;
            result(
                    "kind=oneMatter ruleBase=%s matter=%s readMs=%d buildMs=%d totalMs=%d compiled=%d reused=%d"
                            + " prepareMs=%d compileMs=%d load=%.2f",
                    name,
                    matter,
                    r.readMs,
                    r.buildMs,
                    r.totalMs,
                    r.compiled,
                    r.reused,
                    r.prepareMs,
                    r.compileMs,
                    load());
        }
        Arrays.sort(oneMatter);
        result(
                "kind=oneMatterSummary ruleBase=%s changes=%d medianMs=%d maxMs=%d",
                name, changes, oneMatter[changes / 2], oneMatter[changes - 1]);

        append(dir, "data/situations.yaml", "\n# reviewed\n");
        Reload data = reload(dir, live, options);
        result(
                "kind=dataChange ruleBase=%s totalMs=%d compiled=%d reused=%d prepareMs=%d load=%.2f",
                name, data.totalMs, data.compiled, data.reused, data.prepareMs, load());
        append(dir, "common/decide.drl", "\n// reviewed\n");
        Reload common = reload(dir, live, options);
        result(
                "kind=commonChange ruleBase=%s totalMs=%d compiled=%d reused=%d compileMs=%d load=%.2f",
                name, common.totalMs, common.compiled, common.reused, common.compileMs, load());

        loadRun(name, dir, live, options, workload, hot, checkThreads, loadSeconds);
        if (sink == 42) {
            System.out.println();
        }
    }

    /** The live checker and, per version, which matters carry the pause rule. */
    private static final class Live {
        final AtomicReference<Checker> checker;
        final Map<String, Set<String>> pausedByVersion = new ConcurrentHashMap<>();
        final Set<String> paused = new LinkedHashSet<>();

        Live(RuleBook book) {
            checker = new AtomicReference<>(new Checker(book));
            pausedByVersion.put(book.version(), Set.of());
        }
    }

    private record Reload(
            long readMs, long buildMs, long totalMs, int compiled, int reused, long prepareMs, long compileMs) {}

    /** What the service's reload does: read the folder, build on the live book, swap. */
    private static Reload reload(Path dir, Live live, RuleBook.Options options) {
        long t0 = System.nanoTime();
        RuleSource source = RuleSource.directory(dir);
        long t1 = System.nanoTime();
        RuleBook book = RuleBook.build(source, live.checker.get().ruleBook(), options);
        Checker checker = new Checker(book);
        live.pausedByVersion.put(book.version(), Set.copyOf(live.paused));
        live.checker.set(checker);
        long t2 = System.nanoTime();
        return new Reload(
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (t2 - t0) / 1_000_000,
                book.stats().compiled(),
                book.stats().reused(),
                book.stats().prepareMs(),
                book.stats().compileMs());
    }

    /**
     * Adds a rule that makes every check of {@code matter} not eligible, or removes it again: a
     * change whose effect a check's result shows, so a check on the wrong rules is caught.
     */
    private static void togglePause(Path dir, String matter, Live live) throws IOException {
        Path file = dir.resolve("matters/" + matter + "/requirements.drl");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(PAUSE_MARK);
        if (at >= 0) {
            Files.writeString(file, text.substring(0, at), StandardCharsets.UTF_8);
            live.paused.remove(matter);
        } else {
            Files.writeString(
                    file,
                    text + PAUSE_MARK + String.format(Locale.ROOT, PAUSE, matter, matter, matter),
                    StandardCharsets.UTF_8);
            live.paused.add(matter);
        }
    }

    private static final String PAUSE_MARK = "\n// benchmark: paused\n";
    private static final String PAUSE =
            """
            rule "%s 暂停受理（基准测试）"
            when
                MatterCase( matter == "%s" )
            then
                insertLogical( Finding.notEligible( "%s", "本事项暂停受理", "基准测试", drools.getRule() ) );
            end
            """;

    /** The matters whose requests come first in the mix; the load run changes these. */
    private static List<String> hotMatters(Workload workload) {
        Set<String> hot = new LinkedHashSet<>();
        for (Workload.Case c : workload.cases()) {
            if (c.decision() != null) {
                hot.add(c.request().matter());
            }
            if (hot.size() == 4) {
                break;
            }
        }
        return List.copyOf(hot);
    }

    private static void loadRun(
            String name,
            Path dir,
            Live live,
            RuleBook.Options options,
            Workload workload,
            List<String> hot,
            int n,
            int seconds)
            throws Exception {
        List<Workload.Case> hotCases = workload.cases().stream()
                .filter(c -> c.decision() != null && hot.contains(c.request().matter()))
                .toList();
        List<Workload.Case> all =
                workload.cases().stream().filter(c -> c.decision() != null).toList();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong checks = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        AtomicReference<String> phase = new AtomicReference<>("oneMatter");
        Map<String, List<long[]>> latencies = new ConcurrentHashMap<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            int id = t;
            Thread w = new Thread(
                    () -> {
                        int next = id * 7919;
                        long[] buf = new long[1 << 20];
                        int len = 0;
                        String bufPhase = phase.get();
                        while (!stop.get()) {
                            // Every other check is of a matter the reloads keep changing.
                            Workload.Case c = next % 2 == 0
                                    ? hotCases.get((next / 2) % hotCases.size())
                                    : all.get((next / 2) % all.size());
                            next++;
                            String p = phase.get();
                            if (!p.equals(bufPhase) || len == buf.length) {
                                latencies
                                        .computeIfAbsent(bufPhase, k -> new ArrayList<>())
                                        .add(Arrays.copyOf(buf, len));
                                len = 0;
                                bufPhase = p;
                            }
                            long before = System.nanoTime();
                            try {
                                // As a check in the service: take the live checker once, use it to the end.
                                CheckOutcome o = live.checker.get().check(c.request());
                                buf[len++] = System.nanoTime() - before;
                                versionsSeen.add(o.rulesVersion());
                                Set<String> paused = live.pausedByVersion.get(o.rulesVersion());
                                boolean notEligible =
                                        o.findings().stream().anyMatch(f -> f.code() == FindingCode.NOT_ELIGIBLE);
                                boolean right = paused != null
                                        && (paused.contains(c.request().matter())
                                                ? notEligible
                                                : o.decision().name().equals(c.decision()));
                                if (!right) {
                                    wrong.incrementAndGet();
                                }
                            } catch (RuntimeException e) {
                                failed.incrementAndGet();
                            }
                            checks.incrementAndGet();
                        }
                        latencies
                                .computeIfAbsent(bufPhase, k -> new ArrayList<>())
                                .add(Arrays.copyOf(buf, len));
                    },
                    "check-" + t);
            workers.add(w);
        }
        // The common change just before left every shard new: let the checks warm them first.
        phase.set("warmUp");
        workers.forEach(Thread::start);
        Thread.sleep(warmUpSeconds * 1000L);
        phase.set("noReload");
        Thread.sleep(15_000);
        long checksBefore = checks.get();
        phase.set("oneMatter");
        long start = System.nanoTime();
        List<Long> reloadMs = new ArrayList<>();
        int i = 0;
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
            togglePause(dir, hot.get(i++ % hot.size()), live);
            reloadMs.add(reload(dir, live, options).totalMs);
            Thread.sleep(200);
        }
        long oneMatterChecks = checks.get() - checksBefore;
        double oneMatterSeconds = (System.nanoTime() - start) / 1e9;
        phase.set("commonChange");
        append(dir, "common/decide.drl", "\n// reviewed again\n");
        long fullStart = System.nanoTime();
        long checksAtFull = checks.get();
        Reload full = reload(dir, live, options);
        long fullChecks = checks.get() - checksAtFull;
        double fullSeconds = (System.nanoTime() - fullStart) / 1e9;
        phase.set("after");
        Thread.sleep(2_000);
        stop.set(true);
        for (Thread w : workers) {
            w.join();
        }
        reloadMs.sort(Comparator.naturalOrder());
        result(
                "kind=loadReloads ruleBase=%s checkThreads=%d reloads=%d reloadMedianMs=%d reloadMaxMs=%d"
                        + " checksDuringReloads=%d checksPerSecond=%.0f fullRebuildMs=%d checksDuringFullRebuild=%d"
                        + " checksPerSecondDuringFullRebuild=%.0f totalChecks=%d failedChecks=%d"
                        + " wrongVersionChecks=%d versionsSeen=%d load=%.2f",
                name,
                n,
                reloadMs.size(),
                reloadMs.get(reloadMs.size() / 2),
                reloadMs.get(reloadMs.size() - 1),
                oneMatterChecks,
                oneMatterChecks / oneMatterSeconds,
                full.totalMs,
                fullChecks,
                fullChecks / fullSeconds,
                checks.get(),
                failed.get(),
                wrong.get(),
                versionsSeen.size(),
                load());
        for (String p : List.of("noReload", "oneMatter", "commonChange")) {
            long[] sorted = latencies.getOrDefault(p, List.of()).stream()
                    .flatMapToLong(Arrays::stream)
                    .sorted()
                    .toArray();
            if (sorted.length > 0) {
                result(
                        "kind=loadLatency ruleBase=%s phase=%s checks=%d p50us=%.1f p99us=%.1f maxus=%.1f",
                        name,
                        p,
                        sorted.length,
                        percentile(sorted, 50),
                        percentile(sorted, 99),
                        sorted[sorted.length - 1] / 1000.0);
            }
        }
    }

    private static double percentile(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }

    private static void write(Path dir, RuleSource source) throws IOException {
        for (Map.Entry<String, byte[]> e : source.files().entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
    }

    private static void append(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void result(String format, Object... args) {
        System.out.println("RESULT " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
