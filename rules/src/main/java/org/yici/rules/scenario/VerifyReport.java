package org.yici.rules.scenario;

import java.util.List;
import org.yici.rules.build.BuildProblem;

/**
 * Everything {@code yici verify} found: build and lint problems with file:line, and each
 * scenario's result. Serialises as the JSON report CI reads.
 */
public record VerifyReport(String rulesVersion, List<BuildProblem> problems, List<ScenarioResult> scenarios) {

    public long errors() {
        return problems.stream().filter(BuildProblem::isError).count();
    }

    public long failedScenarios() {
        return scenarios.stream().filter(s -> !s.passed()).count();
    }

    public boolean passed(boolean strict) {
        boolean warningsFail = strict && problems.stream().anyMatch(p -> !p.isError());
        return errors() == 0 && failedScenarios() == 0 && !warningsFail;
    }

    /** A readable report: problems first (file:line), then failed scenarios, then the totals. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(p).append('\n'));
        for (ScenarioResult s : scenarios) {
            if (!s.passed()) {
                out.append("FAIL ")
                        .append(s.file())
                        .append(": ")
                        .append(s.title())
                        .append('\n');
                s.failures().forEach(f -> out.append("     ").append(f).append('\n'));
            }
        }
        out.append(String.format(
                java.util.Locale.ROOT,
                "rules %s: %d error(s), %d warning(s); scenarios: %d passed, %d failed%n",
                rulesVersion == null ? "(not built)" : rulesVersion,
                errors(),
                problems.size() - errors(),
                scenarios.size() - failedScenarios(),
                failedScenarios()));
        return out.toString();
    }
}
