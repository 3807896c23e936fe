package org.yici.engine.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.yici.engine.rulebase.RuleDiff;
import org.yici.rules.build.RuleBuildException;
import org.yici.rules.build.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code yici diff --rules NEW_DIR [--since DATE]}: what a rules change would do to recorded checks. */
@Command(name = "diff", description = "Re-run recorded checks on candidate rules and show what would change.")
public class DiffCommand implements Callable<Integer> {
    @Option(names = "--rules", required = true, paramLabel = "NEW_DIR")
    Path rules;

    @Option(names = "--since", paramLabel = "DATE", description = "only checks from this date (YYYY-MM-DD)")
    LocalDate since;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (var context = Cli.springContext()) {
            LocalDate from = since == null ? LocalDate.of(1970, 1, 1) : since;
            RuleDiff.Report report = context.getBean(RuleDiff.class)
                    .compare(
                            RuleSource.directory(rules),
                            from.atStartOfDay(ZoneId.systemDefault()).toInstant());
            if (format.equals("json")) {
                out.println(Cli.json().writeValueAsString(report));
                return 0;
            }
            report.byMatter().forEach((matter, changes) -> {
                out.println(matter + ": " + changes.size() + " check(s) would change");
                for (RuleDiff.Change c : changes) {
                    out.println("  " + c.checkId() + "  " + c.decisionBefore() + " -> " + c.decisionAfter()
                            + (c.newFindings().isEmpty() ? "" : "  +" + c.newFindings())
                            + (c.goneFindings().isEmpty() ? "" : "  -" + c.goneFindings())
                            + (c.rejected() == null ? "" : "  " + c.rejected()));
                }
            });
            out.printf(
                    java.util.Locale.ROOT,
                    "%d of %d recorded check(s) would change on %s%n",
                    report.checksChanged(),
                    report.checksCompared(),
                    report.candidateVersion());
            return 0;
        } catch (RuleBuildException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return 1;
        }
    }
}
