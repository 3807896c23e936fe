package org.yici.rules.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.yici.rules.data.MatterDefinition;
import org.yici.rules.data.ReferenceData;
import org.yici.rules.data.Yaml;

/**
 * A built rule base: the compiled DRL of every matter and the common phases, with the matters'
 * metadata and the reference data. Immutable and shared by all checks; a reload builds a new one.
 *
 * <p>The DRL is compiled in shards ({@link RuleShard}): each shard is a KieBase of the common rules
 * plus the rules of a group of matters, bundle members always together. A check runs on the shard
 * of its matter. A rebuild given the previous book compiles only the shards whose DRL changed and
 * reuses the others, so one matter's edit is live in about the time its shard compiles, whatever
 * the number of matters.
 *
 * <p>DRL is compiled with {@code DrlProject} (the interpreted build): several times faster to build
 * than the executable model, a fraction of its memory, and its errors carry file and line.
 */
public final class RuleBook {
    private final RuleSource source;
    private final String version;
    private final ShardPlan plan;
    private final List<RuleShard> shards;
    private final RuleShard[] shardByIndex;
    private final BuildStats stats;
    private final ReferenceData data;
    private final Map<String, MatterDefinition> matters;
    private final DrlIndex index;
    private final List<BuildProblem> warnings;
    private final Instant builtAt;

    /**
     * How to shard and how hard to build.
     *
     * @param mattersPerShard about how many matters share a shard (the shard count is the next
     *     power of two)
     * @param threads how many shards compile at once
     */
    public record Options(int mattersPerShard, int threads) {
        /** 16 matters a shard: one shard compiles in about a second; all processors. */
        public static final Options DEFAULT =
                new Options(16, Runtime.getRuntime().availableProcessors());
    }

    /**
     * What a build did.
     *
     * @param shards shards in the book
     * @param compiled shards compiled by this build
     * @param reused shards taken unchanged from the previous book
     * @param prepareMs wall time before compiling: reading YAML, indexing, lint
     * @param compileMs wall time spent compiling
     */
    public record BuildStats(int shards, int compiled, int reused, long prepareMs, long compileMs) {}

    private RuleBook(
            RuleSource source,
            ShardPlan plan,
            List<RuleShard> shards,
            BuildStats stats,
            ReferenceData data,
            Map<String, MatterDefinition> matters,
            DrlIndex index,
            List<BuildProblem> warnings) {
        this.source = source;
        this.version = source.version();
        this.plan = plan;
        this.shards = List.copyOf(shards);
        this.shardByIndex = new RuleShard[plan.count()];
        shards.forEach(s -> shardByIndex[s.index()] = s);
        this.stats = stats;
        this.data = data;
        this.matters = matters;
        this.index = index;
        this.warnings = List.copyOf(warnings);
        this.builtAt = Instant.now();
    }

    /**
     * Builds the rule base from {@code source}.
     *
     * @throws RuleBuildException listing every error (DRL compile errors, unreadable YAML, lint
     *     errors), each with file and line
     */
    public static RuleBook build(RuleSource source) {
        return build(source, null, Options.DEFAULT);
    }

    /**
     * Builds the rule base from {@code source}, reusing what {@code previous} (may be null) built
     * from the same files: the shards whose DRL is unchanged and the matters' parsed YAML. Lint
     * and the checks between files still cover every file.
     *
     * @throws RuleBuildException listing every error, each with file and line
     */
    public static RuleBook build(RuleSource source, RuleBook previous) {
        return build(source, previous, Options.DEFAULT);
    }

    /** As {@link #build(RuleSource, RuleBook)}, sharded and compiled as {@code options} say. */
    public static RuleBook build(RuleSource source, RuleBook previous, Options options) {
        long begin = System.nanoTime();
        List<BuildProblem> problems = new ArrayList<>();
        ReferenceData data = ReferenceData.read(source, problems);
        Map<String, MatterDefinition> matters = readMatters(source, previous, problems);
        DrlIndex index = previous == null ? DrlIndex.of(source) : DrlIndex.of(source, previous.source, previous.index);
        problems.addAll(RuleLint.check(source, data, matters, index));
        ShardPlan plan = ShardPlan.of(matterFolders(source), data.bundles().values(), options.mattersPerShard());
        problems.addAll(duplicatesAcrossShards(index, plan));
        long start = System.nanoTime();
        ShardCompiler.Result compiled =
                ShardCompiler.compile(source, plan, previous == null ? List.of() : previous.shards, options.threads());
        problems.addAll(compiled.problems());
        List<BuildProblem> errors =
                problems.stream().filter(BuildProblem::isError).toList();
        if (!errors.isEmpty() || compiled.shards() == null) {
            throw new RuleBuildException(errors);
        }
        BuildStats stats = new BuildStats(
                compiled.shards().size(),
                compiled.compiled(),
                compiled.reused(),
                (start - begin) / 1_000_000,
                (System.nanoTime() - start) / 1_000_000);
        return new RuleBook(source, plan, compiled.shards(), stats, data, matters, index, problems);
    }

