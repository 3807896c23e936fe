package org.yici.rules.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yici.rules.data.CancelledCertificate;
import org.yici.rules.data.MatterDefinition;
import org.yici.rules.data.ReferenceData;
import org.yici.rules.model.MaterialSpec;
import org.yici.rules.model.Text;

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
            String yaml = "matters/" + matter.code() + "/matter.yaml";
            FormLint.check(matter, yaml, source.text(yaml), problems);
            if (source.text("matters/" + matter.code() + "/requirements.drl") == null) {
                problems.add(BuildProblem.error("matters/" + matter.code(), 0, "matter has no requirements.drl"));
            }
        }
        checkNeeds(source, data, matters, index, problems);
        checkScoping(source, problems);
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
        for (String cancelled : matter.cancelled()) {
            if (!data.cancelled().isEmpty() && !data.cancelled().containsKey(cancelled)) {
                problems.add(BuildProblem.error(
                        file, 0, "cancelled certificate " + cancelled + " is not in data/cancelled-certificates.yaml"));
            }
        }
        for (String situation : matter.situations()) {
            if (!data.situations().isEmpty() && !data.situations().containsKey(situation)) {
                problems.add(BuildProblem.error(file, 0, "unknown situation " + situation));
            }
        }
    }

    private static void checkNeeds(
            RuleSource source,
            ReferenceData data,
            Map<String, MatterDefinition> matters,
            DrlIndex index,
            List<BuildProblem> problems) {
        Set<String> needed = new HashSet<>();
        // Normalised once: at 1,500 matters there are some 14,000 needs to compare with them.
        Map<CancelledCertificate, String> cancelledNames = new java.util.LinkedHashMap<>();
        data.cancelled().values().forEach(c -> cancelledNames.put(c, Text.normalise(c.name())));
        Map<String, java.util.Optional<CancelledCertificate>> cancelledByCode = new java.util.HashMap<>();
        for (var site : index.sites()) {
            for (String code : site.needs()) {
                needed.add(code);
                MatterDefinition owner = ownerOf(code, matters);
                if (owner == null
                        && source.text("matters/" + MatterDefinition.matterOf(code) + "/matter.yaml") != null) {
                    continue; // the matter.yaml itself is broken and already reported
                }
                if (owner == null
                        || owner.specs().stream().noneMatch(s -> s.code().equals(code))) {
                    problems.add(BuildProblem.error(
                            site.file(),
                            site.line(),
                            "rule \"" + site.rule().name() + "\" needs " + code + ", which no matter.yaml describes"));
                } else if (cancelledByCode
                        .computeIfAbsent(
                                code, c -> java.util.Optional.ofNullable(cancelledNamedBy(c, owner, cancelledNames)))
                        .isPresent()) {
                    var cert = cancelledByCode.get(code).orElseThrow();
                    problems.add(BuildProblem.warning(
                            site.file(),
                            site.line(),
                            "rule \"" + site.rule().name()
                                    + "\" still requires cancelled certificate " + cert.code() + " " + cert.name()
                                    + " (" + cert.source()
                                    + "); the waive phase strips it: remove the rule and the material"));
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

    private static final java.util.regex.Pattern UNSCOPED =
            java.util.regex.Pattern.compile("^\\s*(\\$\\w+\\s*:\\s*)?(Application|Situation)\\s*\\(");

    /**
     * A matter rule should test only {@code MatterCase}: a pattern on the request-wide facts makes
     * every check pay for that rule, whatever its matter (latency then grows with the matters).
     */
    private static void checkScoping(RuleSource source, List<BuildProblem> problems) {
        for (String path : source.files().keySet()) {
            if (!path.startsWith("matters/") || !path.endsWith(".drl")) {
                continue;
            }
            String[] lines = source.text(path).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (UNSCOPED.matcher(lines[i]).find()) {
                    problems.add(
                            BuildProblem.warning(
                                    path,
                                    i + 1,
                                    "pattern is not scoped by matter: write it as"
                                            + " MatterCase( matter == \"CODE\", agentPresent | applicantType == … | situation( \"key\" ) == \"value\" )"));
                }
            }
        }
    }

    /** The cancelled certificate the material's name mentions (as {@link MaterialSpec#mentions}), or null. */
    private static CancelledCertificate cancelledNamedBy(
            String code, MatterDefinition owner, Map<CancelledCertificate, String> cancelledNames) {
        MaterialSpec spec = owner.specs().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow();
        String name = Text.normalise(spec.name());
        return cancelledNames.entrySet().stream()
                .filter(e -> name.contains(e.getValue()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private static MatterDefinition ownerOf(String code, Map<String, MatterDefinition> matters) {
        return matters.get(MatterDefinition.matterOf(code));
    }
}
