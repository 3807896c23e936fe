package org.yici.engine.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yici.rules.data.MaterialTypeDefinition;

/**
 * Classifies a document by the keywords and headings of the material-type dictionary. A keyword
 * counts once per document and weighs 1/n when n types share it (法定代表人 says less than
 * 营业执照); a heading cue (a short line in the first lines of a page) adds {@link #HEADING}.
 * Confidence is the winner's margin over the runner-up, damped while the evidence is thin.
 */
public final class DocumentClassifier {
    static final double HEADING = 3.0;
    /** Evidence at which confidence is no longer damped: a heading and a keyword, or four keywords. */
    private static final double ENOUGH = 4.0;
    /** A heading is one of the first lines of a page and short (titles, not sentences). */
    private static final int HEADING_LINES = 3;

    private static final int HEADING_MAX_CHARS = 24;

    private final List<Entry> entries;

    private record Entry(String type, Map<String, Double> keywords, List<String> titles) {}

    public DocumentClassifier(Collection<MaterialTypeDefinition> types) {
        Map<String, Integer> sharing = new HashMap<>();
        types.forEach(t -> t.keywords().stream()
                .map(PageText::squeeze)
                .distinct()
                .forEach(k -> sharing.merge(k, 1, Integer::sum)));
        List<Entry> list = new ArrayList<>();
        for (MaterialTypeDefinition t : types) {
            Map<String, Double> weights = new HashMap<>();
            t.keywords().stream().map(PageText::squeeze).forEach(k -> weights.put(k, 1.0 / sharing.get(k)));
            List<String> titles = t.titles().stream().map(PageText::squeeze).toList();
            if (!weights.isEmpty() || !titles.isEmpty()) {
                list.add(new Entry(t.key(), weights, titles));
            }
        }
        this.entries = List.copyOf(list);
    }

    public Classification classify(List<PageText> pages) {
        record Scored(Entry entry, double score, List<Classification.Cue> cues) {}
        List<Scored> scored = new ArrayList<>();
        for (Entry e : entries) {
            List<Classification.Cue> cues = new ArrayList<>();
            double score = 0;
            for (Map.Entry<String, Double> k : e.keywords().entrySet()) {
                for (PageText p : pages) {
                    if (p.joined().contains(k.getKey())) {
                        score += k.getValue();
                        cues.add(new Classification.Cue(p.number(), k.getKey(), false));
                        break;
                    }
                }
            }
            heading:
            for (PageText p : pages) {
                for (String line :
                        p.lines().subList(0, Math.min(HEADING_LINES, p.lines().size()))) {
                    if (line.length() > HEADING_MAX_CHARS) {
                        continue;
                    }
                    for (String title : e.titles()) {
                        if (line.contains(title)) {
                            score += HEADING;
                            cues.add(new Classification.Cue(p.number(), title, true));
                            break heading;
                        }
                    }
                }
            }
            if (score > 0) {
                scored.add(new Scored(e, score, cues));
            }
        }
        if (scored.isEmpty()) {
            return Classification.NONE;
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        Scored best = scored.get(0);
        double second = scored.size() > 1 ? scored.get(1).score() : 0;
        double confidence = (best.score() - second) / best.score() * Math.min(1, best.score() / ENOUGH);
        int page = best.cues().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Classification.Cue::page, java.util.stream.Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.<Integer, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(0);
        return new Classification(
                best.entry().type(), Math.round(confidence * 1000) / 1000.0, page, List.copyOf(best.cues()));
    }
}
