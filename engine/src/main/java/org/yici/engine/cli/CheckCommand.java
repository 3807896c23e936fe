package org.yici.engine.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.Checker;
import org.yici.rules.check.InvalidRequestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yici check request.json}: checks a package in process, without the service. */
@Command(
        name = "check",
        description = "Check a package (request JSON; - for standard input).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:accepted (受理, or 容缺受理)",
            "1:correction required (补正) or not accepted (不予受理)",
            "2:bad request: the file cannot be read, is not JSON, or names unknown codes"
        })
public class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REQUEST", description = "request JSON file, or - for stdin")
    String request;

    @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: YICI_RULES_DIR or packaged)")
    Path rules;

    // Notices (issue 6): the notice PDF, as a preview (预览, unnumbered; numbers come from the service).
    @Option(
            names = "--notice",
            paramLabel = "FILE",
            description = "also write the notice PDF (a preview marked 预览, without a number)")
    Path notice;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CheckRequest parsed;
        try (InputStream in = request.equals("-") ? System.in : Files.newInputStream(Path.of(request))) {
            parsed = Cli.json().readValue(in, CheckRequest.class);
        } catch (java.nio.file.NoSuchFileException e) {
            spec.commandLine().getErr().println("no such file: " + request);
            return 2;
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println(request + ": " + e.getMessage());
            return 2;
        }
        Checker checker = new Checker(Cli.book(rules));
        try {
            CheckOutcome outcome = checker.check(parsed);
            if (notice != null) {
                Files.write(
                        notice,
                        new org.yici.engine.notice.NoticePreview(
                                        org.yici.engine.notice.NoticeProperties.fromEnvironment(),
                                        java.time.Clock.systemUTC())
                                .pdf(outcome, parsed, checker.ruleBook()));
            }
            spec.commandLine()
                    .getOut()
                    .print(
                            format.equals("text")
                                    ? TextSummary.of(outcome)
                                    : Cli.json().writeValueAsString(outcome) + "\n");
            return exitCode(outcome.decision());
        } catch (InvalidRequestException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p.field() + ": " + p.message()));
            return 2;
        }
    }

    static int exitCode(org.yici.rules.model.Decision decision) {
        return switch (decision) {
            case ACCEPTED, ACCEPTED_WITH_DEFERRAL -> 0;
            default -> 1;
        };
    }
}
