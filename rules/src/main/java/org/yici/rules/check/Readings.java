package org.yici.rules.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yici.rules.model.Submitted;

/** Joins what was read from uploaded files to the facts a request gives. */
final class Readings {
    private Readings() {}

    /**
     * The session's facts: each submitted material with the fields read from its file, plus the
     * reading facts. A reading for a material id the request does not have is ignored.
     */
    static List<Object> apply(List<Object> facts, List<DocumentReading> readings) {
        if (readings.isEmpty()) {
            return facts;
        }
        Map<String, DocumentReading> byMaterial = readings.stream()
                .collect(Collectors.toMap(DocumentReading::material, Function.identity(), (a, b) -> a));
        List<Object> out = new ArrayList<>(facts.size() + readings.size() * 4);
        for (Object fact : facts) {
            if (fact instanceof Submitted s && byMaterial.containsKey(s.id())) {
                DocumentReading r = byMaterial.get(s.id());
                out.add(s.withRead(r.fields(), r.sources()));
                out.addAll(r.facts());
            } else {
                out.add(fact);
            }
        }
        return out;
    }
}
