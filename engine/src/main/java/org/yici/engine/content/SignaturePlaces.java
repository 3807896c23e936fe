package org.yici.engine.content;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yici.ingest.BoundingBox;
import org.yici.ingest.OcrWord;

/**
 * Where a scanned page asks for a signature: each printed 签字/签名/签章/盖章 label found among the
 * OCR words, with the area a signature belongs in (right of the label, up to the next label on the
 * line; below it when the line leaves no room and nothing is printed there). Coordinates are those
 * of the recognised image.
 *
 * <p>A label is told from the same word in running text ("自双方签字之日起生效") by its structure,
 * not by a list of phrases: the word is followed by a colon or a line to sign on, or it ends its
 * printed entry (its OCR box, a gap, the line), and what stands before it in its entry is at most a
 * short party name, with no sentence punctuation. A label ending a line that runs on to the text's
 * right edge is a wrapped sentence, not a place to sign.
 */
final class SignaturePlaces {
    /** The words a label asks with, alone or chained (签字盖章, 签字(盖章), 签字或盖章); NFKC brackets. */
    private static final Pattern LABEL = Pattern.compile("\\(?(?:签字|签名|签章|盖章)\\)?(?:[或/、]?\\(?(?:签字|签名|签章|盖章)\\)?)*");
    /** What may follow a label in its entry: a colon, or a line to sign on. */
    private static final Pattern AFTER = Pattern.compile("[:_＿]");
    /** Sentence punctuation: before a label in its entry, it makes the word part of a sentence. */
    private static final String SENTENCE = ",，。;；、!！?？";
    /** At most this many characters stand before a label in its entry (a party, with brackets). */
    private static final int MAX_PREFIX = 10;
    /** Who signs: the Han characters printed right before the label (经营者, 承诺人, 甲方). */
    private static final Pattern PARTY = Pattern.compile("([\\p{IsHan}]{1,6})$");
    /** Punctuation after a label belongs to it, not to the signature. */
    private static final String AFTER_LABEL = ":：)）(（";
    /** A gap between words wider than this many line heights separates two entries of a line. */
    private static final double ENTRY_GAP = 0.8;
    /** How far right of a label a signature may reach, in line heights. */
    private static final double REACH = 12;
    /** Words read at least this surely are print; a signature reads as low-confidence noise. */
    private static final double PRINTED = 0.6;
    /** Narrower than this (line heights) the area right of a label is no place to sign. */
    private static final double MIN_WIDTH = 2;

    private SignaturePlaces() {}

    /**
     * One place to sign; areas in recognised-image pixels, any ink in any of them counts.
     *
     * @param party who signs there ("" when the label names nobody)
     * @param beside the area right of the label, or null when the line leaves no room
     * @param reach how far right (x) the place may go on past a ruling into the next cell of a
     *     ruled row ({@link CellWalls}): up to the next label on the line, else twice the reach of
     *     {@code beside}
     * @param below the area under the label, or null when something is printed there
     * @param label where the label itself is printed: its strokes tell how dark ink reads on this
     *     picture
     */
    record Place(String party, Rectangle beside, int reach, Rectangle below, Rectangle label) {
        /** Every area of the place, beside first. */
        List<Rectangle> areas() {
            return Stream.of(beside, below).filter(Objects::nonNull).toList();
        }
    }

    /** Every signature place on a page whose words are {@code words}. */
    static List<Place> of(List<OcrWord> words) {
        List<Place> places = new ArrayList<>();
        int textRight = words.stream()
                .mapToInt(w -> w.box().x() + w.box().width())
                .max()
                .orElse(0);
        for (List<OcrWord> line : lines(words)) {
            places.addAll(inLine(line, words, textRight));
        }
        return places;
    }

    /**
     * A line as characters, each with the horizontal extent it takes within its word, and whether
     * it is the last character of its OCR word.
     */
    private record Chars(String text, int[] left, int[] right, boolean[] wordEnd) {}

    private static List<Place> inLine(List<OcrWord> line, List<OcrWord> page, int textRight) {
        int top = line.stream().mapToInt(w -> w.box().y()).min().orElse(0);
        int bottom = line.stream()
                .mapToInt(w -> w.box().y() + w.box().height())
                .max()
                .orElse(0);
        int height = Math.max(1, median(line.stream().map(w -> w.box().height()).toList()));
        Chars chars = chars(line, height);
        List<Place> places = new ArrayList<>();
        Matcher m = LABEL.matcher(chars.text());
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            if (isLabel(chars, m.start(), m.end(), height, textRight)) {
                labels.add(new int[] {m.start(), m.end()});
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            int start = labels.get(i)[0];
            int end = labels.get(i)[1];
            while (end < chars.text().length()
                    && AFTER_LABEL.indexOf(chars.text().charAt(end)) >= 0) {
                end++;
            }
            int from = chars.right()[end - 1] + height / 4;
            int to = from + (int) (REACH * height);
            int reach = from + (int) (2 * REACH * height);
            int nextLabel = nextLabel(chars, end, i + 1 < labels.size() ? labels.get(i + 1)[0] : -1);
            if (nextLabel >= 0) {
                // The next label and its party ("乙方" of 乙方签字, 日期 of 日期：) are not this signature.
                int bound = chars.left()[nextLabel] - height / 4;
                to = Math.min(to, bound);
                reach = Math.min(reach, bound);
            }
            int pad = (int) (0.6 * height);
            Rectangle beside = to - from >= MIN_WIDTH * height
                    ? new Rectangle(from, top - pad, to - from, bottom - top + 2 * pad)
                    : null;
            Rectangle under =
                    new Rectangle(chars.left()[start], bottom + height / 4, (int) (REACH * height * 2 / 3), 2 * height);
            Rectangle below = end == chars.text().length()
                            && page.stream()
                                    .noneMatch(w -> w.confidence() >= PRINTED && under.intersects(rect(w.box())))
                    ? under
                    : null;
            if (beside != null || below != null) {
                String party = party(chars.text().substring(0, start));
                int labelLeft = chars.left()[start - party.length()];
                Rectangle label = new Rectangle(labelLeft, top, chars.right()[end - 1] - labelLeft, bottom - top);
                places.add(new Place(party, beside, reach, below, label));
            }
        }
        return places;
    }

