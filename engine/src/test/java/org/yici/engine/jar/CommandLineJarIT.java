package org.yici.engine.jar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yici.engine.CliTest;
import org.yici.engine.ingest.CheckWithFilesTest;
import org.yici.engine.jar.YiciJar.Run;

/**
 * Every command of the README's "The command line", run from the packaged jar as a child process:
 * what reaches the terminal (results on standard output, nothing but real problems on standard
 * error) and the documented exit codes.
 */
class CommandLineJarIT {
    static final ObjectMapper JSON = new ObjectMapper();

    /** The README's "Try it" package: an agent without the power of attorney and the agent's ID. */
    static final String REQUEST =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "agent": {"name": "李四", "idNumber": "110101199003070011"},
             "materials": [
               {"code": "GTGSH-SL-01", "form": "ORIGINAL", "copies": 1},
               {"code": "GTGSH-SL-02", "form": "COPY", "copies": 1},
               {"code": "GTGSH-SL-03", "form": "COPY", "copies": 1}]}
            """;

    @TempDir
    Path dir;

    static void assertQuiet(Run run) {
        assertThat(run.err()).as(run.all()).doesNotContain("WARN", "INFO", "DEBUG", "org.drools", "org.kie");
    }

    @Test
    void checkPrintsBothDefectsAsTextAndExitsOneForACorrection() throws Exception {
        Files.writeString(dir.resolve("request.json"), REQUEST, StandardCharsets.UTF_8);
        Run run = YiciJar.run(dir, null, "check", "request.json", "--format", "text");
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "结论：需补正材料 (CORRECTION_REQUIRED)",
                        "需补正（共 2 项）",
                        "GTGSH-SL-04 缺少授权委托书",
                        "GTGSH-SL-05 缺少委托代理人身份证明",
                        "matters/GTGSH-SL/requirements.drl:");
        assertThat(run.err()).as(run.all()).isEmpty();

        Run json = YiciJar.run(dir, null, "check", "request.json");
        assertThat(json.exit()).isEqualTo(1);
        assertThat(JSON.readTree(json.out()).path("decision").asText()).isEqualTo("CORRECTION_REQUIRED");

        Run fromStdin = YiciJar.run(dir, REQUEST, "check", "-");
        assertThat(JSON.readTree(fromStdin.out()).path("findings")).hasSize(2);
    }

    @Test
    void checkExitsZeroWhenAcceptedAndTwoForARequestItCannotRead() throws Exception {
        Files.writeString(
                dir.resolve("complete.json"),
                REQUEST.replace("\"agent\": {\"name\": \"李四\", \"idNumber\": \"110101199003070011\"},", ""),
                StandardCharsets.UTF_8);
        Run accepted = YiciJar.run(dir, null, "check", "complete.json", "--format", "text");
        assertThat(accepted.exit()).as(accepted.all()).isZero();
        assertThat(accepted.out()).contains("(ACCEPTED)");

        Files.writeString(dir.resolve("unknown.json"), REQUEST.replace("GTGSH-SL-03", "GTGSH-SL-99"));
        Run unknown = YiciJar.run(dir, null, "check", "unknown.json");
        assertThat(unknown.exit()).as(unknown.all()).isEqualTo(2);
        assertThat(unknown.err()).contains("GTGSH-SL-99");
        assertThat(unknown.out()).isEmpty();

        Run missing = YiciJar.run(dir, null, "check", "nowhere.json");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.json");
    }

    @Test
    void checkWritesAPreviewNotice() throws Exception {
        Files.writeString(dir.resolve("request.json"), REQUEST, StandardCharsets.UTF_8);
        Run run = YiciJar.run(dir, null, "check", "request.json", "--notice", "notice.pdf");
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(Files.readAllBytes(dir.resolve("notice.pdf")))
                .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void mattersListsTheCatalogueAndOneChecklist() throws Exception {
        Run list = YiciJar.run(dir, null, "matters");
        assertThat(list.exit()).as(list.all()).isZero();
        assertThat(list.out()).contains("GTGSH-SL", "个体工商户设立登记", "QYKB");
        assertQuiet(list);
        Run one = YiciJar.run(dir, null, "matters", "GTGSH-SL");
        assertThat(one.exit()).isZero();
        assertThat(JSON.readTree(one.out()).toString()).contains("GTGSH-SL-04");
    }

    @Test
    void verifyIsCleanOnTheShippedRulesAndNamesFileLineAndColumnOfABrokenRule() throws Exception {
        Path rules = YiciJar.repository().resolve("rules");
        Run clean = YiciJar.run(dir, null, "verify", rules.toString());
        assertThat(clean.exit()).as(clean.all()).isZero();
        assertThat(clean.out()).contains("0 error(s)", "0 failed");
        assertQuiet(clean);

        Path broken = dir.resolve("rules");
        CliTest.copyRules(rules, broken);
        Path drl = broken.resolve("matters/GTGSH-SL/requirements.drl");
        List<String> lines = Files.readAllLines(drl, StandardCharsets.UTF_8);
        int then = lines.indexOf("then");
        lines.set(then, "then then");
        Files.write(drl, lines, StandardCharsets.UTF_8);

        Run text = YiciJar.run(dir, null, "verify", "rules");
        assertThat(text.exit()).as(text.all()).isEqualTo(1);
        assertThat(text.out())
                .containsPattern("(?m)^matters/GTGSH-SL/requirements\\.drl:" + (then + 2) + ":\\d+: ERROR ");
        assertThat(text.err()).as(text.all()).doesNotContain("[ERR ");

        Run json = YiciJar.run(dir, null, "verify", "rules", "--format", "json");
        assertThat(json.exit()).isEqualTo(1);
        JsonNode problem = JSON.readTree(json.out()).path("problems").get(0);
        assertThat(problem.path("file").asText()).isEqualTo("matters/GTGSH-SL/requirements.drl");
        assertThat(problem.path("line").asInt()).isEqualTo(then + 2);

        Run verbose = YiciJar.run(dir, null, "verify", "rules", "--verbose");
        assertThat(verbose.err()).contains("org.drools");
        assertThat(verbose.out()).doesNotContain("org.drools");
    }

    @Test
    void keysAreCreatedListedAndRevokedWithTheKeyAloneOnTheFirstLine() {
        Run created = YiciJar.run(dir, null, "keys", "create", "--role", "STAFF", "--name", "back-office");
        assertThat(created.exit()).as(created.all()).isZero();
        List<String> lines = created.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("yk_[A-Za-z0-9_-]{20,}");
        assertQuiet(created);
        String id = lines.get(1).replaceFirst("^id (\\S+),.*", "$1");

        Run listed = YiciJar.run(dir, null, "keys", "list");
        assertThat(listed.out()).contains(id, "back-office", "[STAFF]", "live").doesNotContain(lines.get(0));
        Run revoked = YiciJar.run(dir, null, "keys", "revoke", id);
        assertThat(revoked.exit()).isZero();
        assertThat(YiciJar.run(dir, null, "keys", "revoke", id).exit()).isEqualTo(2);
    }

    @Test
    void staffAreAddedWithAPasswordFromStandardInputAndListed() {
        Run added =
                YiciJar.run(dir, "window-password-1\n", "staff", "add", "li.na", "--name", "李娜", "--office", "综合受理窗口");
        assertThat(added.exit()).as(added.all()).isZero();
        assertThat(added.out()).contains("added staff user li.na (李娜)");
        assertQuiet(added);
        Run listed = YiciJar.run(dir, null, "staff", "list");
        assertThat(listed.out()).contains("li.na", "李娜", "综合受理窗口", "enabled");
        assertThat(YiciJar.run(dir, null, "staff", "disable", "li.na").out()).contains("disabled li.na");
        assertThat(YiciJar.run(dir, "short\n", "staff", "password", "li.na").exit())
                .isEqualTo(2);
    }

    @Test
    void licencesAndTheDishonestyListAreImportedFromCsv() throws Exception {
        Files.writeString(
                dir.resolve("licences.csv"),
                "holder,type,number,validUntil,source\n110101198001010016,ID_CARD,110101198001010016,2036-01-01,电子证照库\n",
                StandardCharsets.UTF_8);
        Run licences = YiciJar.run(dir, null, "licences", "import", "licences.csv");
        assertThat(licences.exit()).as(licences.all()).isZero();
        assertThat(licences.out()).contains("imported 1 licence(s)");

        Files.writeString(
                dir.resolve("list.csv"),
                "holder,name,basis,listedOn\n110101199004040016,赵六,失信被执行人,2025-06-01\n",
                StandardCharsets.UTF_8);
        Run dishonesty = YiciJar.run(dir, null, "dishonesty", "import", "list.csv");
        assertThat(dishonesty.exit()).as(dishonesty.all()).isZero();
        assertThat(dishonesty.out()).contains("imported 1 entry");
        assertQuiet(dishonesty);
    }

    @Test
    void deferralsAndDiffAnswerOnAnEmptyDatabase() {
        Run deferrals = YiciJar.run(dir, null, "deferrals", "--overdue");
        assertThat(deferrals.exit()).as(deferrals.all()).isZero();
        assertThat(deferrals.out()).contains("0 deferral(s)");
        assertQuiet(deferrals);

        Run diff = YiciJar.run(
                dir,
                null,
                "diff",
                "--rules",
                YiciJar.repository().resolve("rules").toString(),
                "--since",
                "2026-03-01");
        assertThat(diff.exit()).as(diff.all()).isZero();
        assertThat(diff.out()).contains("0 of 0 recorded check(s) would change");
    }

    @Test
    void ingestPrintsPagesTheirTextAndJson() throws Exception {
        Files.write(dir.resolve("scan.pdf"), CheckWithFilesTest.textPdf("Lease contract 2026"));
        Run report = YiciJar.run(dir, null, "ingest", "scan.pdf");
        assertThat(report.exit()).as(report.all()).isZero();
        assertThat(report.out()).contains("文件：scan.pdf", "第1页", "文字层", "Lease contract 2026");

        Run text = YiciJar.run(dir, null, "ingest", "scan.pdf", "--text");
        assertThat(text.out()).isEqualTo("Lease contract 2026\n");

        Run json = YiciJar.run(dir, null, "ingest", "scan.pdf", "--format", "json");
        JsonNode page = JSON.readTree(json.out()).path("pages").get(0);
        assertThat(page.path("source").asText()).isEqualTo("TEXT_LAYER");
        assertThat(page.path("text").asText()).isEqualTo("Lease contract 2026");

        Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Run empty = YiciJar.run(dir, null, "ingest", "empty.pdf");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("EMPTY", "文件为空");
    }

    @Test
    void everySubcommandAnswersHelpAndUsageErrorsExitTwo() {
        for (String command : List.of("check", "verify", "ingest", "keys", "staff", "deferrals", "rules", "serve")) {
            Run help = YiciJar.run(dir, null, command, "--help");
            assertThat(help.exit()).as(help.all()).isZero();
            assertThat(help.out()).startsWith("Usage: yici " + command);
        }
        assertThat(YiciJar.run(dir, null, "check", "--help").out()).contains("Exit codes:", "correction required");
        assertThat(YiciJar.run(dir, null, "--version").out()).matches("yici \\d+\\.\\d+\\.\\d+.*\n");
        Run wrong = YiciJar.run(dir, null, "check", "--no-such-option", "x.json");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("--no-such-option");
    }
}
