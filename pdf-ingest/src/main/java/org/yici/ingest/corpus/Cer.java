package org.yici.ingest.corpus;

import java.text.Normalizer;

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
