package org.yici.rules.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles the shards of a plan, reusing every shard of the previous rule book whose DRL did not
 * change and compiling the others on a few threads. Compile messages name the maintainer's file
 * and line.
 */
final class ShardCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String KMODULE =
            """
            <kmodule xmlns="http://www.drools.org/xsd/kmodule">
              <configuration>
                <property key="drools.kbuilder.severity.duplicateRule" value="ERROR"/>
              </configuration>
              <kbase name="yici" default="true" equalsBehavior="equality">
                <ksession name="check" default="true"/>
              </kbase>
            </kmodule>
            """;

    private ShardCompiler() {}

    /** What compiling a plan gave: the shards (null when any failed) and how many were compiled. */
    record Result(List<RuleShard> shards, List<BuildProblem> problems, int compiled, int reused) {}

    static Result compile(RuleSource source, ShardPlan plan, List<RuleShard> previous, int threads) {
        SortedMap<String, byte[]> common = new TreeMap<>();
        source.files().forEach((path, bytes) -> {
            if (path.endsWith(".drl") && !path.startsWith("matters/")) {
                common.put(path, bytes);
            }
        });
        Map<String, RuleShard> reusable = new HashMap<>();
        previous.forEach(s -> reusable.put(s.key(), s));

        List<ShardInput> inputs = new ArrayList<>();
        for (int i = 0; i < plan.count(); i++) {
            List<String> matters = plan.members().get(i);
            // With no matters at all, the common rules are still compiled once, for their errors.
            if (matters.isEmpty() && !(i == 0 && plan.members().stream().allMatch(List::isEmpty))) {
                continue;
            }
            SortedMap<String, byte[]> files = new TreeMap<>(common);
            for (String matter : matters) {
                String prefix = "matters/" + matter + "/";
                source.files().subMap(prefix, prefix + Character.MAX_VALUE).forEach((path, bytes) -> {
                    if (path.endsWith(".drl")) {
                        files.put(path, bytes);
                    }
                });
            }
            inputs.add(new ShardInput(i, matters, files, keyOf(files)));
        }

        List<RuleShard> shards = new ArrayList<>();
        List<BuildProblem> problems = new ArrayList<>();
        AtomicInteger compiled = new AtomicInteger();
        List<Future<Compiled>> pending = new ArrayList<>();
        ExecutorService pool = null;
        try {
            for (ShardInput input : inputs) {
                RuleShard same = reusable.get(input.key);
                if (same != null) {
                    pending.add(java.util.concurrent.CompletableFuture.completedFuture(new Compiled(
                            new RuleShard(
                                    input.index,
                                    input.matters,
                                    input.key,
                                    same.kieBase(),
                                    same.warnings(),
                                    same.sessions()),
                            same.warnings())));
                    continue;
                }
                if (pool == null) {
                    pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
                        Thread t = new Thread(r, "rules-shard-build");
                        t.setDaemon(true);
                        return t;
                    });
                }
                compiled.incrementAndGet();
                pending.add(pool.submit(() -> compileOne(input)));
            }
            boolean failed = false;
            for (Future<Compiled> f : pending) {
                Compiled c = f.get();
                problems.addAll(c.problems);
                if (c.shard == null) {
                    failed = true;
                } else {
                    shards.add(c.shard);
                }
            }
            List<BuildProblem> distinct = List.copyOf(new java.util.LinkedHashSet<>(problems));
            return new Result(failed ? null : shards, distinct, compiled.get(), inputs.size() - compiled.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling rules", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("compiling rules failed", e.getCause());
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private record ShardInput(int index, List<String> matters, SortedMap<String, byte[]> files, String key) {}

    private record Compiled(RuleShard shard, List<BuildProblem> problems) {}

    private static Compiled compileOne(ShardInput input) {
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("org.yici.rules", "rulebook-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem kfs =
                ks.newKieFileSystem().generateAndWritePomXML(releaseId).writeKModuleXML(KMODULE);
        // Drools wants a DRL's folder to follow its package; our layout follows matter codes.
        // Files go in by package and messages are mapped back to the maintainer's path.
        Map<String, String> realPaths = new HashMap<>();
        input.files.forEach((path, bytes) -> {
            String kiePath = RESOURCES
                    + DrlIndex.packageOf(new String(bytes, StandardCharsets.UTF_8))
                            .replace('.', '/') + "/"
                    + Integer.toHexString(path.hashCode()) + "-" + path.substring(path.lastIndexOf('/') + 1);
            realPaths.put(kiePath.substring(RESOURCES.length()), path);
            kfs.write(kiePath, bytes);
        });
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        boolean failed = false;
        List<BuildProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages()) {
            String file = m.getPath() == null
                    ? "?"
                    : realPaths.getOrDefault(m.getPath().replaceFirst("^" + RESOURCES, ""), m.getPath());
            String text = m.getText().strip();
            if (m.getLevel() == Message.Level.ERROR) {
                failed = true;
                problems.add(new BuildProblem(
                        BuildProblem.Severity.ERROR, file, Math.max(m.getLine(), 0), columnOf(m), text));
            } else if (m.getLevel() == Message.Level.WARNING) {
                problems.add(new BuildProblem(
                        BuildProblem.Severity.WARNING, file, Math.max(m.getLine(), 0), columnOf(m), text));
            }
        }
        if (failed) {
            ks.getRepository().removeKieModule(releaseId);
            return new Compiled(null, problems);
        }
        try {
            KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
            return new Compiled(new RuleShard(input.index, input.matters, input.key, kieBase, problems), problems);
        } finally {
            // The container keeps what it needs; the repository copy would pin every retired build.
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /** Parser errors carry their column only in the text ({@code [ERR 102] Line 12:4 …}). */
    private static int columnOf(Message m) {
        if (m.getColumn() > 0) {
            return m.getColumn();
        }
        java.util.regex.Matcher at = PARSER_POSITION.matcher(m.getText());
        return at.find() && Integer.parseInt(at.group(1)) == m.getLine() ? Integer.parseInt(at.group(2)) : 0;
    }

    private static final java.util.regex.Pattern PARSER_POSITION =
            java.util.regex.Pattern.compile("\\bLine (\\d+):(\\d+)\\b");

    private static String keyOf(SortedMap<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(e.getValue());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
