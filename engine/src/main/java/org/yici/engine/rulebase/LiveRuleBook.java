package org.yici.engine.rulebase;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yici.engine.YiciProperties;
import org.yici.engine.rulebase.RuleStore.Publication;
import org.yici.rules.build.BuildProblem;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleBuildException;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.Checker;

/**
 * The rule book every check runs on, and its reloads. A check takes the current checker once and
 * uses it to the end, so a swap never mixes two versions within one check. A reload builds on a
 * thread of its own while checks go on; on failure the old rule book stays live.
 *
 * <p>Where the rules come from is {@code yici.rules.source}: {@code folder} (default: {@code
 * YICI_RULES_DIR} or the packaged rules, reloaded on change) or {@code database} (the newest version
 * published to the shared database, followed by {@link PublishedRulesPoller}, so that every node
 * behind a load balancer serves the same version).
 */
@Component
public class LiveRuleBook implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(LiveRuleBook.class);
    /** Earlier versions kept for supplements re-checked on the rules of their original check. */
    private static final int RETAINED_VERSIONS = 8;

    private final YiciProperties properties;
    private final Clock clock;
    private final MeterRegistry metrics;
    /** Publications looked at on start when the newest one does not compile on this node. */
    private static final int PUBLICATIONS_TRIED_ON_START = 10;

    private final Mode mode;
    private final RuleStore store;
    private final AtomicReference<Live> current = new AtomicReference<>();
    private final Map<String, Checker> retained = new LinkedHashMap<>();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rules-build");
        t.setDaemon(true);
        return t;
    });
    private volatile ReloadReport lastReload;
    /** Database mode: the newest publication seen, and the one the live version came from. */
    private volatile Publication newest;

    private volatile Publication livePublication;
    /** Database mode: the newest publication, when it does not compile here. */
    private volatile Refused refused;

    /** Where the live rules come from ({@code yici.rules.source}). */
    public enum Mode {
        /** {@code YICI_RULES_DIR} (watched) or the packaged rules: one node on its own. */
        FOLDER,
        /** The newest version published to the database: every node the same. */
        DATABASE;

        static Mode of(String setting) {
            try {
                return valueOf(setting.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("yici.rules.source must be folder or database, not " + setting, e);
            }
        }
    }

    /** The live checker and when it went live. */
    record Live(Checker checker, Instant loadedAt) {}

    /**
     * What the last reload did.
     *
     * @param version the version now live (the old one when the reload failed)
     * @param published database mode: the publication the reload made (or found already made)
     */
    public record ReloadReport(
            Instant at,
            boolean succeeded,
            String version,
            List<BuildProblem> problems,
            long buildMs,
            Publication published) {}

    /** A published version this node could not compile: it keeps serving the one before. */
    public record Refused(Publication publication, Instant at, List<BuildProblem> problems) {}

    /** Database mode: what is published and what this node serves of it. */
    public record PublishedState(Publication newest, Publication live, Refused refused) {}

    LiveRuleBook(
            YiciProperties properties,
            Clock clock,
            MeterRegistry metrics,
            RuleStore store,
            @Value("${yici.rules.source:folder}") String mode) {
        this.properties = properties;
        this.clock = clock;
        this.metrics = metrics;
        this.store = store;
        this.mode = Mode.of(mode);
        RuleBook book = this.mode == Mode.DATABASE ? startPublished() : RuleBook.build(source());
        book.warnings().forEach(w -> log.warn("rules: {}", w));
        log.info(
                "rule base {} loaded from {}: {} matters",
                book.version(),
                book.source().origin(),
                book.matters().size());
        install(book);
    }

    /**
     * The newest published version that compiles here (normally the newest one). On a database
     * where nothing is published yet, this node publishes its own rules ({@code YICI_RULES_DIR} or
     * the packaged ones) as the first version.
     */
    private RuleBook startPublished() {
        List<Publication> history = store.history(PUBLICATIONS_TRIED_ON_START);
        if (history.isEmpty()) {
            RuleSource own = source();
            RuleBook book = RuleBook.build(own);
            Publication first = store.publish(own, "yici (first start, " + own.origin() + ")");
            log.info("no rules published yet: published {} from {}", first.version(), own.origin());
            newest = first;
            livePublication = first;
            return book;
        }
        newest = history.get(0);
        for (Publication p : history) {
            try {
                RuleBook book = RuleBook.build(stored(p));
                livePublication = p;
                return book;
            } catch (RuleBuildException e) {
                e.problems()
                        .forEach(problem -> log.error("published rules {} do not compile: {}", p.version(), problem));
                if (p == newest) {
                    refused = new Refused(p, clock.instant(), e.problems());
                }
            } catch (IllegalStateException e) {
                log.error("published rules {} cannot be served: {}", p.version(), e.getMessage());
                if (p == newest) {
                    refused = new Refused(
                            p, clock.instant(), List.of(BuildProblem.error("(database)", 0, e.getMessage())));
                }
            }
        }
        throw new IllegalStateException("none of the last " + history.size() + " published rule versions compiles");
    }

    private RuleSource stored(Publication p) {
        return store.load(p.version())
                .orElseThrow(() -> new IllegalStateException("published rules " + p.version() + " are not stored"));
    }

    /**
     * The rules of this node's folder: {@code YICI_RULES_DIR}, else the packaged ones. What the
     * folder mode serves, and what the reload endpoint publishes in database mode.
     */
    public RuleSource source() {
        return hasFolder() ? RuleSource.directory(properties.rulesDir()) : RuleSource.classpath();
    }

    private boolean hasFolder() {
        return properties.rulesDir() != null
                && !properties.rulesDir().toString().isBlank();
    }

    /** Whether rules come from a folder (which can change) rather than the build or the database. */
    public boolean reloadable() {
        return mode == Mode.FOLDER && hasFolder();
    }

    public Mode mode() {
        return mode;
    }

    /** Database mode: what is published and what this node serves; empty in folder mode. */
    public Optional<PublishedState> published() {
        return mode == Mode.DATABASE
                ? Optional.of(new PublishedState(newest, livePublication, refused))
                : Optional.empty();
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

    /**
     * The checker of a version: the live one, a recent one still loaded, or (database mode) one
     * read back from the database and built now, so that a supplement finds its original check's
     * rules after a restart too.
     */
    public Optional<Checker> checkerFor(String version) {
        Checker live = checker();
        if (live.ruleBook().version().equals(version)) {
            return Optional.of(live);
        }
        synchronized (this) {
            Checker kept = retained.get(version);
            if (kept != null || mode != Mode.DATABASE) {
                return Optional.ofNullable(kept);
            }
        }
        return store.load(version).flatMap(source -> {
            try {
                RuleBook book = RuleBook.build(source, book());
                log.info("rules {} loaded from the database for a re-check on them", version);
                return Optional.of(retain(book));
            } catch (RuleBuildException e) {
                e.problems().forEach(p -> log.error("stored rules {} do not compile: {}", version, p));
                return Optional.empty();
            }
        });
    }

    /**
     * Folder mode: builds the rules folder again and, if it builds, makes it live. Unchanged files
     * are a no-op. Blocks the caller (not the checks) until the build is done.
     */
    public ReloadReport reload() {
        return onBuilder(this::rebuild, "rules reload failed");
    }

    /**
     * Database mode: compiles {@code source} and, if it compiles, stores it as the published
     * version (by {@code by}) and makes it live here; the other nodes follow within their poll
     * interval. A set that does not compile is refused with its problems and nothing is stored.
     * Publishing the version already published is a no-op.
     */
    public ReloadReport publish(RuleSource source, String by) {
        return onBuilder(() -> store(source, by), "rules publish failed");
    }

    /**
     * Database mode: makes the newest published version live if it is not yet; a version that
     * does not compile is tried once and reported ({@link #published()}), the old one stays live.
     */
    public void followPublished() {
        onBuilder(this::follow, "following the published rules failed");
    }

    private <T> T onBuilder(Callable<T> work, String failure) {
        Future<T> result = builder.submit(work);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + failure, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(failure, e.getCause());
        }
    }

    private ReloadReport store(RuleSource source, String by) {
        long start = System.nanoTime();
        String live = book().version();
        RuleBook book;
        try {
            book = source.version().equals(live) ? book() : RuleBook.build(source, book());
        } catch (RuleBuildException e) {
            e.problems().forEach(p -> log.error("rules not published: {}", p));
            return reported(
                    new ReloadReport(clock.instant(), false, live, e.problems(), millisSince(start), null), live);
        }
        Publication already = store.latest().orElse(null);
        Publication publication =
                already != null && already.version().equals(book.version()) ? already : store.publish(source, by);
        if (!book.version().equals(live)) {
            install(book);
            log.info("rules published by {}: {} -> {} ({})", by, live, book.version(), book.stats());
        }
        newest = publication;
        livePublication = publication;
        refused = null;
        return reported(
                new ReloadReport(
                        clock.instant(), true, book.version(), book.warnings(), millisSince(start), publication),
                live);
    }

    private Void follow() {
        Publication latest = store.latest().orElse(null);
        if (latest == null) {
            return null;
        }
        newest = latest;
        String live = book().version();
        if (latest.version().equals(live)) {
            livePublication = latest;
            if (refused != null) {
                // Back on a version this node serves (a rollback): the refusal is over.
                refused = null;
                reported(new ReloadReport(clock.instant(), true, live, List.of(), 0, latest), live);
            }
            return null;
        }
        if (refused != null && refused.publication().version().equals(latest.version())) {
            return null;
        }
        long start = System.nanoTime();
        try {
            RuleBook book = RuleBook.build(stored(latest), book());
            install(book);
            livePublication = latest;
            refused = null;
            log.info(
                    "published rules {} (by {}) live: {} -> {}",
                    latest.version(),
                    latest.publishedBy(),
                    live,
                    book.version());
            reported(
                    new ReloadReport(
                            clock.instant(), true, book.version(), book.warnings(), millisSince(start), latest),
                    live);
        } catch (RuleBuildException e) {
            refuse(latest, e.problems(), live, start);
        } catch (IllegalStateException e) {
            // Not stored whole, or the rows no longer hash to their version: as unusable as a compile error.
            refuse(latest, List.of(BuildProblem.error("(database)", 0, e.getMessage())), live, start);
        }
        return null;
    }

    private void refuse(Publication latest, List<BuildProblem> problems, String live, long start) {
        problems.forEach(p -> log.error("published rules {} cannot be served here: {}", latest.version(), p));
        refused = new Refused(latest, clock.instant(), problems);
        reported(new ReloadReport(clock.instant(), false, live, problems, millisSince(start), latest), live);
    }

    private ReloadReport reported(ReloadReport report, String before) {
        lastReload = report;
        metrics.counter("yici.rules.reloads", "outcome", outcomeOf(report, before))
                .increment();
        return report;
    }

    private ReloadReport rebuild() {
        long start = System.nanoTime();
        RuleSource source = source();
        String live = book().version();
        ReloadReport report;
        if (source.version().equals(live)) {
            report = new ReloadReport(clock.instant(), true, live, List.of(), 0, null);
        } else {
            try {
                // Only the shards whose DRL changed are compiled; the rest come from the live book.
                RuleBook book = RuleBook.build(source, book());
                install(book);
                report = new ReloadReport(
                        clock.instant(), true, book.version(), book.warnings(), millisSince(start), null);
                log.info(
                        "rules reloaded: {} -> {} in {} ms ({})", live, book.version(), report.buildMs(), book.stats());
            } catch (RuleBuildException e) {
                e.problems().forEach(p -> log.error("rules reload failed: {}", p));
                report = new ReloadReport(clock.instant(), false, live, e.problems(), millisSince(start), null);
            }
        }
        return reported(report, live);
    }

    private static String outcomeOf(ReloadReport report, String before) {
        if (!report.succeeded()) {
            return "failed";
        }
        return report.version().equals(before) ? "unchanged" : "reloaded";
    }

    private synchronized void install(RuleBook book) {
        current.set(new Live(retain(book), clock.instant()));
    }

    /** Keeps a version for re-checks; the live one is never dropped (it is kept in {@link #current}). */
    private synchronized Checker retain(RuleBook book) {
        Checker checker = new Checker(book);
        retained.remove(book.version());
        retained.put(book.version(), checker);
        while (retained.size() > RETAINED_VERSIONS) {
            retained.remove(retained.keySet().iterator().next());
        }
        return checker;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void destroy() {
        builder.shutdownNow();
    }
}
