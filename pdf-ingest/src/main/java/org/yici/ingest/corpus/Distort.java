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

    /**
     * Shrunk by {@code factor} and blown up again: a photo taken from too far away, or a thumbnail
     * sent instead of the scan.
     */
    static BufferedImage smear(BufferedImage src, int factor) {
        int w = Math.max(1, src.getWidth() / factor);
        int h = Math.max(1, src.getHeight() / factor);
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(small, 0, 0, src.getWidth(), src.getHeight(), null);
        } finally {
            g.dispose();
        }
        return out;
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

    /** Rotation about the centre on a canvas grown to hold the whole turned page (white corners). */
    static BufferedImage rotateExpanded(BufferedImage src, double degrees) {
        double a = Math.toRadians(degrees);
        double sin = Math.abs(Math.sin(a));
        double cos = Math.abs(Math.cos(a));
        int w = (int) Math.ceil(src.getWidth() * cos + src.getHeight() * sin);
        int h = (int) Math.ceil(src.getWidth() * sin + src.getHeight() * cos);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.translate(w / 2.0, h / 2.0);
            g.rotate(a);
            g.translate(-src.getWidth() / 2.0, -src.getHeight() / 2.0);
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Exact quarter turns clockwise (a page fed sideways or upside down). */
    static BufferedImage quarterTurns(BufferedImage src, int turns) {
        int t = Math.floorMod(turns, 4);
        int w = src.getWidth();
        int h = src.getHeight();
        BufferedImage out = new BufferedImage(t % 2 == 0 ? w : h, t % 2 == 0 ? h : w, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = src.getRGB(x, y);
                switch (t) {
                    case 0 -> out.setRGB(x, y, p);
                    case 1 -> out.setRGB(h - 1 - y, x, p);
                    case 2 -> out.setRGB(w - 1 - x, h - 1 - y, p);
                    default -> out.setRGB(y, w - 1 - x, p);
                }
            }
        }
        return out;
    }

    /**
     * Faded toner on greyish paper: ink keeps {@code contrast} of its darkness, the paper drops to
     * {@code paper}, and the toner fades unevenly across the page in bands.
     */
    static void fade(BufferedImage img, double contrast, int paper, Random random) {
        int w = img.getWidth();
        int[] row = new int[w];
        double phase = random.nextDouble() * Math.PI * 2;
        for (int y = 0; y < img.getHeight(); y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            double band = contrast * (0.85 + 0.15 * Math.sin(phase + y * 6.0 / img.getHeight()));
            for (int x = 0; x < w; x++) {
                int p = row[x];
                row[x] = (fadeChannel((p >> 16) & 0xff, band, paper) << 16)
                        | (fadeChannel((p >> 8) & 0xff, band, paper) << 8)
                        | fadeChannel(p & 0xff, band, paper);
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
    }

    private static int fadeChannel(int v, double contrast, int paper) {
        return clamp((int) Math.round(paper - (255 - v) * contrast * paper / 255.0));
    }

    /**
     * A photocopy: greyish paper, toner specks (single dots and small clusters) over
     * {@code share} of the area, and the dark shadow of the copier lid along one edge.
     */
    static void speckle(BufferedImage img, double share, int dpi, Random random) {
        int w = img.getWidth();
        int h = img.getHeight();
        fade(img, 1.0, 238, random);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double dot = Math.max(1, dpi / 150.0);
            long specks = Math.round(share * w * h / (dot * dot * 2));
            for (long i = 0; i < specks; i++) {
                int grey = 20 + random.nextInt(90);
                g.setColor(new Color(grey, grey, grey));
                double r = dot * (0.5 + random.nextDouble() * (random.nextInt(20) == 0 ? 3 : 1));
                g.fill(new java.awt.geom.Ellipse2D.Double(random.nextDouble() * w, random.nextDouble() * h, r, r));
            }
            int edge = (int) (w * (0.008 + share * 2));
            java.awt.GradientPaint shadow =
                    new java.awt.GradientPaint(0, 0, new Color(40, 40, 40), edge, 0, new Color(238, 238, 238, 0));
            g.setPaint(shadow);
            g.fillRect(0, 0, edge, h);
        } finally {
            g.dispose();
        }
    }

    /**
     * A phone photo of the page lying on a darker table: each corner pulled in by up to
     * {@code pull} of the page size (a keystone), light falling off by {@code shade} towards one
     * corner.
     */
    static BufferedImage perspective(BufferedImage src, double pull, Random random) {
        int w = src.getWidth();
        int h = src.getHeight();
        // Corner displacements (source offsets sampled from each output corner), in pixels.
        double[] dx = new double[4];
        double[] dy = new double[4];
        for (int i = 0; i < 4; i++) {
            dx[i] = (i % 3 == 0 ? -1 : 1) * pull * w * (0.4 + 0.6 * random.nextDouble());
            dy[i] = (i < 2 ? -1 : 1) * pull * h * (0.4 + 0.6 * random.nextDouble());
        }
        // Stronger at the top: the phone is held closer to the bottom of the page.
        dx[0] *= 1.4;
        dx[1] *= 1.4;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int table = 0x5a5248;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            double v = (double) y / h;
            for (int x = 0; x < w; x++) {
                double u = (double) x / w;
                // Corners: 0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left.
                double ox = (1 - u) * (1 - v) * dx[0] + u * (1 - v) * dx[1] + u * v * dx[2] + (1 - u) * v * dx[3];
                double oy = (1 - u) * (1 - v) * dy[0] + u * (1 - v) * dy[1] + u * v * dy[2] + (1 - u) * v * dy[3];
                double sx = x + ox;
                double sy = y + oy;
                row[x] = sx < 0 || sy < 0 || sx >= w - 1 || sy >= h - 1 ? table : bilinear(src, sx, sy);
            }
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    private static int bilinear(BufferedImage src, double x, double y) {
        int x0 = (int) x;
        int y0 = (int) y;
        double fx = x - x0;
        double fy = y - y0;
        int a = src.getRGB(x0, y0);
        int b = src.getRGB(x0 + 1, y0);
        int c = src.getRGB(x0, y0 + 1);
        int d = src.getRGB(x0 + 1, y0 + 1);
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double top = ((a >> shift) & 0xff) * (1 - fx) + ((b >> shift) & 0xff) * fx;
            double bottom = ((c >> shift) & 0xff) * (1 - fx) + ((d >> shift) & 0xff) * fx;
            out |= clamp((int) Math.round(top * (1 - fy) + bottom * fy)) << shift;
        }
        return out;
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
