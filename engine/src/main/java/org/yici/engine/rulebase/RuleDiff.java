package org.yici.engine.rulebase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.yici.engine.check.CheckService;
import org.yici.engine.check.CheckService.RecordedCheck;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleBuildException;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.Checker;
import org.yici.rules.check.InvalidRequestException;

/**
 * What a rules change would do: re-runs recorded checks on a candidate rule base and reports every
 * check whose decision or findings would change, grouped by matter. Nothing is stored or swapped.
 */
@Service
public class RuleDiff {
    private final CheckService checks;
    private final LiveRuleBook live;

    RuleDiff(CheckService checks, LiveRuleBook live) {
        this.checks = checks;
        this.live = live;
    }

    /**
     * @throws RuleBuildException when the candidate rules do not build (with file:line problems)
     */
    public Report compare(RuleSource candidate, Instant since) {
        // Shards whose DRL the candidate shares with the live rules are reused, not compiled again.
        RuleBook book = RuleBook.build(candidate, live.book());
        Checker checker = new Checker(book);
        List<RecordedCheck> recorded = checks.recordedSince(since);
        Map<String, List<Change>> byMatter = new TreeMap<>();
        for (RecordedCheck r : recorded) {
            Change change = compare(checker, r);
            if (change != null) {
                byMatter.computeIfAbsent(r.result().matter(), m -> new ArrayList<>())
                        .add(change);
            }
        }
        int changed = byMatter.values().stream().mapToInt(List::size).sum();
        return new Report(book.version(), since, recorded.size(), changed, byMatter);
    }

    private static Change compare(Checker checker, RecordedCheck r) {
        String beforeDecision = r.result().decision().name();
        Set<String> before = r.result().findings().stream()
                .map(f -> f.code() + " " + (f.material() == null ? f.matter() : f.material()))
                .collect(Collectors.toCollection(TreeSet::new));
        try {
            CheckOutcome after = checker.check(r.request());
            Set<String> now = after.findings().stream()
                    .map(f -> f.code() + " " + (f.material() == null ? f.matter() : f.material()))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (beforeDecision.equals(after.decision().name()) && before.equals(now)) {
                return null;
            }
            return new Change(
                    r.id(), beforeDecision, after.decision().name(), minus(now, before), minus(before, now), null);
        } catch (InvalidRequestException e) {
            return new Change(r.id(), beforeDecision, "REJECTED", List.of(), List.copyOf(before), e.getMessage());
        }
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    /** The effect of a candidate rule base on recorded checks. */
    public record Report(
            String candidateVersion,
            Instant since,
            int checksCompared,
            int checksChanged,
            Map<String, List<Change>> byMatter) {}

    /**
     * One check that would come out differently.
     *
     * @param rejected why the recorded request would no longer be accepted as a request, if so
     */
    public record Change(
            String checkId,
            String decisionBefore,
            String decisionAfter,
            List<String> newFindings,
            List<String> goneFindings,
            String rejected) {}
}
