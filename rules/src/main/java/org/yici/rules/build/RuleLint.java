package org.yici.rules.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yici.rules.data.MatterDefinition;
import org.yici.rules.data.ReferenceData;

/**
 * Static checks of a rules folder that the DRL compiler cannot make: the links between the DRL,
 * the matters' YAML and the reference data. Errors stop a build; warnings are reported by
 * {@code yici verify}.
 */
final class RuleLint {
    private RuleLint() {}

    static List<BuildProblem> check(
            RuleSource source, ReferenceData data, Map<String, MatterDefinition> matters, DrlIndex index) {
        List<BuildProblem> problems = new ArrayList<>();
        for (MatterDefinition matter : matters.values()) {
            checkMatter(matter, "matters/" + matter.code() + "/matter.yaml", data, problems);
            if (source.text("matters/" + matter.code() + "/requirements.drl") == null) {
                problems.add(BuildProblem.error("matters/" + matter.code(), 0, "matter has no requirements.drl"));
            }
        }
        checkNeeds(source, matters, index, problems);
        for (var bundle : data.bundles().values()) {
            for (String member : bundle.members()) {
                if (!matters.containsKey(member)) {
                    problems.add(BuildProblem.error(
                            "data/bundles/" + bundle.code() + ".yaml",
                            0,
                            "bundle member " + member + " is not a matter"));
                }
            }
        }
        return problems;
    }

    private static void checkMatter(
            MatterDefinition matter, String file, ReferenceData data, List<BuildProblem> problems) {
        Set<String> codes = new HashSet<>();
        Set<String> shareKeys = new HashSet<>();
        for (var spec : matter.specs()) {
            if (!codes.add(spec.code())) {
                problems.add(BuildProblem.error(file, 0, "duplicate material code " + spec.code()));
            }
            if (!spec.code().startsWith(matter.code() + "-")) {
                problems.add(BuildProblem.error(
                        file, 0, "material code " + spec.code() + " does not start with " + matter.code() + "-"));
            }
            if (spec.form() == null || spec.name() == null) {
                problems.add(BuildProblem.error(file, 0, spec.code() + " needs a name and a form"));
            }
            if (!data.materialTypes().isEmpty() && !data.materialTypes().containsKey(spec.type())) {
                problems.add(BuildProblem.error(
                        file,
                        0,
                        spec.code() + " has material type " + spec.type()
                                + ", which data/material-types.yaml does not know"));
            }
            if (spec.basis() == null || spec.basis().isBlank()) {
                problems.add(BuildProblem.warning(file, 0, spec.code() + " has no basis text for the applicant"));
            }
            if (spec.shareKey() != null && !shareKeys.add(spec.shareKey())) {
                problems.add(BuildProblem.error(
                        file,
                        0,
                        spec.code()
                                + " has the same type, subject and form as another material of the matter;"
                                + " give it its own subject so bundles do not merge them"));
            }
        }
        for (String situation : matter.situations()) {
            if (!data.situations().isEmpty() && !data.situations().containsKey(situation)) {
                problems.add(BuildProblem.error(file, 0, "unknown situation " + situation));
            }
        }
    }

    private static void checkNeeds(
            RuleSource source, Map<String, MatterDefinition> matters, DrlIndex index, List<BuildProblem> problems) {
        Set<String> needed = new HashSet<>();
        for (var site : index.sites()) {
            for (String code : site.needs()) {
                needed.add(code);
                MatterDefinition owner = ownerOf(code, matters);
                if (owner == null && source.text("matters/" + matterOf(code) + "/matter.yaml") != null) {
                    continue; // the matter.yaml itself is broken and already reported
                }
                if (owner == null
                        || owner.specs().stream().noneMatch(s -> s.code().equals(code))) {
                    problems.add(BuildProblem.error(
                            site.file(),
                            site.line(),
                            "rule \"" + site.rule().name() + "\" needs " + code + ", which no matter.yaml describes"));
                } else if (!site.rule().name().startsWith(code)) {
                    problems.add(BuildProblem.warning(
                            site.file(),
                            site.line(),
                            "rule \"" + site.rule().name() + "\" needs " + code
                                    + " but its name does not start with that code"));
                }
            }
        }
        for (MatterDefinition matter : matters.values()) {
            for (var spec : matter.specs()) {
                if (!needed.contains(spec.code())) {
                    problems.add(BuildProblem.warning(
                            "matters/" + matter.code() + "/matter.yaml",
                            0,
                            spec.code() + " is described but no rule ever requires it"));
                }
            }
        }
    }

    private static MatterDefinition ownerOf(String code, Map<String, MatterDefinition> matters) {
        return matters.get(matterOf(code));
    }

    private static String matterOf(String code) {
        int dash = code.lastIndexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }
}
