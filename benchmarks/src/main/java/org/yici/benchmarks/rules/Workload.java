package org.yici.benchmarks.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.CheckRequest.Material;
import org.yici.rules.check.CheckRequest.Party;
import org.yici.rules.data.Yaml;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.Form;
import org.yici.rules.scenario.Scenario;
import org.yici.rules.scenario.ScenarioRunner;

/**
 * A rule base to benchmark and the requests to send it.
 *
 * <ul>
 *   <li>{@code shipped}: the rules packaged in yici-rules (or {@code -Dyici.rules.dir}) without
 *       {@code data/bundles/}; the
 *       requests are every scenario of every shipped matter (the maintainers' own mix of complete,
 *       missing, agent, situation and reduction cases), minus dishonesty-list and rejected ones.
 *   <li>{@code generated-N}: {@link GeneratedRuleBase} with N matters; requests spread uniformly
 *       over all matters, a quarter each complete package, two core-or-not items missing, agent
 *       with complete package and a situation met, agent with the agent's and situation's items
 *       missing.
 *   <li>{@code generated-N-scoped}: the same matters and requests, with matter rules in the house
 *       style (every condition on the hashed {@code MatterCase}), as the shipped matters are
 *       written; {@code generated-N} keeps the older style that joins the request-wide facts, to
 *       show what scoping buys.
 * </ul>
 */
record Workload(String name, RuleSource source, int matters, List<Case> cases) {
    /** A request and the decision it must get, so a benchmark cannot time a broken check. */
    record Case(CheckRequest request, String decision) {}

    static final long SEED = 20260302L;
    static final int MIX_SIZE = 4096;
    private static final LocalDate APPLIED = LocalDate.of(2026, 3, 2);

    static Workload of(String name) {
        if (name.equals("shipped")) {
            return shipped();
        }
        if (name.startsWith("generated-")) {
            boolean scoped = name.endsWith("-scoped");
            String n = name.substring("generated-".length(), name.length() - (scoped ? "-scoped".length() : 0));
            return generated(Integer.parseInt(n), scoped, name);
        }
        throw new IllegalArgumentException("unknown rule base " + name);
    }

    /**
     * The shipped rules: those packaged in the yici-rules jar the benchmarks were built with, so DRL
     * and fact classes always match; {@code -Dyici.rules.dir} reads a folder instead. Bundles are
     * dropped because a half-written bundle must not stop the run.
     */
    static RuleSource shippedSource() {
        String dir = System.getProperty("yici.rules.dir");
        RuleSource source = dir == null ? RuleSource.classpath() : RuleSource.directory(Path.of(dir));
        return source.without("data/bundles/");
    }

    static int matterCount(RuleSource source) {
        return (int) source.files().keySet().stream()
                .filter(p -> p.startsWith("matters/") && p.endsWith("/matter.yaml"))
                .count();
    }

    private static Workload shipped() {
        RuleSource source = shippedSource();
        List<Case> requests = new ArrayList<>();
        for (String path : source.files().keySet()) {
            if (!ScenarioRunner.isScenarioFile(path)) {
                continue;
            }
            Scenario.File file = Yaml.read(path, source.text(path), Scenario.File.class);
            for (Scenario s : file.scenarios()) {
                if (!s.dishonest() && (s.expect() == null || !s.expect().rejected())) {
                    requests.add(new Case(
                            ScenarioRunner.request(file, s),
                            s.expect() == null ? null : s.expect().decision()));
                }
            }
        }
        return new Workload("shipped", source, matterCount(source), cycle(requests));
    }

    private static Workload generated(int count, boolean scoped, String name) {
        GeneratedRuleBase.Generated g = GeneratedRuleBase.generate(shippedSource(), count, SEED, scoped);
        Random random = new Random(SEED);
        List<Case> requests = new ArrayList<>();
        for (int i = 0; i < MIX_SIZE; i++) {
            GeneratedRuleBase.GeneratedMatter m =
                    g.matters().get(random.nextInt(g.matters().size()));
            Kind kind = Kind.values()[i % Kind.values().length];
            requests.add(new Case(request(m, kind), kind.decision));
        }
        Collections.shuffle(requests, random);
        return new Workload(name, g.source(), count, List.copyOf(requests));
    }

    /** The kinds of request in the generated mix, and the decision each must get. */
    enum Kind {
        COMPLETE("ACCEPTED"),
        MISSING("CORRECTION_REQUIRED"),
        AGENT_COMPLETE("ACCEPTED"),
        AGENT_MISSING("CORRECTION_REQUIRED");

        final String decision;

        Kind(String decision) {
            this.decision = decision;
        }
    }

    static CheckRequest request(GeneratedRuleBase.GeneratedMatter m, Kind kind) {
        boolean agent = kind == Kind.AGENT_COMPLETE || kind == Kind.AGENT_MISSING;
        String situation = m.situations().get(kind == Kind.AGENT_MISSING ? 1 : 0);
        List<Material> materials = new ArrayList<>();
        for (GeneratedRuleBase.Material mat : m.materials()) {
            boolean needed = mat.condition().equals("ALWAYS")
                    || (agent && mat.condition().equals("AGENT"))
                    || (agent && mat.condition().equals(situation));
            boolean dropped =
                    switch (kind) {
                        case MISSING -> mat.code().endsWith("-02") || mat.code().endsWith("-04");
                        case AGENT_MISSING -> mat.code().endsWith("-05")
                                || mat.condition().equals(situation);
                        default -> false;
                    };
            if (needed && !dropped) {
                materials.add(new Material(
                        "m" + (materials.size() + 1),
                        mat.code(),
                        Form.valueOf(mat.form()),
                        1,
                        null,
                        mat.code().endsWith("-06")
                                ? Map.of("name", "李四", "idNumber", GeneratedRuleBase.AGENT_ID)
                                : null));
            }
        }
        Party applicant = m.organization()
                ? new Party(ApplicantType.ORGANIZATION, "某某商贸有限公司", null, GeneratedRuleBase.CREDIT_CODE)
                : new Party(ApplicantType.PERSON, "张三", GeneratedRuleBase.PERSON_ID, null);
        return new CheckRequest(
                m.code(),
                APPLIED,
                "WINDOW",
                applicant,
                agent ? new Party(null, "李四", GeneratedRuleBase.AGENT_ID, null) : null,
                agent ? Map.of(situation, true) : Map.of(),
                List.of(),
                List.of(),
                materials);
    }

    private static List<Case> cycle(List<Case> requests) {
        if (requests.isEmpty()) {
            throw new IllegalStateException("the shipped rules have no scenarios to replay");
        }
        List<Case> out = new ArrayList<>();
        Random random = new Random(SEED);
        for (int i = 0; i < MIX_SIZE; i++) {
            out.add(requests.get(i % requests.size()));
        }
        Collections.shuffle(out, random);
        return List.copyOf(out);
    }
}
