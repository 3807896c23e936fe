package org.yici.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The long straight ink runs of a page: candidate table rules, horizontal and vertical. Rules are
 * followed along the page's slope (a turned rule does not stay in one pixel row) with a pixel of
 * slack either side, and a run may have short breaks, because faded toner and JPEG leave rules
 * dotted. Text strokes are short, so length keeps most of them out; a run through a line of text
 * (strokes of neighbouring characters in a row) has ink beside it where a rule has paper; and
 * {@link RuledTables} drops the rest, which do not join other rules into a grid.
 */
final class RuledLines {
    /** Breaks a run may have and still be one run (mask pixels at 150 dpi). */
    private static final double GAP = 3;
    /** Runs shorter than this are not part of a rule even between two pieces of one. */
    private static final double PIECE = 6;
    /** Pieces this close along one path are one rule with a break (faded toner). */
    private static final double BREAK = 12;
    /** A horizontal rule is at least this long (about 8 mm): longer than any stroke of text. */
    private static final double MIN_HORIZONTAL = 48;
    /** A vertical rule may be as short as a one-line cell; the grid check weeds out strokes. */
    private static final double MIN_VERTICAL = 16;
    /** Share of a rule's length that must be ink. */
    private static final double MIN_COVER = 0.6;
    /**
     * A rule has clear paper beside it (this far, in 150 dpi pixels, beyond its edge); a run
     * through a line of text has the text's other strokes there.
     */
    private static final double CLEARANCE = 2;
    /** Share of either side of a rule that may be ink (text touching it, crossing rules). */
    private static final double MAX_BESIDE = 0.4;

    /** Transposing in tiles keeps both images in cache. */
    private static final int TILE = 64;

    private RuledLines() {}

    /**
     * One rule in mask pixels. {@code offset} is where the rule's path crosses the page edge it
     * starts from (y at x = 0 for a horizontal rule, x at y = 0 for a vertical one), {@code first}
     * and {@code last} the outermost paths that found it (its thickness); {@code from}
     * and {@code to} bound it along its direction; {@code ink} marks which positions are ink.
     */
    record Rule(boolean horizontal, double offset, int first, int last, int from, int to, boolean[] ink) {
        int length() {
            return to - from + 1;
        }

        boolean inkAt(int along) {
            return along >= from && along <= to && ink[along - from];
        }
    }

    record Found(List<Rule> horizontal, List<Rule> vertical, double slope) {}

