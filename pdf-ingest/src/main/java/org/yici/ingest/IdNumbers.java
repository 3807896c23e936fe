package org.yici.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a recognised line holds a citizen ID number (公民身份号码: 17 digits and a check character,
 * a digit or X), so the recogniser can read those columns again with only those characters
 * allowed. A number is the only thing of its kind on a line: a run of at least {@link #MIN_DIGITS}
 * digits, at most {@link #MAX_OTHERS} other characters inside it (what a speck, a smudge or a
 * signature made of a digit), no space, dash or 年月日. The re-read is kept only if it has the shape of
 * an ID number (region, a real birth date); its check character is never consulted, so a number
 * printed with a wrong one is still read as printed.
 */
final class IdNumbers {
    /** The characters an ID number is written with. */
    static final String CHARACTERS = "0123456789X";

    static final int LENGTH = 18;
    private static final int MIN_DIGITS = 14;
    private static final int MAX_OTHERS = 2;
    /** A run this much longer or shorter than a number is something else (or two of them). */
    private static final int SLACK = 2;

    /** Region (first digit 1-8), birth date 19xx/20xx, sequence, check digit or X. */
    private static final Pattern SHAPE =
            Pattern.compile("[1-8]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dX]");

    private IdNumbers() {}

    /** Glyphs {@code from} (inclusive) to {@code to} of a line. */
    record Span(int from, int to) {}

    /** The glyphs that look like an ID number, or null. */
    static Span span(List<String> glyphs) {
        int i = 0;
        while (i < glyphs.size()) {
            if (!digit(glyphs.get(i))) {
                i++;
                continue;
            }
            // Extend over digits and X, and over a few other characters between digits.
            int end = i;
            int digits = 0;
            int others = 0;
            int k = i;
            while (k < glyphs.size()) {
                String g = glyphs.get(k);
                if (digit(g) || g.equals("X") || g.equals("x")) {
                    digits += digit(g) ? 1 : 0;
                    end = k + 1;
                } else if (separatorOrSpace(g) || others == MAX_OTHERS) {
                    break;
                } else {
                    others++;
                }
                k++;
            }
            int length = end - i;
            if (digits >= MIN_DIGITS && Math.abs(length - LENGTH) <= SLACK) {
                return new Span(i, end);
            }
            i = Math.max(end, i + 1);
        }
        return null;
    }

    /** Whether {@code s} has the shape of an ID number (its check character is not checked). */
    static boolean isIdNumber(String s) {
        return SHAPE.matcher(s).matches();
    }

    private static boolean digit(String g) {
        return g.length() == 1 && g.charAt(0) >= '0' && g.charAt(0) <= '9';
    }

    /**
     * A space, a period's dash or a date's 年月日: no number goes on past them. A dot or a colon
     * may be a speck read inside the number (tuning page: "32Q1021950050.53327").
     */
    private static boolean separatorOrSpace(String g) {
        return g.isBlank() || "-－—–一~～/年月日".contains(g);
    }
}
