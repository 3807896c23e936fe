package org.yici.benchmarks.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the rule-base benchmarks in bounded time and writes the numbers to
 * {@code benchmarks/target/rules-benchmarks/}: {@code results.md} (tables), {@code results.txt}
 * (the raw {@code RESULT} lines) and one log per child JVM. Run from the repository root; see
 * docs/benchmarks/rules.md.
 *
 * <p>Each rule base gets one fresh JVM ({@link RuleBaseRun}): cold build, retained heap, second
 * build, then latency and throughput on 1 and 2 threads.
 *
 * <p>System properties: {@code bench.bases} (comma-separated, default
 * {@code shipped,generated-8,generated-1500}), {@code bench.warmup} (seconds per thread count,
 * 10), {@code bench.measure} (seconds per thread count, 15), {@code bench.heap} (fixed -Xms/-Xmx
 * of each child, {@code 2g}), {@code bench.jfr} ({@code true} records a JFR profile per child),
 * {@code bench.out}, {@code yici.rules.dir} (a rules folder instead of the packaged rules).
 */
public final class RulesBenchmarks {
    private RulesBenchmarks() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> bases = List.of(
                System.getProperty("bench.bases", "shipped,generated-8-scoped,generated-1500-scoped,generated-1500")
                        .split(","));
        String warmup = System.getProperty("bench.warmup", "10");
        String measure = System.getProperty("bench.measure", "15");
        String heap = System.getProperty("bench.heap", "2g");
        boolean jfr = Boolean.getBoolean("bench.jfr");
        Path out = Path.of(System.getProperty("bench.out", "benchmarks/target/rules-benchmarks"))
                .toAbsolutePath();
        String rulesDir = System.getProperty("yici.rules.dir") == null
                ? "packaged in yici-rules"
                : Path.of(System.getProperty("yici.rules.dir")).toAbsolutePath().toString();
        Files.createDirectories(out);
        Instant started = Instant.now();

        List<Map<String, String>> builds = new ArrayList<>();
        List<Map<String, String>> loads = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        for (String base : bases) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xms" + heap);
            command.add("-Xmx" + heap);
            if (System.getProperty("yici.rules.dir") != null) {
                if (System.getProperty("yici.rules.dir") != null) {
                    command.add("-Dyici.rules.dir=" + rulesDir);
                }
            }
            if (jfr) {
                command.add("-XX:StartFlightRecording=settings=profile,filename=" + out.resolve(base + ".jfr"));
            }
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(RuleBaseRun.class.getName());
            command.add(base);
            command.add(warmup);
            command.add(measure);
            for (Map<String, String> r : runChild(command, out.resolve(base + ".log"), raw)) {
                (r.get("kind").equals("build") ? builds : loads).add(r);
            }
            Files.writeString(out.resolve("results.txt"), raw, StandardCharsets.UTF_8);
        }

        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "# Rule base benchmarks%n%nRun %s, %d s; %d cores; %s %s; child JVMs -Xms%s -Xmx%s;"
                        + " warm-up %s s and measurement %s s per thread count; rules %s; shipped rules version %s%n%n",
                started,
                Duration.between(started, Instant.now()).toSeconds(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                heap,
                heap,
                warmup,
                measure,
                rulesDir,
                builds.stream()
                        .filter(b -> b.get("ruleBase").equals("shipped"))
                        .map(b -> b.get("rulesVersion"))
                        .findFirst()
                        .orElse("–")));
        md.append("| rule base | matters | rules | cold build s (CPU s) | second build s (CPU s)"
                        + " | retained heap MiB, first | one more rule base MiB | load avg |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, String> b : builds) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s (%s) | %s (%s) | %s | %s | %s |%n",
                    b.get("ruleBase"),
                    b.get("matters"),
                    b.get("rules"),
                    seconds(b.get("coldBuildMs")),
                    seconds(b.get("coldBuildCpuMs")),
                    seconds(b.get("secondBuildMs")),
                    seconds(b.get("secondBuildCpuMs")),
                    b.get("firstRetainedMiB"),
                    b.get("secondRetainedMiB"),
                    b.get("load")));
        }
        md.append("\n| rule base | threads | checks/s | p50 µs | p90 µs | p99 µs | p99.9 µs | max µs | mean µs"
                        + " | checks timed | load avg |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, String> l : loads) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    l.get("ruleBase"),
                    l.get("threads"),
                    l.get("throughput"),
                    l.get("p50us"),
                    l.get("p90us"),
                    l.get("p99us"),
                    l.get("p999us"),
                    l.get("maxus"),
                    l.get("meanus"),
                    l.get("checks"),
                    l.get("load")));
        }
        Files.writeString(out.resolve("results.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
        System.out.println("written to " + out.resolve("results.md"));
    }

    private static List<Map<String, String>> runChild(List<String> command, Path log, StringBuilder raw)
            throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(command).redirectError(log.toFile()).start();
        List<Map<String, String>> results = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                System.out.println(line);
                if (line.startsWith("RESULT ")) {
                    raw.append(line).append('\n');
                    Map<String, String> result = new LinkedHashMap<>();
                    for (String kv : line.substring("RESULT ".length()).split(" ")) {
                        int eq = kv.indexOf('=');
                        result.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                    results.add(result);
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("benchmark child failed (exit " + process.exitValue() + "); see " + log);
        }
        return results;
    }

    private static String seconds(String millis) {
        long ms = Long.parseLong(millis);
        return ms < 0 ? "–" : String.format(Locale.ROOT, "%.1f", ms / 1000.0);
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
