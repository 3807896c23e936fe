package org.yici.rules.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yici.rules.build.BuildProblem;
import org.yici.rules.build.RuleSource;

/** Everything under {@code data/}, read from a rule source. */
public record ReferenceData(
        Map<String, MaterialTypeDefinition> materialTypes,
        Map<String, SituationDefinition> situations,
        Map<String, CancelledCertificate> cancelled,
        Map<String, BundleDefinition> bundles,
        WorkingCalendar calendar) {

    /** Reads the data files; every unreadable file is added to {@code problems}. */
    public static ReferenceData read(RuleSource source, List<BuildProblem> problems) {
        Map<String, MaterialTypeDefinition> types = Map.of();
        Map<String, SituationDefinition> situations = Map.of();
        Map<String, CancelledCertificate> cancelled = Map.of();
        Map<String, BundleDefinition> bundles = new LinkedHashMap<>();
        List<HolidayYear> years = new ArrayList<>();
        for (var entry : source.files().entrySet()) {
            String path = entry.getKey();
            if (!path.startsWith("data/") || !path.endsWith(".yaml") || path.contains("/scenarios/")) {
                continue;
            }
            String text = source.text(path);
            try {
                if (path.equals("data/material-types.yaml")) {
                    types = index(
                            Yaml.read(path, text, MaterialTypeDefinition.File.class)
                                    .types(),
                            MaterialTypeDefinition::key);
                } else if (path.equals("data/situations.yaml")) {
                    situations = index(
                            Yaml.read(path, text, SituationDefinition.File.class)
                                    .situations(),
                            SituationDefinition::key);
                } else if (path.equals("data/cancelled-certificates.yaml")) {
                    cancelled = index(
                            Yaml.read(path, text, CancelledCertificate.File.class)
                                    .certificates(),
                            CancelledCertificate::code);
                } else if (path.startsWith("data/bundles/")) {
                    BundleDefinition bundle = Yaml.read(path, text, BundleDefinition.class);
                    bundles.put(bundle.code(), bundle);
                } else if (path.startsWith("data/holidays/")) {
                    years.add(Yaml.read(path, text, HolidayYear.class));
                }
            } catch (Yaml.InvalidRuleFileException e) {
                problems.add(e.problem());
            }
        }
        return new ReferenceData(types, situations, cancelled, Map.copyOf(bundles), new WorkingCalendar(years));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items == null
                ? Map.of()
                : items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
