package org.yici.rules.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.yici.rules.build.BuildProblem;
import org.yici.rules.build.RuleBook;
import org.yici.rules.check.CheckContext;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.Checker;
import org.yici.rules.check.InvalidRequestException;
import org.yici.rules.data.Yaml;
import org.yici.rules.model.RuleRef;

/** Runs the scenarios of a rule book and records which rules they fired. */
public final class ScenarioRunner {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final RuleBook book;
    private final Checker checker;
    private final Set<RuleRef> fired = new java.util.HashSet<>();
    private final List<BuildProblem> problems = new ArrayList<>();

    public ScenarioRunner(RuleBook book) {
        this.book = book;
        this.checker = new Checker(book);
    }

    /** Every scenario file in the rule source, by path. */
    public static boolean isScenarioFile(String path) {
        return path.contains("/scenarios/") && path.endsWith(".yaml");
    }

    /** Runs every scenario, handing each result to {@code sink} as it completes. */
    public void runAll(Consumer<ScenarioResult> sink) {
        for (String path : book.source().files().keySet()) {
            if (isScenarioFile(path)) {
                runFile(path, sink);
            }
        }
    }

    public void runFile(String path, Consumer<ScenarioResult> sink) {
        Scenario.File file;
        try {
            file = Yaml.read(path, book.source().text(path), Scenario.File.class);
        } catch (Yaml.InvalidRuleFileException e) {
            problems.add(e.problem());
            return;
        }
        for (Scenario scenario : file.scenarios()) {
            sink.accept(run(path, file, scenario));
        }
    }

    /** The rules some scenario fired so far. */
    public Set<RuleRef> fired() {
        return fired;
    }

    /** Scenario files that could not be read. */
    public List<BuildProblem> problems() {
        return problems;
    }

    ScenarioResult run(String path, Scenario.File file, Scenario scenario) {
        List<String> failures = new ArrayList<>();
        CheckOutcome outcome;
        boolean mustReject = scenario.expect() != null && scenario.expect().rejected();
        try {
            outcome = checker.check(
                    request(file, scenario),
                    scenario.dishonest() ? new CheckContext("失信被执行人名单（场景）") : CheckContext.NONE);
        } catch (InvalidRequestException e) {
            if (!mustReject) {
                failures.add("request rejected: " + e.getMessage());
            }
            return new ScenarioResult(file.matter(), path, scenario.name(), failures);
        } catch (IllegalArgumentException e) {
            failures.add("scenario is not a valid request: " + e.getMessage());
            return new ScenarioResult(file.matter(), path, scenario.name(), failures);
        }
        fired.addAll(outcome.firedRules());
        failures.addAll(CancelledInvariant.violations(book, outcome));
        if (mustReject) {
            failures.add("request was expected to be rejected but was checked: " + outcome.decision());
        }
        Scenario.Expectation expect = scenario.expect();
        if (expect == null) {
            failures.add("scenario has no expect");
            return new ScenarioResult(file.matter(), path, scenario.name(), failures);
        }
        if (expect.decision() != null
                && !expect.decision().equals(outcome.decision().name())) {
            failures.add("decision: expected " + expect.decision() + " but was " + outcome.decision());
        }
        compare("findings", expected(expect.findings(), true), actualFindings(outcome), failures);
        compare("waived", expected(expect.waived(), false), actualWaivers(outcome), failures);
        Set<String> deferredExpected = new TreeSet<>();
        expect.deferred().forEach(i -> deferredExpected.add(i.material() + " " + i.dueDate()));
        Set<String> deferredActual = new TreeSet<>();
        outcome.deferred().forEach(i -> deferredActual.add(i.material() + " " + i.dueDate()));
        compare("deferred", deferredExpected, deferredActual, failures);
        expect.members().forEach((matter, decision) -> {
            String actual = outcome.members() == null
                    ? "none"
                    : outcome.members().stream()
                            .filter(m -> m.matter().equals(matter))
                            .map(m -> m.decision().name())
                            .findFirst()
                            .orElse("none");
            if (!decision.equals(actual)) {
                failures.add("member " + matter + ": expected " + decision + " but was " + actual);
            }
        });
        return new ScenarioResult(file.matter(), path, scenario.name(), failures);
    }

    private static Set<String> expected(List<Scenario.Item> items, boolean findings) {
        Set<String> set = new TreeSet<>();
        for (Scenario.Item i : items) {
            String what = findings ? i.code() : i.reason();
            set.add(what + " " + (i.material() != null ? i.material() : i.matter()));
        }
        return set;
    }

    private static Set<String> actualFindings(CheckOutcome outcome) {
        Set<String> set = new TreeSet<>();
        outcome.findings().forEach(f -> set.add(f.code() + " " + (f.material() != null ? f.material() : f.matter())));
        return set;
    }

    private static Set<String> actualWaivers(CheckOutcome outcome) {
        Set<String> set = new TreeSet<>();
        outcome.waived().forEach(w -> set.add(w.reason() + " " + w.material()));
        return set;
    }

    private static void compare(String what, Set<String> expected, Set<String> actual, List<String> failures) {
        if (!expected.equals(actual)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            failures.add(what + ": expected " + expected + " but was " + actual
                    + (missing.isEmpty() ? "" : "; not produced " + missing)
                    + (extra.isEmpty() ? "" : "; unexpected " + extra));
        }
    }

    /** The request a scenario describes: the file's base with the scenario's changes. */
    public static CheckRequest request(Scenario.File file, Scenario scenario) {
        ObjectNode request = file.base() == null
                ? JSON.createObjectNode()
                : (ObjectNode) file.base().deepCopy();
        if (!request.has("matter")) {
            request.put("matter", file.matter());
        }
        scenario.set().forEach(request::set);
        ArrayNode materials =
                request.has("materials") ? (ArrayNode) request.get("materials") : request.putArray("materials");
        List<String> drop = new ArrayList<>(scenario.remove());
        scenario.replace().forEach(r -> drop.add(r.path("code").asText()));
        for (int i = materials.size() - 1; i >= 0; i--) {
            if (drop.contains(materials.get(i).path("code").asText())) {
                materials.remove(i);
            }
        }
        scenario.replace().forEach(materials::add);
        scenario.add().forEach(materials::add);
        try {
            return JSON.treeToValue(request, CheckRequest.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