    /**
     * Whether the label word at [start, end) of the line asks for a signature: followed by a colon
     * or a line to sign on, or ending its entry where the line leaves room; and preceded in its
     * entry by no more than a party's name.
     */
    private static boolean isLabel(Chars chars, int start, int end, int height, int textRight) {
        String text = chars.text();
        int entryStart = text.lastIndexOf(' ', start - 1) + 1;
        String prefix = text.substring(entryStart, start);
        if (prefix.length() > MAX_PREFIX || prefix.chars().anyMatch(c -> SENTENCE.indexOf(c) >= 0)) {
            return false;
        }
        if (end < text.length() && AFTER.matcher(text.substring(end, end + 1)).matches()) {
            return true;
        }
        boolean endsEntry = end == text.length() || text.charAt(end) == ' ' || chars.wordEnd()[end - 1];
        // A sentence wrapped right after the word ends its line at the text's right edge.
        return endsEntry && textRight - chars.right()[end - 1] >= MIN_WIDTH * height;
    }

    /**
     * Where the next label after a signature label's end starts (with its party), or -1: the next
     * signature label, or an entry ending in a colon (日期：) before it.
     */
    private static int nextLabel(Chars chars, int end, int nextSignature) {
        String text = chars.text();
        // The label's own colon, read as a word of its own after a gap, is no next label.
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || AFTER_LABEL.indexOf(text.charAt(after)) >= 0)) {
            after++;
        }
        int colon = text.indexOf(':', after);
        int at = colon >= 0 && (nextSignature < 0 || colon < nextSignature) ? colon : nextSignature;
        if (at < 0) {
            return -1;
        }
        return at < after ? at : at - party(text.substring(after, at)).length();
    }

    /** The party named right before a label, within the same entry of the line. */
    private static String party(String before) {
        int gap = before.lastIndexOf(' ');
        String entry = gap < 0 ? before : before.substring(gap + 1);
        Matcher m = PARTY.matcher(entry);
        return m.find() ? m.group(1) : "";
    }

    /**
     * The line's text with a space where words stand apart, and for each character the part of its
     * word it takes (OCR often returns a label and what follows it as one word).
     */
    private static Chars chars(List<OcrWord> line, int height) {
        StringBuilder text = new StringBuilder();
        List<int[]> extents = new ArrayList<>();
        List<Integer> wordEnds = new ArrayList<>();
        int previousRight = Integer.MIN_VALUE;
        for (OcrWord w : line) {
            String t = PageText.squeeze(w.text());
            BoundingBox b = w.box();
            if (previousRight != Integer.MIN_VALUE && b.x() - previousRight > ENTRY_GAP * height) {
                text.append(' ');
                extents.add(new int[] {previousRight, b.x()});
            }
            int n = t.codePointCount(0, t.length());
            int i = 0;
            for (int k = 0; k < t.length(); ) {
                int cp = t.codePointAt(k);
                int chars = Character.charCount(cp);
                for (int c = 0; c < chars; c++) {
                    extents.add(new int[] {b.x() + b.width() * i / n, b.x() + b.width() * (i + 1) / n});
                }
                text.appendCodePoint(cp);
                k += chars;
                i++;
            }
            if (!t.isEmpty()) {
                wordEnds.add(text.length() - 1);
            }
            previousRight = b.x() + b.width();
        }
        int[] left = new int[extents.size()];
        int[] right = new int[extents.size()];
        for (int i = 0; i < extents.size(); i++) {
            left[i] = extents.get(i)[0];
            right[i] = extents.get(i)[1];
        }
        boolean[] wordEnd = new boolean[extents.size()];
        wordEnds.forEach(i -> wordEnd[i] = true);
        return new Chars(text.toString(), left, right, wordEnd);
    }

    /** Words grouped into lines: a word joins the line its vertical middle falls in. */
    static List<List<OcrWord>> lines(List<OcrWord> words) {
        List<OcrWord> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(w -> w.box().y() + w.box().height() / 2));
        List<List<OcrWord>> lines = new ArrayList<>();
        List<OcrWord> current = new ArrayList<>();
        int lineTop = 0, lineBottom = 0;
        for (OcrWord w : sorted) {
            int middle = w.box().y() + w.box().height() / 2;
            if (!current.isEmpty() && (middle < lineTop || middle > lineBottom)) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                lineTop = w.box().y();
                lineBottom = w.box().y() + w.box().height();
            }
            current.add(w);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        lines.forEach(l -> l.sort(Comparator.comparingInt(w -> w.box().x())));
        return lines;
    }

    private static Rectangle rect(BoundingBox b) {
        return new Rectangle(b.x(), b.y(), b.width(), b.height());
    }

    private static int median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }
}
