package org.yici.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.scenario.ScenarioResult;
import org.yici.rules.scenario.ScenarioRunner;
import org.yici.rules.scenario.Verifier;

/** Every scenario of every matter and bundle, one JUnit result each. */
class ScenarioTest {
    static RuleSource source;
    static RuleBook book;

    @BeforeAll
    static void build() {
        source = RuleSource.directory(Path.of("."));
        book = RuleBook.build(source);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioOfEveryMatterPasses() {
        ScenarioRunner runner = new ScenarioRunner(book);
        List<ScenarioResult> results = new ArrayList<>();
        runner.runAll(results::add);
        assertThat(runner.problems()).isEmpty();
        assertThat(results).hasSizeGreaterThan(8);
        return results.stream()
                .map(r -> DynamicTest.dynamicTest(
                        r.title(), () -> assertThat(r.failures()).as(r.file()).isEmpty()));
    }

    @Test
    void verifyFindsNoProblemInTheShippedRules() {
        var report = Verifier.verify(source);
        assertThat(report.problems()).isEmpty();
        assertThat(report.passed(true)).isTrue();
    }
}
