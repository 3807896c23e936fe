package org.yici.ingest.corpus;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Arrays;
import java.util.Random;

/** Scanner and camera artefacts on RGB page images. */
final class Distort {
    private Distort() {}

    static BufferedImage rotate(BufferedImage src, double degrees) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(degrees), src.getWidth() / 2.0, src.getHeight() / 2.0);
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Gaussian sensor noise, the same on all channels, with standard deviation {@code sigma}. */
    static void noise(BufferedImage img, double sigma, Random random) {
        int w = img.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < img.getHeight(); y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int n = (int) Math.round(random.nextGaussian() * sigma);
                int p = row[x];
                row[x] = (clamp(((p >> 16) & 0xff) + n) << 16)
                        | (clamp(((p >> 8) & 0xff) + n) << 8)
                        | clamp((p & 0xff) + n);
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
    }

    /** Box blur of radius {@code r} (defocus). */
    static BufferedImage blur(BufferedImage src, int r) {
        int size = 2 * r + 1;
        float[] k = new float[size * size];
        Arrays.fill(k, 1f / k.length);
        return new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(src, null);
    }

    /** Light falling off towards the bottom right corner by up to {@code depth} (0..1). */
    static void unevenLight(BufferedImage img, double depth) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                double f = 1 - depth * ((double) x / w + (double) y / h) / 2;
                int p = row[x];
                row[x] = (clamp((int) (((p >> 16) & 0xff) * f)) << 16)
                        | (clamp((int) (((p >> 8) & 0xff) * f)) << 8)
                        | clamp((int) ((p & 0xff) * f));
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
    }

    /** Multiply-blends an ARGB overlay onto the page: ink absorbs light, it never lightens. */
    static void multiply(BufferedImage page, BufferedImage overlay, int ox, int oy, double opacity) {
        for (int y = 0; y < overlay.getHeight(); y++) {
            int py = oy + y;
            if (py < 0 || py >= page.getHeight()) {
                continue;
            }
            for (int x = 0; x < overlay.getWidth(); x++) {
                int px = ox + x;
                if (px < 0 || px >= page.getWidth()) {
                    continue;
                }
                int o = overlay.getRGB(x, y);
                double a = ((o >>> 24) / 255.0) * opacity;
                if (a == 0) {
                    continue;
                }
                int p = page.getRGB(px, py);
                int r = blend((p >> 16) & 0xff, (o >> 16) & 0xff, a);
                int g = blend((p >> 8) & 0xff, (o >> 8) & 0xff, a);
                int b = blend(p & 0xff, o & 0xff, a);
                page.setRGB(px, py, (r << 16) | (g << 8) | b);
            }
        }
    }

    private static int blend(int base, int ink, double a) {
        double multiplied = base * ink / 255.0;
        return clamp((int) Math.round(base * (1 - a) + multiplied * a));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
