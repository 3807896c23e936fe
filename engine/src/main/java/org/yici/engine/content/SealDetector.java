package org.yici.engine.content;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;

/**
 * Finds an official red seal (公章) on a page image: the largest cluster of seal-red pixels must be
 * roughly round in outline (a square bounding box), large enough for a seal and only partly
 * filled (ring, star and arc text, not a red block). Black text printed over the seal breaks the
 * ring in places; clusters are joined across small gaps so it is still one seal.
 */
public final class SealDetector {
    /** Work on at most this many pixels along the long edge: a seal is large, detail is not needed. */
    private static final int WORK_EDGE = 600;
    /** Smallest seal: its diameter against the page's short side (a 40 mm seal on A4 is ~0.19). */
    private static final double MIN_DIAMETER = 0.06;

    private static final double MAX_DIAMETER = 0.6;
    private static final int GAP = 2;

    private SealDetector() {}

    public static boolean hasRedSeal(BufferedImage page) {
        double scale = Math.min(1.0, (double) WORK_EDGE / Math.max(page.getWidth(), page.getHeight()));
        int w = Math.max(1, (int) (page.getWidth() * scale));
        int h = Math.max(1, (int) (page.getHeight() * scale));
        boolean[] red = new boolean[w * h];
        RgbPixels pixels = RgbPixels.of(page);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = pixels.rgb(
                        Math.min(page.getWidth() - 1, (int) (x / scale)),
                        Math.min(page.getHeight() - 1, (int) (y / scale)));
                red[y * w + x] = sealRed(rgb);
            }
        }
        int shortSide = Math.min(w, h);
        boolean[] seen = new boolean[w * h];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < red.length; start++) {
            if (!red[start] || seen[start]) {
                continue;
            }
            int minX = w, minY = h, maxX = -1, maxY = -1, count = 0;
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                int px = p % w, py = p / w;
                count++;
                minX = Math.min(minX, px);
                maxX = Math.max(maxX, px);
                minY = Math.min(minY, py);
                maxY = Math.max(maxY, py);
                for (int dy = -GAP; dy <= GAP; dy++) {
                    for (int dx = -GAP; dx <= GAP; dx++) {
                        int nx = px + dx, ny = py + dy;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
                            int n = ny * w + nx;
                            if (red[n] && !seen[n]) {
                                seen[n] = true;
                                queue.add(n);
                            }
                        }
                    }
                }
            }
            int bw = maxX - minX + 1, bh = maxY - minY + 1;
            double diameter = (double) Math.max(bw, bh) / shortSide;
            double aspect = (double) bw / bh;
            double fill = (double) count / (bw * bh);
            if (diameter >= MIN_DIAMETER
                    && diameter <= MAX_DIAMETER
                    && aspect > 0.75
                    && aspect < 1.33
                    && fill > 0.04
                    && fill < 0.7) {
                return true;
            }
        }
        return false;
    }

    /** Seal ink: clearly red, whatever the paper or lighting (red well above green and blue). */
    static boolean sealRed(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return r >= 110 && r - g >= 55 && r - b >= 45;
    }
}
