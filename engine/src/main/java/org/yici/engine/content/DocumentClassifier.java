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
 * Lines that start with the type's field labels (the dictionary's {@code fields}: 姓名, 住址,
 * 出租方...) count like keywords, shared the same way, once there are at least two: an ID card's
 * front has no title and one keyword (公民身份号码), but five labelled lines. Confidence is the winner's margin over the
 * runner-up, damped while the evidence is thin.
 */
public final class DocumentClassifier {
    static final double HEADING = 3.0;
    /** Evidence at which confidence is no longer damped: a heading and a keyword, or four keywords. */
    private static final double ENOUGH = 4.0;
    /** A heading is one of the first lines of a page and short (titles, not sentences). */
    private static final int HEADING_LINES = 3;

    private static final int HEADING_MAX_CHARS = 24;
    /**
     * Labelled lines of a type count only from this many on: one shared label (a form's 公民身份号码
     * or 经营范围) says little, a page of them (姓名, 性别, 出生, 住址 on an ID card) a lot. A TUNE form
     * whose heading OCR ran into a body line fell below MISMATCHED_TYPE's 0.6 on single labels.
     */
    private static final int MIN_LABELS = 2;

    private final List<Entry> entries;

    /** A field label: the Han characters a field of the dictionary starts with ("公民身份号码 (GB 11643…)"). */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^([\\p{IsHan}]{2,})");

    private record Entry(String type, Map<String, Double> keywords, List<String> titles, Map<String, Double> labels) {}

    public DocumentClassifier(Collection<MaterialTypeDefinition> types) {
        Map<String, Integer> sharing = new HashMap<>();
        types.forEach(t -> t.keywords().stream()
                .map(PageText::squeeze)
                .distinct()
                .forEach(k -> sharing.merge(k, 1, Integer::sum)));
        Map<String, Integer> labelSharing = new HashMap<>();
        types.forEach(t -> labels(t).forEach(l -> labelSharing.merge(l, 1, Integer::sum)));
        List<Entry> list = new ArrayList<>();
        for (MaterialTypeDefinition t : types) {
            Map<String, Double> weights = new HashMap<>();
            t.keywords().stream().map(PageText::squeeze).forEach(k -> weights.put(k, 1.0 / sharing.get(k)));
            List<String> titles = t.titles().stream().map(PageText::squeeze).toList();
            Map<String, Double> labels = new HashMap<>();
            labels(t).forEach(l -> labels.put(l, 1.0 / labelSharing.get(l)));
            if (!weights.isEmpty() || !titles.isEmpty()) {
                list.add(new Entry(t.key(), weights, titles, labels));
            }
        }
        this.entries = List.copyOf(list);
    }

    /** The field labels of a type, from its dictionary entry's {@code fields} (English entries give none). */
    private static List<String> labels(MaterialTypeDefinition t) {
        if (t.fields() == null) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        for (String field : t.fields().split("[,，、/]")) {
            java.util.regex.Matcher m = LABEL.matcher(PageText.squeeze(field));
            if (m.find() && !labels.contains(m.group(1))) {
                labels.add(m.group(1));
            }
        }
        return labels;
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
            List<Classification.Cue> labelled = new ArrayList<>();
            double labelScore = 0;
            for (Map.Entry<String, Double> l : e.labels().entrySet()) {
                if (e.keywords().containsKey(l.getKey())) {
                    continue; // a keyword already counted
                }
                for (PageText p : pages) {
                    if (p.lines().stream().anyMatch(line -> line.startsWith(l.getKey()))) {
                        labelScore += l.getValue();
                        labelled.add(new Classification.Cue(p.number(), l.getKey(), false));
                        break;
                    }
                }
            }
            if (labelled.size() >= MIN_LABELS) {
                score += labelScore;
                cues.addAll(labelled);
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
