package org.yici.ingest;

import java.util.Arrays;

/**
 * How much the page is turned, from the ink itself: the slope at which the ink's row profile is
 * sharpest (rules and text lines both pile up in few rows when followed along their slant). The
 * PP-OCR path does not deskew the page, and a 2 degree turn moves the end of a table rule by a
 * line height, so rules are followed and lines grouped along this slope.
 */
final class PageSkew {
    /** Scans are searched up to this many degrees either way. */
    static final double MAX_DEGREES = 10;
    /** Ink pixels the profile is built from at most: plenty for a slope, bounded for a page of noise. */
    private static final int MAX_POINTS = 120_000;

    private PageSkew() {}

    /** @return dy/dx of a line of text on the page (positive when lines fall to the right) */
    static double slope(InkMask mask) {
        int w = mask.width;
        int h = mask.height;
        // Every second column is plenty for a profile and halves the work; a page black with
        // noise is sampled further, so its time stays bounded.
        int n = 0;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x += 2) {
                n += mask.ink[row + x];
            }
        }
        if (n == 0) {
            return 0;
        }
        int every = Math.max(1, n / MAX_POINTS);
        int[] xs = new int[n / every + 1];
        int[] ys = new int[xs.length];
        int i = 0;
        int seen = 0;
        for (int y = 0; y < h && i < xs.length; y++) {
            int row = y * w;
            for (int x = 0; x < w && i < xs.length; x += 2) {
                if (mask.ink[row + x] != 0 && seen++ % every == 0) {
                    xs[i] = x;
                    ys[i++] = y;
                }
            }
        }
        if (i < xs.length) {
            xs = Arrays.copyOf(xs, i);
            ys = Arrays.copyOf(ys, i);
        }
        int[] shift = new int[w];
        int[] profile = new int[h + 2 * (int) Math.ceil(w * Math.tan(Math.toRadians(MAX_DEGREES + 1))) + 2];
        double best = search(xs, ys, w, h, shift, profile, -MAX_DEGREES, MAX_DEGREES, 0.5, 0);
        best = search(xs, ys, w, h, shift, profile, best - 0.5, best + 0.5, 0.1, best);
        best = search(xs, ys, w, h, shift, profile, best - 0.1, best + 0.1, 0.02, best);
        return Math.tan(Math.toRadians(best));
    }

    private static double search(
            int[] xs,
            int[] ys,
            int w,
            int h,
            int[] shift,
            int[] profile,
            double from,
            double to,
            double step,
            double fallback) {
        double best = fallback;
        long bestEnergy = -1;
        int steps = (int) Math.round((to - from) / step);
        for (int s = 0; s <= steps; s++) {
            double degrees = from + s * step;
            long e = energy(xs, ys, w, h, Math.tan(Math.toRadians(degrees)), shift, profile);
            // Ties go to the smaller turn, so a page without evidence stays at 0.
            if (e > bestEnergy || (e == bestEnergy && Math.abs(degrees) < Math.abs(best))) {
                bestEnergy = e;
                best = degrees;
            }
        }
        return best;
    }

    private static long energy(int[] xs, int[] ys, int w, int h, double slope, int[] shift, int[] profile) {
        int offset = (profile.length - h) / 2;
        for (int x = 0; x < w; x++) {
            shift[x] = offset - (int) Math.round(x * slope);
        }
        Arrays.fill(profile, 0);
        for (int i = 0; i < xs.length; i++) {
            profile[ys[i] + shift[xs[i]]]++;
        }
        long sum = 0;
        for (int c : profile) {
            sum += (long) c * c;
        }
        return sum;
    }
}
