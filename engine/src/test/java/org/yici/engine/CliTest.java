package org.yici.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code yici} commands as a maintainer or a script runs them. */
public class CliTest {
    @TempDir
    Path dir;

    public record Run(int exit, String out, String err) {}

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Yici.execute(new PrintWriter(out), new PrintWriter(err), false, args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void checkPrintsATextSummaryWithEveryDefect() throws Exception {
        Path request = dir.resolve("request.json");
        Files.writeString(
                request,
                """
                {"matter": "GTGSH-SL", "applicationDate": "2026-03-02",
                 "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
                 "agent": {"name": "李四", "idNumber": "110101199003070011"},
                 "materials": [{"code": "GTGSH-SL-01", "form": "ORIGINAL", "copies": 1}]}
                """,
                StandardCharsets.UTF_8);
        Run run = run("check", request.toString(), "--format", "text");
        assertThat(run.exit()).as("correction required").isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "需补正材料 (CORRECTION_REQUIRED)",
                        "需补正（共 4 项）",
                        "GTGSH-SL-04 缺少授权委托书",
                        "matters/GTGSH-SL/requirements.drl:");
    }

    @Test
    void checkPrintsJsonByDefaultAndRejectsAnInvalidRequestWithExitCode2() throws Exception {
        Path request = dir.resolve("bad.json");
        Files.writeString(request, "{\"matter\": \"GTGSH-SL\"}", StandardCharsets.UTF_8);
        Run run = run("check", request.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("applicationDate");
    }

    @Test
    void verifyPassesOnTheShippedRulesAndFailsOnABrokenCopy() throws Exception {
        Run ok = run("verify", Path.of("../rules").toString());
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("0 error(s)", "0 failed");

        Path broken = dir.resolve("rules");
        copyRules(Path.of("../rules"), broken);
        Path drl = broken.resolve("matters/GTGSH-SL/requirements.drl");
        Files.writeString(drl, Files.readString(drl).replace("then", "then then"));
        Run bad = run("verify", broken.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("matters/GTGSH-SL/requirements.drl:");
    }

    @Test
    void verifyNamesFileLineAndColumnOfARuleThatDoesNotCompileInTextAndJson() throws Exception {
        Path broken = dir.resolve("rules");
        copyRules(Path.of("../rules"), broken);
        Path drl = broken.resolve("matters/GTGSH-SL/requirements.drl");
        List<String> lines = Files.readAllLines(drl, StandardCharsets.UTF_8);
        int then = lines.indexOf("then");
        lines.set(then, "then then");
        Files.write(drl, lines, StandardCharsets.UTF_8);

        Run text = run("verify", broken.toString());
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out())
                .containsPattern("(?m)^matters/GTGSH-SL/requirements\\.drl:" + (then + 2) + ":\\d+: ERROR ")
                .contains("rules (not built)");

        Run json = run("verify", broken.toString(), "--format", "json");
        assertThat(json.exit()).isEqualTo(1);
        var problem = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out())
                .path("problems")
                .get(0);
        assertThat(problem.path("file").asText()).isEqualTo("matters/GTGSH-SL/requirements.drl");
        assertThat(problem.path("line").asInt()).isEqualTo(then + 2);
        assertThat(problem.path("column").asInt()).isPositive();
    }

    @Test
    void aCommandLineNamingACommandBuildsOnlyThatCommand() {
        assertThat(Yici.commandLine("--verbose", "keys", "list", "--help").getSubcommands())
                .containsOnlyKeys("keys");
        var all = Yici.commandLine("--help").getSubcommands().keySet();
        assertThat(all).hasSize(13).contains("serve", "keys", "form", "rules");
        assertThat(Yici.commandLine("kyes", "list").getSubcommands().keySet()).isEqualTo(all);
        Run misspelt = run("kyes", "list");
        assertThat(misspelt.exit()).isEqualTo(2);
        assertThat(misspelt.err()).contains("Unmatched", "Did you mean");
    }

    @Test
    void everyCommandAndSubcommandAnswersHelp() {
        List<List<String>> commands = new ArrayList<>();
        collect(Yici.commandLine(), new ArrayList<>(), commands);
        assertThat(commands).hasSizeGreaterThan(15);
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            Run help = run(args.toArray(String[]::new));
            assertThat(help.exit()).as(String.join(" ", args)).isZero();
            assertThat(help.out()).as(String.join(" ", args)).startsWith("Usage: yici");
        }
    }

    @Test
    void checkExitsZeroWhenAcceptedAndTwoWhenTheRequestCannotBeRead() throws Exception {
        Path request = dir.resolve("request.json");
        Files.writeString(
                request,
                """
                {"matter": "GTGSH-SL", "applicationDate": "2026-03-02",
                 "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
                 "materials": [
                   {"code": "GTGSH-SL-01", "form": "ORIGINAL", "copies": 1},
                   {"code": "GTGSH-SL-02", "form": "COPY", "copies": 1},
                   {"code": "GTGSH-SL-03", "form": "COPY", "copies": 1}]}
                """,
                StandardCharsets.UTF_8);
        Run accepted = run("check", request.toString());
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("\"decision\" : \"ACCEPTED\"");

        Run missing = run("check", dir.resolve("nowhere.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.json");

        Files.writeString(request, "{not json", StandardCharsets.UTF_8);
        assertThat(run("check", request.toString()).exit()).isEqualTo(2);
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            collect(sub, deeper, into);
        });
    }

    @Test
    void mattersListsTheCatalogueAndShowsAChecklist() {
        Run list = run("matters");
        assertThat(list.out()).contains("GTGSH-SL", "个体工商户设立登记", "QYKB");
        Run one = run("matters", "GTGSH-SL");
        assertThat(one.out()).contains("\"code\" : \"GTGSH-SL-04\"", "委托代理人办理时");
    }

    /** Copies the rule folders ({@code common}, {@code matters}, {@code data}) of a rules dir. */
    public static void copyRules(Path from, Path to) throws Exception {
        for (String root : new String[] {"common", "matters", "data"}) {
            try (var paths = Files.walk(from.resolve(root))) {
                for (Path p : (Iterable<Path>) paths::iterator) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        }
    }
}
