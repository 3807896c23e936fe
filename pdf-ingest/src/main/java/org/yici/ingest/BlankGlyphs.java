package org.yici.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Drops marks the recogniser read where its line has no ink, and characters read from a sliver
 * of a neighbour's stroke at the box's edge ({@link #fragments}). A label and its value printed with a
 * wide gap between them ("姓名　张三", "签发机关　某市公安局") are one detected line, and across the
 * blank gap, on a card's patterned background or on plain paper, the recogniser often "reads" a
 * colon, a dot or a dash (tuning split, 132 extra ID card pages from {@code Corpus.tuneVariants}:
 * such marks were most of the errors, read with confidences up to 0.99, so no confidence threshold
 * removes them). Ink is judged against the line's own contrast, so faded and dark scans are judged
 * alike. Only the marks gaps are read as are judged ({@link #GAP_MARKS}), never letters, digits,
 * characters or sentence punctuation, and a mark between two digits
 * or letters stays (the dots and dash of "2010.03.04-2030.03.04" are thin: a short dash at 150 dpi
 * can cover under 1 % of its columns).
 */
final class BlankGlyphs {
    /** Each mark's columns are widened by this share of the line height: CTC places loosely. */
    private static final double PAD = 1.0 / 6;
    /** Rows this far from the box's top and bottom edges may hold a neighbouring line's ink. */
    private static final double EDGE = 0.12;
    /**
     * A mark whose widened columns hold less ink than this share of their pixels is blank (tuning
     * pages: the marks read in gaps held 0-1.7 % once misplaced ones were set apart, printed dots
     * and dashes 0.7-33 %, colons more).
     */
    static final double MIN_INK = 0.02;
    /** Lines with less contrast than this (on a 0-255 scale) are not judged at all. */
    private static final double MIN_CONTRAST = 40;

    private BlankGlyphs() {}

    /** The line without the marks read over blank paper; the same line when there are none. */
    static PaddleRecognizer.Line drop(PaddleImages.Bgr page, Quad quad, PaddleRecognizer.Line line) {
        List<PaddleRecognizer.Glyph> glyphs = line.glyphs();
        int h = PaddleRecognizer.HEIGHT;
        int w = Math.max(h, (int) Math.ceil(h * quad.width() / Math.max(1.0, quad.height())));
        boolean judged = false;
        for (int i = 0; i < glyphs.size(); i++) {
            judged |= judged(glyphs, i);
        }
        boolean edges = apartAtAnEdge(glyphs, w, h);
        if (!judged && !edges) {
            return line;
        }
        float[] grey = grey(page, quad, w, h);
        int rows = grey.length / w;
        float[] sorted = grey.clone();
        Arrays.sort(sorted);
        float paper = sorted[sorted.length / 2];
        float ink = sorted[sorted.length / 50];
        if (paper - ink < MIN_CONTRAST) {
            return line;
        }
        float threshold = (paper + ink) / 2;
        int pad = (int) Math.round(PAD * h);
        int[] fragments = edges ? fragments(grey, w, rows, threshold, h) : new int[2];
        List<PaddleRecognizer.Glyph> kept = new ArrayList<>(glyphs.size());
        for (int i = 0; i < glyphs.size(); i++) {
            PaddleRecognizer.Glyph g = glyphs.get(i);
            double middle = (g.from() + g.to()) / 2 * w;
            if ((middle < fragments[0] || middle > w - fragments[1]) && g.probability() < FRAGMENT_CONFIDENCE) {
                continue;
            }
            if (!judged(glyphs, i)) {
                kept.add(g);
                continue;
            }
            int from = Math.max(0, (int) Math.floor(g.from() * w) - pad);
            int to = Math.min(w, (int) Math.ceil(g.to() * w) + pad);
            int dark = 0;
            for (int y = 0; y < rows; y++) {
                for (int x = from; x < to; x++) {
                    if (grey[y * w + x] < threshold) {
                        dark++;
                    }
                }
            }
            if (dark >= MIN_INK * rows * Math.max(1, to - from)) {
                kept.add(g);
            }
        }
        return kept.size() == glyphs.size() ? line : new PaddleRecognizer.Line(kept);
    }

    /**
     * How far in from each end (columns) the line holds only a neighbour's cut stroke: ink at the
     * box's very edge, no wider than {@link #FRAGMENT} line heights, then blank paper at least
     * {@link #FRAGMENT_GAP} wide. The detector frames a value printed after a wide gap with a sliver
     * of its label's last character, and the recogniser reads that sliver as a whole one (tuning
     * pages: 签发机关|关北京市…, 公民身份号码|马1101…, confidence about 0.5); printed text keeps a
     * margin of paper inside its box. Zero where there is no such fragment.
     */
    private static int[] fragments(float[] grey, int w, int rows, float threshold, int h) {
        boolean[] inked = new boolean[w];
        boolean[] ruled = new boolean[w];
        for (int x = 0; x < w; x++) {
            int dark = 0;
            for (int y = 0; y < rows; y++) {
                if (grey[y * w + x] < threshold) {
                    dark++;
                }
            }
            inked[x] = dark >= MIN_COLUMN_INK;
            ruled[x] = dark >= RULE_HEIGHT * rows;
        }
        return new int[] {fragment(inked, ruled, w, h, 0, 1), fragment(inked, ruled, w, h, w - 1, -1)};
    }

    /**
     * Whether the first or last character was read at the box's edge and the next one only after a
     * gap as wide as a fragment's: only such lines are looked at for {@link #fragments} (most
     * lines are not, and looking costs a straightened copy of the line).
     */
    private static boolean apartAtAnEdge(List<PaddleRecognizer.Glyph> glyphs, int w, int h) {
        int n = glyphs.size();
        if (n < 2) {
            return false;
        }
        PaddleRecognizer.Glyph first = glyphs.get(0);
        PaddleRecognizer.Glyph last = glyphs.get(n - 1);
        boolean left = first.from() * w < FRAGMENT * h && (glyphs.get(1).from() - first.to()) * w >= FRAGMENT_GAP * h;
        boolean right = (1 - last.to()) * w < FRAGMENT * h
                && (last.from() - glyphs.get(n - 2).to()) * w >= FRAGMENT_GAP * h;
        return left || right;
    }

    private static int fragment(boolean[] inked, boolean[] ruled, int w, int h, int edge, int step) {
        if (!inked[edge]) {
            return 0;
        }
        int x = edge;
        while (x >= 0 && x < w && inked[x]) {
            if (ruled[x]) {
                // A table's ruling at the box's edge, not a cut character: the value beside it is real.
                return 0;
            }
            x += step;
        }
        int stroke = Math.abs(x - edge);
        int gapStart = x;
        while (x >= 0 && x < w && !inked[x]) {
            x += step;
        }
        int gap = Math.abs(x - gapStart);
        boolean moreInk = x >= 0 && x < w;
        if (stroke > FRAGMENT * h || gap < FRAGMENT_GAP * h || !moreInk) {
            return 0;
        }
        return stroke + gap / 2;
    }

    /** See {@link #fragments}. */
    static final double FRAGMENT = 0.4;

    static final double FRAGMENT_GAP = 0.6;
    /**
     * A sliver is read as a whole character at about 0.5 (tuning pages); a character read surely is
     * kept even at the edge. A box framing a form's value can also take in the cell's ruling, whose
     * column is inked over (nearly) the whole height, which no cut character is.
     */
    static final double FRAGMENT_CONFIDENCE = 0.8;

    private static final double RULE_HEIGHT = 0.9;
    /** Dark pixels a column needs to count as ink: a lone speck does not. */
    private static final int MIN_COLUMN_INK = 2;

    /**
     * The marks a blank gap is read as: colons, dots and dashes. Sentence punctuation (。，、；)
     * sits low and small in its box and is never judged: on the tuning split's running text
     * judging every mark dropped 19 printed 。 and 14 ，. Nor is 一, although gaps are read as it
     * too: it is a character (统一社会信用代码), a single thin stroke that blur leaves faint, and
     * judging it lost a tuning licence's credit code.
     */
    static final String GAP_MARKS = ":：·‧•∙.-－—–~～_";

    /** A gap mark not standing between two digits or letters. */
    private static boolean judged(List<PaddleRecognizer.Glyph> glyphs, int i) {
        String t = glyphs.get(i).text();
        if (t.length() != 1 || GAP_MARKS.indexOf(t.charAt(0)) < 0) {
            return false;
        }
        return !(i > 0 && i + 1 < glyphs.size() && alphanumeric(glyphs.get(i - 1)) && alphanumeric(glyphs.get(i + 1)));
    }

    private static boolean alphanumeric(PaddleRecognizer.Glyph g) {
        String t = g.text();
        if (t.isEmpty()) {
            return false;
        }
        int cp = t.codePointAt(0);
        return cp < 0x80 ? Character.isLetterOrDigit(cp) : Character.isDigit(cp);
    }

    /** The line straightened to {@code h} rows, in grey 0-255, without its top and bottom edges. */
    private static float[] grey(PaddleImages.Bgr page, Quad quad, int w, int h) {
        float[] bgr = new float[3 * h * w];
        PaddleImages.sampleInto(page, quad, w, h, bgr, w, 0);
        int top = (int) Math.round(h * EDGE);
        int bottom = h - top;
        float[] grey = new float[(bottom - top) * w];
        int plane = h * w;
        for (int y = top, o = 0; y < bottom; y++) {
            for (int x = 0; x < w; x++, o++) {
                int p = y * w + x;
                // PaddleImages samples to [-1, 1]; back to 0-255.
                grey[o] = (float) ((bgr[p] + bgr[plane + p] + bgr[2 * plane + p]) / 3 * 127.5 + 127.5);
            }
        }
        return grey;
    }
}
