package org.yici.benchmarks.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.yici.rules.build.BuildProblem;
import org.yici.rules.build.RuleSource;
import org.yici.rules.data.ReferenceData;
import org.yici.rules.data.SituationDefinition;

/**
 * A synthetic rule base of N matters on top of the shipped {@code common/} and {@code data/}, built
 * in memory with {@link RuleSource#of} and never written to the repository.
 *
 * <p>Each matter {@code GENnnnn-XK} looks like a shipped one: a {@code matter.yaml} in the format of
 * {@code rules/matters/GTGSH-SL/matter.yaml} and a {@code requirements.drl} of about ten rules — four
 * materials always needed, two when an agent comes, two in a situation (real boolean keys from
 * {@code data/situations.yaml}), one or two eligibility rules. Material types are real keys of
 * {@code data/material-types.yaml}, chosen per matter with a fixed seed, so every run builds the
 * same text.
 */
final class GeneratedRuleBase {
    static final String PERSON_ID = "11010519491231002X";
    static final String AGENT_ID = "110101199003070011";
    static final String CREDIT_CODE = "91110105MA01ABCD1X";

    /** Types that have a fixed role in every matter, so they are not drawn for the other slots. */
    private static final Set<String> FIXED_TYPES =
            Set.of("APPLICATION_FORM", "ID_CARD", "BUSINESS_LICENSE", "POWER_OF_ATTORNEY", "OTHER");

    private GeneratedRuleBase() {}

    /** What the generator decided for one matter; the request mix is built from it. */
    record GeneratedMatter(
            String code,
            boolean organization,
            List<String> situations,
            String ineligibleSituation,
            List<Material> materials) {}

    /**
     * One generated material.
     *
     * @param condition ALWAYS, AGENT, or a situation key
     */
    record Material(String code, String type, String subject, String form, boolean core, String condition) {}

    /** A generated rule base and the matters in it. */
    record Generated(RuleSource source, List<GeneratedMatter> matters) {}

    /**
     * The shipped {@code common/} and {@code data/} without the shipped matters and bundles (a bundle
     * names matters the generated base does not have).
     */
    static RuleSource sharedPart(RuleSource shipped) {
        return shipped.without("matters/").without("data/bundles/");
    }

    static Generated generate(RuleSource shipped, int count, long seed) {
        return generate(shipped, count, seed, false);
    }

    /**
     * @param scoped write matter rules in the house style, every condition on the hashed
     *     {@code MatterCase( matter == "CODE", … )}; otherwise in the older style that joins
     *     {@code Application} and {@code Situation} patterns (kept to show what scoping buys)
     */
    static Generated generate(RuleSource shipped, int count, long seed, boolean scoped) {
        RuleSource base = sharedPart(shipped);
        List<BuildProblem> problems = new ArrayList<>();
        ReferenceData data = ReferenceData.read(base, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("shipped reference data does not read: " + problems);
        }
        List<String> pool = data.materialTypes().keySet().stream()
                .filter(t -> !FIXED_TYPES.contains(t))
                .sorted()
                .toList();
        List<String> booleans = data.situations().values().stream()
                .filter(s -> s.type() == SituationDefinition.Type.BOOLEAN && s.defaultValue() != null)
                .map(SituationDefinition::key)
                .sorted()
                .toList();
        if (pool.size() < 4 || booleans.size() < 3) {
            throw new IllegalStateException("reference data too small to generate matters: " + pool + booleans);
        }

        Map<String, String> files = new LinkedHashMap<>();
        base.files().keySet().forEach(path -> files.put(path, base.text(path)));
        List<GeneratedMatter> matters = new ArrayList<>();
        Random random = new Random(seed);
        for (int i = 1; i <= count; i++) {
            GeneratedMatter matter = matter(i, random, pool, booleans);
            matters.add(matter);
            files.put("matters/" + matter.code() + "/matter.yaml", matterYaml(matter));
            files.put("matters/" + matter.code() + "/requirements.drl", requirementsDrl(matter, scoped));
        }
        return new Generated(RuleSource.of(files, "generated:" + count + " matters"), List.copyOf(matters));
    }

    private static GeneratedMatter matter(int i, Random random, List<String> pool, List<String> booleans) {
        String code = String.format(Locale.ROOT, "GEN%04d-XK", i);
        boolean organization = i % 3 == 0;
        List<String> types = new ArrayList<>(pool);
        java.util.Collections.shuffle(types, random);
        List<String> keys = new ArrayList<>(booleans);
        java.util.Collections.shuffle(keys, random);
        List<String> situations = new ArrayList<>(keys.subList(0, 2));
        String ineligible = i % 2 == 0 ? keys.get(2) : null;
        if (ineligible != null) {
            situations.add(ineligible);
        }
        String[] forms = {"COPY", "ORIGINAL", "ORIGINAL_AND_COPY"};
        List<Material> materials = List.of(
                new Material(code + "-01", "APPLICATION_FORM", "APPLICANT", "ORIGINAL", true, "ALWAYS"),
                new Material(
                        code + "-02",
                        organization ? "BUSINESS_LICENSE" : "ID_CARD",
                        "APPLICANT",
                        "COPY",
                        true,
                        "ALWAYS"),
                new Material(code + "-03", types.get(0), "APPLICANT", forms[random.nextInt(3)], false, "ALWAYS"),
                new Material(code + "-04", types.get(1), "APPLICANT", forms[random.nextInt(3)], false, "ALWAYS"),
                new Material(code + "-05", "POWER_OF_ATTORNEY", "AGENT", "ORIGINAL", false, "AGENT"),
                new Material(code + "-06", "ID_CARD", "AGENT", "COPY", false, "AGENT"),
                new Material(code + "-07", types.get(2), "APPLICANT", "COPY", random.nextBoolean(), situations.get(0)),
                new Material(code + "-08", types.get(3), "APPLICANT", "COPY", false, situations.get(1)));
        return new GeneratedMatter(code, organization, List.copyOf(situations), ineligible, materials);
    }