    static Found find(InkMask mask, double slope) {
        int w = mask.width;
        int h = mask.height;
        double u = mask.unit();
        // A pixel of slack across the path: the rule's own thickness and rounding of the slope.
        byte[] across = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                across[i] = (byte) (mask.ink[i] | (y > 0 ? mask.ink[i - w] : 0) | (y + 1 < h ? mask.ink[i + w] : 0));
            }
        }
        // Vertical rules are followed in a transposed copy, so one scan serves both directions.
        byte[] down = new byte[w * h];
        for (int ty = 0; ty < h; ty += TILE) {
            for (int tx = 0; tx < w; tx += TILE) {
                for (int x = tx; x < Math.min(w, tx + TILE); x++) {
                    for (int y = ty; y < Math.min(h, ty + TILE); y++) {
                        int i = y * w + x;
                        down[x * h + y] = (byte)
                                (mask.ink[i] | (x > 0 ? mask.ink[i - 1] : 0) | (x + 1 < w ? mask.ink[i + 1] : 0));
                    }
                }
            }
        }
        List<Rule> horizontal = scan(across, w, h, slope, u, true, MIN_HORIZONTAL * u);
        List<Rule> vertical = scan(down, h, w, -slope, u, false, MIN_VERTICAL * u);
        return new Found(horizontal, vertical, slope);
    }

    /**
     * Follows every path of the given slope across an image stored {@code along} pixels a row and
     * merges the rules found on neighbouring paths (one rule is several pixels thick with slack).
     */
    private static List<Rule> scan(
            byte[] img, int along, int rows, double slope, double u, boolean horizontal, double minLength) {
        int gap = (int) Math.round(GAP * u);
        int piece = (int) Math.round(PIECE * u);
        int gapBetweenPieces = (int) Math.round(BREAK * u);
        int[] shift = new int[along];
        for (int a = 0; a < along; a++) {
            shift[a] = (int) Math.round(a * slope);
        }
        int reach = Math.abs(shift[along - 1]);
        // Paths through rows with too little ink for a rule are skipped without being followed.
        long[] inkBefore = new long[rows + 1];
        for (int r = 0; r < rows; r++) {
            int n = 0;
            for (int a = r * along, end = a + along; a < end; a++) {
                n += img[a];
            }
            inkBefore[r + 1] = inkBefore[r] + n;
        }
        double least = MIN_COVER * minLength;
        List<Building> open = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        List<int[]> pieces = new ArrayList<>();
        List<int[]> segments = new ArrayList<>();
        for (int offset = -reach; offset < rows + reach; offset++) {
            int lo = Math.max(0, Math.min(offset, offset + shift[along - 1]));
            int hi = Math.min(rows, Math.max(offset, offset + shift[along - 1]) + 1);
            segments.clear();
            if (hi > lo && inkBefore[hi] - inkBefore[lo] >= least) {
                segments(img, along, rows, offset, shift, gap, piece, gapBetweenPieces, pieces, segments);
            }
            List<Building> next = new ArrayList<>();
            for (int[] s : segments) {
                if (s[1] - s[0] + 1 < minLength || s[2] < MIN_COVER * (s[1] - s[0] + 1)) {
                    continue;
                }
                Building b = null;
                for (Building o : open) {
                    if (o.lastOffset >= offset - 1 && o.from <= s[1] && s[0] <= o.to) {
                        b = o;
                        break;
                    }
                }
                if (b == null) {
                    b = new Building(along);
                }
                b.add(offset, s, img, along, rows, shift);
                if (!next.contains(b)) {
                    next.add(b);
                }
            }
            for (Building o : open) {
                if (!next.contains(o)) {
                    if (o.lastOffset >= offset - 1) {
                        next.add(o);
                    } else {
                        rules.add(o.rule(horizontal));
                    }
                }
            }
            open = next;
        }
        open.forEach(o -> rules.add(o.rule(horizontal)));
        int clearance = 1 + (int) Math.round(CLEARANCE * u);
        rules.removeIf(r -> beside(img, along, rows, shift, r, r.first() - clearance) > MAX_BESIDE
                || beside(img, along, rows, shift, r, r.last() + clearance) > MAX_BESIDE);
        return rules;
    }

    /** Share of the rule's extent where the path at {@code offset} (beside the rule) has ink. */
    private static double beside(byte[] img, int along, int rows, int[] shift, Rule rule, int offset) {
        int ink = 0;
        for (int a = rule.from(); a <= rule.to(); a++) {
            int r = offset + shift[a];
            if (r >= 0 && r < rows && img[r * along + a] != 0) {
                ink++;
            }
        }
        return ink / (double) rule.length();
    }

    /** The long runs along one path into {@code segments}: {from, to, ink count}. */
    private static void segments(
            byte[] img,
            int along,
            int rows,
            int offset,
            int[] shift,
            int gap,
            int piece,
            int gapBetweenPieces,
            List<int[]> pieces,
            List<int[]> segments) {
        pieces.clear();
        int start = -1;
        int last = -1;
        int count = 0;
        for (int a = 0; a < along; a++) {
            int r = offset + shift[a];
            if (r < 0 || r >= rows || img[r * along + a] == 0) {
                continue;
            }
            if (start >= 0 && a - last - 1 > gap) {
                if (last - start + 1 >= piece) {
                    pieces.add(new int[] {start, last, count});
                }
                start = -1;
            }
            if (start < 0) {
                start = a;
                count = 0;
            }
            last = a;
            count++;
        }
        if (start >= 0 && last - start + 1 >= piece) {
            pieces.add(new int[] {start, last, count});
        }
        int[] current = null;
        for (int[] p : pieces) {
            if (current != null && p[0] - current[1] - 1 <= gapBetweenPieces) {
                current[1] = p[1];
                current[2] += p[2];
            } else {
                current = p;
                segments.add(current);
            }
        }
    }

    /** A rule while neighbouring paths are still adding to it. */
    private static final class Building {
        final boolean[] ink;
        int from = Integer.MAX_VALUE;
        int to = -1;
        int firstOffset = Integer.MAX_VALUE;
        int lastOffset;
        double offsetSum;
        long weight;

        Building(int along) {
            ink = new boolean[along];
        }

        void add(int offset, int[] segment, byte[] img, int along, int rows, int[] shift) {
            from = Math.min(from, segment[0]);
            to = Math.max(to, segment[1]);
            for (int a = segment[0]; a <= segment[1]; a++) {
                int r = offset + shift[a];
                ink[a] |= r >= 0 && r < rows && img[r * along + a] != 0;
            }
            offsetSum += (double) offset * segment[2];
            weight += segment[2];
            firstOffset = Math.min(firstOffset, offset);
            lastOffset = offset;
        }

        Rule rule(boolean horizontal) {
            boolean[] mine = new boolean[to - from + 1];
            System.arraycopy(ink, from, mine, 0, mine.length);
            return new Rule(horizontal, offsetSum / weight, firstOffset, lastOffset, from, to, mine);
        }
    }
}
