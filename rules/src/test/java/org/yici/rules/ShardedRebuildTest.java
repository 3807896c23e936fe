package org.yici.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleBuildException;
import org.yici.rules.build.RuleShard;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.Checker;
import org.yici.rules.check.InvalidRequestException;
import org.yici.rules.data.Yaml;
import org.yici.rules.model.FindingCode;
import org.yici.rules.model.RuleRef;
import org.yici.rules.scenario.Scenario;
import org.yici.rules.scenario.ScenarioRunner;

/**
 * The rule book in shards: a rebuild compiles only the shards whose DRL changed, reuses the others
 * as they are, and checks on the new book see the change in its matter only.
 */
class ShardedRebuildTest {
    /** Two matters a shard, so the eight shipped matters spread over several shards. */
    static final RuleBook.Options SMALL_SHARDS = new RuleBook.Options(2, 2);

    static final String CHANGED = "matters/GTGSH-SL/requirements.drl";
    static final String PAUSED_RULE = "GTGSH-SL 暂停受理（分片重建测试）";
    static final String PAUSE = String.format(
            Locale.ROOT,
            """

            rule "%s"
            when
                MatterCase( matter == "GTGSH-SL" )
            then
                insertLogical( Finding.notEligible( "GTGSH-SL", "本事项暂停受理", "测试依据", drools.getRule() ) );
            end
            """,
            PAUSED_RULE);

    static RuleSource shipped;
    static RuleBook before;

    @BeforeAll
    static void build() {
        shipped = RuleSource.directory(Path.of("."));
        before = RuleBook.build(shipped, null, SMALL_SHARDS);
    }

    @Test
    void theMattersAreSpreadOverShardsAndABundlesMembersShareOne() {
        assertThat(before.shards()).hasSizeGreaterThan(1);
        assertThat(before.shards().stream().flatMap(s -> s.matters().stream()))
                .containsExactlyInAnyOrderElementsOf(before.matters().keySet());
        var qykb = before.data().bundles().get("QYKB");
        assertThat(before.shards())
                .filteredOn(s -> s.matters().containsAll(qykb.members()))
                .hasSize(1);
    }

    @Test
    void changingOneMatterCompilesOnlyItsShardAndOnlyItsChecksChange() {
        RuleBook after = RuleBook.build(shipped.with(CHANGED, shipped.text(CHANGED) + PAUSE), before, SMALL_SHARDS);

        assertThat(after.version()).isNotEqualTo(before.version());
        assertThat(after.stats().compiled()).isEqualTo(1);
        assertThat(after.stats().reused()).isEqualTo(before.shards().size() - 1);
        for (RuleShard shard : after.shards()) {
            RuleShard old = shardWith(before, shard.matters().get(0));
            if (shard.matters().contains("GTGSH-SL")) {
                assertThat(shard.kieBase()).isNotSameAs(old.kieBase());
            } else {
                assertThat(shard.kieBase()).isSameAs(old.kieBase());
            }
        }

        Checker was = new Checker(before);
        Checker now = new Checker(after);
        RuleRef paused = new RuleRef("org.yici.matters.gtgsh_sl", PAUSED_RULE);
        int gtgsh = 0;
        int others = 0;
        for (CheckRequest request : scenarioRequests()) {
            CheckOutcome old = checkOrNull(was, request);
            if (old == null) {
                continue;
            }
            CheckOutcome changed = now.check(request);
            assertThat(changed.rulesVersion()).isEqualTo(after.version());
            if (request.matter().equals("GTGSH-SL")) {
                gtgsh++;
                assertThat(changed.firedRules()).contains(paused);
                assertThat(changed.findings()).anyMatch(f -> f.code() == FindingCode.NOT_ELIGIBLE);
            } else {
                others++;
                assertThat(changed.firedRules()).doesNotContain(paused).isEqualTo(old.firedRules());
                assertThat(changed.decision()).isEqualTo(old.decision());
                assertThat(summary(changed)).isEqualTo(summary(old));
            }
        }
        assertThat(gtgsh).isPositive();
        assertThat(others).isGreaterThan(gtgsh);
    }