    /** Every folder under {@code matters/}, with or without a readable matter.yaml. */
    private static Collection<String> matterFolders(RuleSource source) {
        TreeSet<String> folders = new TreeSet<>();
        for (String path : source.files().keySet()) {
            int slash = path.indexOf('/', "matters/".length());
            if (path.startsWith("matters/") && slash > 0) {
                folders.add(path.substring("matters/".length(), slash));
            }
        }
        return folders;
    }

    /** The compiler sees duplicate rule names only within a shard; these are the others. */
    private static List<BuildProblem> duplicatesAcrossShards(DrlIndex index, ShardPlan plan) {
        List<BuildProblem> problems = new ArrayList<>();
        for (DrlIndex.RuleSite dup : index.duplicates()) {
            DrlIndex.RuleSite first = index.siteOf(dup.rule());
            int a = plan.shardOf(folderOf(first.file()));
            int b = plan.shardOf(folderOf(dup.file()));
            // A common file is in every shard: the compiler reports those duplicates itself.
            if (a >= 0 && b >= 0 && a != b) {
                problems.add(BuildProblem.error(
                        dup.file(),
                        dup.line(),
                        "duplicate rule \"" + dup.rule().name() + "\" in package "
                                + dup.rule().packageName() + ": also at " + first.source()));
            }
        }
        return problems;
    }

    private static String folderOf(String path) {
        int slash = path.indexOf('/', "matters/".length());
        return path.startsWith("matters/") && slash > 0 ? path.substring("matters/".length(), slash) : "";
    }

    private static Map<String, MatterDefinition> readMatters(
            RuleSource source, RuleBook previous, List<BuildProblem> problems) {
        Map<String, MatterDefinition> matters = new LinkedHashMap<>();
        for (String path : source.files().keySet()) {
            if (!path.startsWith("matters/") || !path.endsWith("/matter.yaml")) {
                continue;
            }
            try {
                MatterDefinition matter = parsedBefore(path, source, previous);
                if (matter == null) {
                    matter = Yaml.read(path, source.text(path), MatterDefinition.class);
                }
                String folder = path.substring("matters/".length(), path.length() - "/matter.yaml".length());
                if (!folder.equals(matter.code())) {
                    problems.add(BuildProblem.error(
                            path, 0, "matter code " + matter.code() + " does not match its folder " + folder));
                }
                matters.put(matter.code(), matter);
            } catch (Yaml.InvalidRuleFileException e) {
                problems.add(e.problem());
            }
        }
        return matters;
    }

    /** The matter as the previous book read it from identical bytes, or null. */
    private static MatterDefinition parsedBefore(String path, RuleSource source, RuleBook previous) {
        if (previous == null
                || !Arrays.equals(
                        previous.source.files().get(path), source.files().get(path))) {
            return null;
        }
        String folder = path.substring("matters/".length(), path.length() - "/matter.yaml".length());
        MatterDefinition before = previous.matters.get(folder);
        return before != null && before.code().equals(folder) ? before : null;
    }

    public String version() {
        return version;
    }

    /**
     * The shard holding the rules of these matters (one matter, or a bundle's members, which
     * always share a shard).
     *
     * @throws IllegalArgumentException for a code that is not a matter, or matters in different shards
     */
    public RuleShard shardFor(Collection<String> matters) {
        RuleShard shard = null;
        for (String matter : matters) {
            int index = plan.shardOf(matter);
            RuleShard s = index < 0 ? null : shardByIndex[index];
            if (s == null || (shard != null && shard != s)) {
                throw new IllegalArgumentException("no one rule base shard holds the matters " + matters);
            }
            shard = s;
        }
        if (shard == null) {
            throw new IllegalArgumentException("no matters given");
        }
        return shard;
    }

    /** The compiled shards, in plan order (empty shards are left out). */
    public List<RuleShard> shards() {
        return shards;
    }

    /** What building this book took, and what it reused. */
    public BuildStats stats() {
        return stats;
    }

    public ReferenceData data() {
        return data;
    }

    public Map<String, MatterDefinition> matters() {
        return java.util.Collections.unmodifiableMap(matters);
    }

    public DrlIndex index() {
        return index;
    }

    public RuleSource source() {
        return source;
    }

    public List<BuildProblem> warnings() {
        return warnings;
    }

    public Instant builtAt() {
        return builtAt;
    }
}
