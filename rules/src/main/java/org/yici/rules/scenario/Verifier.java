package org.yici.rules.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.yici.rules.build.BuildProblem;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleBuildException;
import org.yici.rules.build.RuleSource;

/**
 * What a rule maintainer runs before shipping: build (with lint), every scenario, and the checks
 * that need both: a matter without scenarios, a matter rule no scenario fires.
 */
public final class Verifier {
    private Verifier() {}

    public static VerifyReport verify(RuleSource source) {
        RuleBook book;
        try {
            book = RuleBook.build(source);
        } catch (RuleBuildException e) {
            return new VerifyReport(null, e.problems(), List.of());
        }
        List<BuildProblem> problems = new ArrayList<>(book.warnings());
        List<ScenarioResult> results = new ArrayList<>();
        ScenarioRunner runner = new ScenarioRunner(book);
        runner.runAll(results::add);
        problems.addAll(runner.problems());

        Set<String> withScenarios = new TreeSet<>();
        results.forEach(r -> withScenarios.add(r.matter()));
        for (String matter : book.matters().keySet()) {
            if (!withScenarios.contains(matter)) {
                problems.add(BuildProblem.error("matters/" + matter, 0, "matter has no scenarios"));
            }
        }
        for (var site : book.index().sites()) {
            if (site.file().startsWith("matters/") && !runner.fired().contains(site.rule())) {
                problems.add(BuildProblem.error(
                        site.file(), site.line(), "rule \"" + site.rule().name() + "\" is not fired by any scenario"));
            }
        }
        return new VerifyReport(book.version(), problems, results);
    }
}