    private static String matterYaml(GeneratedMatter m) {
        StringBuilder y = new StringBuilder();
        y.append("# Generated for benchmarks; not a real matter.\n");
        y.append("code: ").append(m.code()).append('\n');
        y.append("name: 基准测试事项").append(m.code()).append('\n');
        y.append("department: 基准测试部门").append(m.code().substring(3, 7)).append('\n');
        y.append("basis: 《基准测试条例》第").append(m.code().substring(3, 7)).append("条\n");
        y.append("timeLimit:\n");
        y.append("  statutory: 材料齐全、符合法定形式的当场办理\n");
        y.append("  statutoryWorkingDays: 20\n");
        y.append("  promisedWorkingDays: 5\n");
        y.append("applicantTypes: [")
                .append(m.organization() ? "ORGANIZATION" : "PERSON")
                .append("]\n");
        y.append("situations: [").append(String.join(", ", m.situations())).append("]\n");
        y.append("deferral:\n");
        y.append("  allowed: true\n");
        y.append("  maxItems: 2\n");
        y.append("  workingDays: 5\n");
        y.append("  source: 基准测试默认值\n");
        y.append("cancelled: []\n");
        y.append("materials:\n");
        for (Material mat : m.materials()) {
            y.append("  - code: ").append(mat.code()).append('\n');
            y.append("    name: 材料").append(mat.code()).append('\n');
            y.append("    form: ").append(mat.form()).append('\n');
            y.append("    copies: 1\n");
            y.append("    core: ").append(mat.core()).append('\n');
            if (!mat.condition().equals("ALWAYS")) {
                y.append("    when: ")
                        .append(mat.condition().equals("AGENT") ? "委托代理人办理时" : "情形 " + mat.condition() + " 成立时")
                        .append('\n');
            }
            y.append("    type: ").append(mat.type()).append('\n');
            y.append("    subject: ").append(mat.subject()).append('\n');
            if (mat.code().endsWith("-02")) {
                y.append("    replaceableBy: [SHARED_DATA]\n");
            } else if (mat.code().endsWith("-03") && !mat.core()) {
                y.append("    replaceableBy: [COMMITMENT]\n");
            }
            y.append("    requirement: 按基准测试要求提交\n");
        }
        return y.toString();
    }

    private static String requirementsDrl(GeneratedMatter m, boolean scoped) {
        // Unscoped: a second pattern on the request-wide fact; scoped: more constraints on MatterCase.
        String open = "    MatterCase( matter == \"" + m.code() + "\"";
        String application = scoped ? open + ", " : open + " )\n    Application( ";
        String situationOpen = scoped ? open + ", situation( \"" : open + " )\n    Situation( key == \"";
        String situationClose = scoped ? "\" ) == \"true\" )\n" : "\", value == \"true\" )\n";
        String code = m.code();
        StringBuilder d = new StringBuilder();
        d.append("package org.yici.matters.")
                .append(code.toLowerCase(Locale.ROOT).replace('-', '_'))
                .append(";\n\n");
        d.append("// Generated for benchmarks.\n\n");
        d.append("import org.yici.rules.model.*;\n");
        d.append('\n');
        String other = m.organization() ? "PERSON" : "ORGANIZATION";
        d.append("rule \"")
                .append(code)
                .append(" 申请人类型不符的不属于本事项受理范围\"\n")
                .append("when\n")
                .append(application + "applicantType == ApplicantType.")
                .append(other)
                .append(" )\n")
                .append("then\n")
                .append("    insertLogical( Finding.notEligible( \"")
                .append(code)
                .append("\", \"申请人类型不符\", \"《基准测试条例》\", drools.getRule() ) );\n")
                .append("end\n\n");
        if (m.ineligibleSituation() != null) {
            d.append("rule \"")
                    .append(code)
                    .append(" 情形")
                    .append(m.ineligibleSituation())
                    .append("成立的不属于本事项受理范围\"\n")
                    .append("when\n")
                    .append(situationOpen)
                    .append(m.ineligibleSituation())
                    .append(situationClose)
                    .append("then\n")
                    .append("    insertLogical( Finding.notEligible( \"")
                    .append(code)
                    .append("\", \"情形不符\", \"《基准测试条例》\", drools.getRule() ) );\n")
                    .append("end\n\n");
        }
        for (Material mat : m.materials()) {
            d.append("rule \"")
                    .append(mat.code())
                    .append(" 提交材料")
                    .append(mat.code())
                    .append("\"\n");
            d.append("when\n");
            if (mat.condition().equals("AGENT")) {
                d.append(application + "agentPresent )\n");
            } else if (mat.condition().equals("ALWAYS")) {
                d.append(open).append(" )\n");
            } else {
                d.append(situationOpen).append(mat.condition()).append(situationClose);
            }
            d.append("then\n");
            d.append("    insertLogical( Need.of( \"").append(mat.code()).append("\", drools.getRule() ) );\n");
            d.append("end\n\n");
        }
        return d.toString();
    }
}
