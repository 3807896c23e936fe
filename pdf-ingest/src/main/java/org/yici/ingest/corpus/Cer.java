package org.yici.ingest.corpus;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * Character error rate: edit distance between recognised and true text divided by the true
 * length, over code points, after NFKC and with all whitespace removed (Chinese has no word
 * spaces, and layout spacing is not what we measure).
 */
public final class Cer {
    private Cer() {}

    public static double of(String truth, String recognised) {
        int[] t = canonical(truth);
        int[] r = canonical(recognised);
        if (t.length == 0) {
            return r.length == 0 ? 0.0 : 1.0;
        }
        return (double) levenshtein(t, r) / t.length;
    }

    /**
     * The same over CJK ideographs only (script Han, after NFKC), on both sides: what the rate is
     * when digits, Latin letters and punctuation are left out.
     */
    public static double hanOnly(String truth, String recognised) {
        int[] t = han(canonical(truth));
        int[] r = han(canonical(recognised));
        if (t.length == 0) {
            return r.length == 0 ? 0.0 : 1.0;
        }
        return (double) levenshtein(t, r) / t.length;
    }

    /** Edit distance between the canonical forms (NFKC, whitespace removed), in code points. */
    public static int distance(String truth, String recognised) {
        return levenshtein(canonical(truth), canonical(recognised));
    }

    /** Edit distance between the Han-only canonical forms. */
    public static int hanDistance(String truth, String recognised) {
        return levenshtein(han(canonical(truth)), han(canonical(recognised)));
    }

    /** Code points of the canonical form: what {@link #of} divides by. */
    public static int length(String truth) {
        return canonical(truth).length;
    }

    /** Han code points of the canonical form: what {@link #hanOnly} divides by. */
    public static int hanLength(String truth) {
        return han(canonical(truth)).length;
    }

    /**
     * How many of {@code fields} occur verbatim in the recognised text, both compared in canonical
     * form (NFKC, whitespace removed): a value split by a line break still counts, a value with
     * one wrong character does not.
     */
    public static int fieldsFound(List<String> fields, String recognised) {
        String text = string(canonical(recognised));
        int found = 0;
        for (String field : fields) {
            if (text.contains(string(canonical(field)))) {
                found++;
            }
        }
        return found;
    }

    private static int[] han(int[] codePoints) {
        return Arrays.stream(codePoints)
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .toArray();
    }

    private static String string(int[] codePoints) {
        return new String(codePoints, 0, codePoints.length);
    }

    static int[] canonical(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC)
                .codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .toArray();
    }

    static int levenshtein(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length];
    }
}