    @Test
    void aCommonChangeCompilesEveryShardAndADataChangeNone() {
        String common = "common/decide.drl";
        RuleBook commonChanged =
                RuleBook.build(shipped.with(common, shipped.text(common) + "\n// reviewed\n"), before, SMALL_SHARDS);
        assertThat(commonChanged.stats().compiled()).isEqualTo(before.shards().size());
        assertThat(commonChanged.stats().reused()).isZero();

        String data = "data/situations.yaml";
        RuleBook dataChanged =
                RuleBook.build(shipped.with(data, shipped.text(data) + "\n# reviewed\n"), before, SMALL_SHARDS);
        assertThat(dataChanged.version()).isNotEqualTo(before.version());
        assertThat(dataChanged.stats().compiled()).isZero();
        assertThat(dataChanged.stats().reused()).isEqualTo(before.shards().size());
    }

    @Test
    void aBookBuiltInOneGoGivesTheSameResultsAsTheShardedOne() {
        Checker sharded = new Checker(before);
        Checker whole = new Checker(RuleBook.build(shipped, null, new RuleBook.Options(1_000, 1)));
        assertThat(whole.ruleBook().shards()).hasSize(1);
        for (CheckRequest request : scenarioRequests()) {
            CheckOutcome a = checkOrNull(sharded, request);
            if (a != null) {
                CheckOutcome b = whole.check(request);
                assertThat(b.decision()).isEqualTo(a.decision());
                // Not the fired rules: rules loaded in another order may fire (and be retracted) on the way.
                assertThat(summary(b)).isEqualTo(summary(a));
            }
        }
    }

    @Test
    void aRuleNamedLikeOneInAnotherShardIsAnErrorWithFileAndLine() {
        String other = before.shards().stream()
                .filter(s -> !s.matters().contains("GTGSH-SL"))
                .findFirst()
                .orElseThrow()
                .matters()
                .get(0);
        String copy = "matters/" + other + "/copied.drl";
        RuleSource withCopy = shipped.with(copy, shipped.text(CHANGED));
        assertThatThrownBy(() -> RuleBook.build(withCopy, before, SMALL_SHARDS))
                .isInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e).problems())
                        .anyMatch(p -> (p.file() + " " + p.message()).contains(copy)
                                && (p.file() + " " + p.message()).contains(CHANGED)
                                && p.line() > 0
                                && p.message().contains("duplicate rule")));
    }

    @Test
    void aCompileErrorInOneShardKeepsItsFileAndLine() {
        String broken =
                shipped.text(CHANGED).replace("MatterCase( matter == \"GTGSH-SL\" )", "MatterCase( matter == )");
        assertThatThrownBy(() -> RuleBook.build(shipped.with(CHANGED, broken), before, SMALL_SHARDS))
                .isInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e).problems())
                        .anyMatch(p -> p.file().equals(CHANGED) && p.line() > 0 && p.isError()));
    }

    private static RuleShard shardWith(RuleBook book, String matter) {
        return book.shards().stream()
                .filter(s -> s.matters().contains(matter))
                .findFirst()
                .orElseThrow();
    }

    private static CheckOutcome checkOrNull(Checker checker, CheckRequest request) {
        try {
            return checker.check(request);
        } catch (InvalidRequestException e) {
            return null;
        }
    }

    private static Set<String> summary(CheckOutcome outcome) {
        Set<String> set = new TreeSet<>();
        outcome.findings().forEach(f -> set.add(f.code() + " " + f.matter() + " " + f.material()));
        outcome.waived().forEach(w -> set.add("waived " + w.material() + " " + w.reason()));
        outcome.deferred().forEach(d -> set.add("deferred " + d.material() + " " + d.dueDate()));
        return set;
    }

    static List<CheckRequest> scenarioRequests() {
        List<CheckRequest> requests = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : shipped.files().entrySet()) {
            if (ScenarioRunner.isScenarioFile(e.getKey())) {
                Scenario.File file = Yaml.read(e.getKey(), shipped.text(e.getKey()), Scenario.File.class);
                file.scenarios().forEach(s -> requests.add(ScenarioRunner.request(file, s)));
            }
        }
        return requests;
    }
}
