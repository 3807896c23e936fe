package org.yici.engine.rulebase;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.yici.engine.YiciProperties;
import org.yici.rules.build.BuildProblem;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleBuildException;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.Checker;

/**
 * The rule book every check runs on, and its reloads. A check takes the current checker once and
 * uses it to the end, so a swap never mixes two versions within one check. A reload builds on a
 * thread of its own while checks go on; on failure the old rule book stays live.
 */
@Component
public class LiveRuleBook implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(LiveRuleBook.class);
    /** Earlier versions kept for supplements re-checked on the rules of their original check. */
    private static final int RETAINED_VERSIONS = 8;

    private final YiciProperties properties;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final AtomicReference<Live> current = new AtomicReference<>();
    private final Map<String, Checker> retained = new LinkedHashMap<>();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rules-build");
        t.setDaemon(true);
        return t;
    });
    private volatile ReloadReport lastReload;

    /** The live checker and when it went live. */
    record Live(Checker checker, Instant loadedAt) {}

    /**
     * What the last reload did.
     *
     * @param version the version now live (the old one when the reload failed)
     */
    public record ReloadReport(
            Instant at, boolean succeeded, String version, List<BuildProblem> problems, long buildMs) {}

    LiveRuleBook(YiciProperties properties, Clock clock, MeterRegistry metrics) {
        this.properties = properties;
        this.clock = clock;
        this.metrics = metrics;
        RuleBook book = RuleBook.build(source());
        book.warnings().forEach(w -> log.warn("rules: {}", w));
        log.info(
                "rule base {} loaded from {}: {} matters",
                book.version(),
                book.source().origin(),
                book.matters().size());
        install(book);
    }

    private RuleSource source() {
        return reloadable() ? RuleSource.directory(properties.rulesDir()) : RuleSource.classpath();
    }

    /** Whether rules come from a folder (which can change) rather than the build. */
    public boolean reloadable() {
        return properties.rulesDir() != null
                && !properties.rulesDir().toString().isBlank();
    }

    public Checker checker() {
        return current.get().checker();
    }

    public RuleBook book() {
        return checker().ruleBook();
    }

    public Instant loadedAt() {
        return current.get().loadedAt();
    }

    public Optional<ReloadReport> lastReload() {
        return Optional.ofNullable(lastReload);
    }

    /** The checker of a version still loaded (the live one or a recent one). */
    public synchronized Optional<Checker> checkerFor(String version) {
        return Optional.ofNullable(retained.get(version));
    }

    /**
     * Builds the rules folder again and, if it builds, makes it live. Unchanged files are a no-op.
     * Blocks the caller (not the checks) until the build is done.
     */
    public ReloadReport reload() {
        Future<ReloadReport> result = builder.submit(this::rebuild);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reloading rules", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("rules reload failed", e.getCause());
        }
    }

    private ReloadReport rebuild() {
        long start = System.nanoTime();
        RuleSource source = source();
        String live = book().version();
        ReloadReport report;
        if (source.version().equals(live)) {
            report = new ReloadReport(clock.instant(), true, live, List.of(), 0);
        } else {
            try {
                // Only the shards whose DRL changed are compiled; the rest come from the live book.
                RuleBook book = RuleBook.build(source, book());
                install(book);
                report = new ReloadReport(clock.instant(), true, book.version(), book.warnings(), millisSince(start));
                log.info(
                        "rules reloaded: {} -> {} in {} ms ({})", live, book.version(), report.buildMs(), book.stats());
            } catch (RuleBuildException e) {
                e.problems().forEach(p -> log.error("rules reload failed: {}", p));
                report = new ReloadReport(clock.instant(), false, live, e.problems(), millisSince(start));
            }
        }
        lastReload = report;
        metrics.counter("yici.rules.reloads", "outcome", outcomeOf(report, live))
                .increment();
        return report;
    }

    private static String outcomeOf(ReloadReport report, String before) {
        if (!report.succeeded()) {
            return "failed";
        }
        return report.version().equals(before) ? "unchanged" : "reloaded";
    }

    private synchronized void install(RuleBook book) {
        Checker checker = new Checker(book);
        retained.remove(book.version());
        retained.put(book.version(), checker);
        while (retained.size() > RETAINED_VERSIONS) {
            retained.remove(retained.keySet().iterator().next());
        }
        current.set(new Live(checker, clock.instant()));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void destroy() {
        builder.shutdownNow();
    }
}
