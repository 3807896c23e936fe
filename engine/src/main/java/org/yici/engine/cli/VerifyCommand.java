package org.yici.engine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yici.rules.scenario.Verifier;
import org.yici.rules.scenario.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yici verify [DIR]}: build, lint and run every scenario; non-zero exit on any failure. */
@Command(
        name = "verify",
        description = {
            "Compile the rules, lint them and run every scenario.",
            "Each problem is one line, file:line:column: SEVERITY message (file relative to RULES_DIR)."
        },
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:clean", "1:problems (errors, failed scenarios; with --strict also warnings)"})
public class VerifyCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "RULES_DIR",
            description = "rules folder (default: YICI_RULES_DIR or the packaged rules)")
    Path dir;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        VerifyReport report = Verifier.verify(Cli.rules(dir));
        spec.commandLine()
                .getOut()
                .print(format.equals("json") ? Cli.json().writeValueAsString(report) + "\n" : report.toText());
        return report.passed(strict) ? 0 : 1;
    }
}
