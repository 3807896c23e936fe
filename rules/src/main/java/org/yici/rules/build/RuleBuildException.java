package org.yici.rules.build;

import java.util.List;
import java.util.stream.Collectors;

/** A rule base could not be built; every problem is listed, not only the first. */
public class RuleBuildException extends RuntimeException {
    private final transient List<BuildProblem> problems;

    public RuleBuildException(List<BuildProblem> problems) {
        super("rule base has " + problems.size() + " problem(s):\n"
                + problems.stream().map(BuildProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<BuildProblem> problems() {
        return problems;
    }
}
