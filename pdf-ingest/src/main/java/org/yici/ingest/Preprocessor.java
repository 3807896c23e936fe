package org.yici.ingest;

import com.recognition.software.jdeskew.ImageDeskew;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.Set;

/**
 * Turns a page image into the 8-bit grey image Tesseract gets. Every step is optional (see {@link
 * Preprocessing}); the defaults are the ones that lowered the character error rate on the generated
 * corpus (docs/benchmarks/ingest.md).
 */
final class Preprocessor {
    private static final double MIN_DESKEW_DEGREES = 0.3;
    private static final int DESKEW_SAMPLE_EDGE = 1600;
    private static final int LOW_DPI = 200;
    private static final int TARGET_DPI = 300;

    /** @param rotation degrees the page was turned by deskewing (see {@link OcrFrame}) */
    record Prepared(BufferedImage gray, int dpi, double rotation) {}

    private Preprocessor() {}

    static Prepared prepare(BufferedImage image, int dpi, IngestConfig config) {
        Set<Preprocessing> steps = config.preprocessing();
        BufferedImage gray = toGray(image, steps.contains(Preprocessing.SEAL_SUPPRESSION));
        int effectiveDpi = dpi;
        if (steps.contains(Preprocessing.UPSCALE_LOW_DPI) && dpi < LOW_DPI) {
            double factor = Math.min(
                    (double) TARGET_DPI / dpi,
                    (double) config.maxRenderEdge() / Math.max(gray.getWidth(), gray.getHeight()));
            if (factor > 1.05) {
                gray = scale(gray, factor);
                effectiveDpi = (int) Math.round(dpi * factor);
            }
        }
        if (steps.contains(Preprocessing.FLATTEN_BACKGROUND)) {
            flattenBackground(gray);
        }
        if (steps.contains(Preprocessing.CONTRAST)) {
            stretchContrast(gray);
        }
        if (steps.contains(Preprocessing.DENOISE)) {
            gray = median3x3(gray);
        }
        double rotation = 0;
        if (steps.contains(Preprocessing.DESKEW)) {
            rotation = deskewRotation(gray);
            if (rotation != 0) {
                gray = rotate(gray, rotation);
            }
        }
        return new Prepared(gray, effectiveDpi, rotation);
    }

    /**
     * Luminance, except that clearly red pixels take their red channel: the scanner "dropout
     * colour" trick. A red seal becomes light grey while black text under it stays black.
     */
    static BufferedImage toGray(BufferedImage src, boolean suppressRed) {
        int w = src.getWidth();
        int h = src.getHeight();
        BufferedImage gray = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        if (src.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            // getRGB on a grey image applies a gamma conversion; copy the samples as they are.
            gray.getRaster().setRect(src.getRaster());
            return gray;
        }
        byte[] out = pixels(gray);
        if (fastToGray(src, out, suppressRed)) {
            return gray;
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            src.getRGB(0, y, w, 1, row, 0, w);
            int base = y * w;
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int a = argb >>> 24;
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                int v = grayOf(r, g, b, suppressRed);
                // Transparent areas of PNGs are paper, not ink.
                v = (v * a + 255 * (255 - a)) / 255;
                out[base + x] = (byte) v;
            }
        }
        return gray;
    }

    private static int grayOf(int r, int g, int b, boolean suppressRed) {
        if (suppressRed && isSealInk(r, g, b)) {
            return r;
        }
        return luminance(r, g, b);
    }

    /** Clearly red: a seal's ink, red well above green and blue (black text under a seal is not). */
    static boolean isSealInk(int r, int g, int b) {
        return r - Math.max(g, b) > 40;
    }

    /** ITU-R BT.601 luma, as OpenCV and ImageIO compute grey. */
    static int luminance(int r, int g, int b) {
        return (r * 299 + g * 587 + b * 114) / 1000;
    }

    /**
     * Reads the raster directly for the layouts PDFBox and ImageIO produce for scans (3-byte BGR,
     * int RGB); {@code getRGB} per pixel costs several times more. False for anything else.
     */
    private static boolean fastToGray(BufferedImage src, byte[] out, boolean suppressRed) {
        if (src.getType() == BufferedImage.TYPE_3BYTE_BGR
                && src.getRaster().getDataBuffer() instanceof DataBufferByte db
                && db.getNumBanks() == 1
                && db.getData().length == out.length * 3) {
            byte[] in = db.getData();
            for (int i = 0, j = 0; i < out.length; i++, j += 3) {
                out[i] = (byte) grayOf(in[j + 2] & 0xff, in[j + 1] & 0xff, in[j] & 0xff, suppressRed);
            }
            return true;
        }
        if (src.getType() == BufferedImage.TYPE_INT_RGB
                && src.getRaster().getDataBuffer() instanceof DataBufferInt db
                && db.getData().length == out.length) {
            int[] in = db.getData();
            for (int i = 0; i < out.length; i++) {
                int p = in[i];
                out[i] = (byte) grayOf((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff, suppressRed);
            }
            return true;
        }
        return false;
    }

    static void flattenBackground(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        // Blocks larger than a character: their maximum is paper, not ink.
        int block = Math.max(8, Math.max(w, h) / 48);
        int bw = (w + block - 1) / block;
        int bh = (h + block - 1) / block;
        byte[] p = pixels(gray);
        // Per block the 90th percentile: the paper, robust against noise (a plain maximum picks
        // the brightest noise speck) and against text covering part of the block.
        int[][] hist = new int[bw * bh][];
        // Every other pixel in each direction is plenty for a percentile and four times cheaper.
        for (int y = 0; y < h; y += 2) {
            int row = (y / block) * bw;
            for (int x = 0; x < w; x += 2) {
                int i = row + x / block;
                if (hist[i] == null) {
                    hist[i] = new int[256];
                }
                hist[i][p[y * w + x] & 0xff]++;
            }
        }
        BufferedImage bg = new BufferedImage(bw, bh, BufferedImage.TYPE_BYTE_GRAY);
        byte[] b = pixels(bg);
        for (int i = 0; i < hist.length; i++) {
            if (hist[i] == null) {
                // A last block row or column one pixel wide at an odd offset gets no sample: it
                // takes its left neighbour (already set), or in the first column the one above.
                b[i] = i % bw > 0 ? b[i - 1] : b[i - bw];
                continue;
            }
            int total = 0;
            for (int c : hist[i]) {
                total += c;
            }
            b[i] = (byte) percentile(hist[i], total, 0.90);
        }
        // Blocks that are all ink (a photo, a black bar) would darken their neighbours' estimate
        // less after a small max filter.
        bg = max3x3(bg);
        byte[] paper = pixels(bg);
        int[] scale = new int[256];
        for (int level = 1; level < 256; level++) {
            scale[level] = (255 << 16) / level; // avoids a division per pixel
        }
        // Bilinear interpolation between block centres, one row of weights at a time.
        int[] x0 = new int[w];
        int[] x1 = new int[w];
        int[] fx = new int[w];
        for (int x = 0; x < w; x++) {
            double gx = Math.max(0, Math.min(bw - 1, (x + 0.5) / block - 0.5));
            x0[x] = (int) gx;
            x1[x] = Math.min(bw - 1, x0[x] + 1);
            fx[x] = (int) ((gx - x0[x]) * 256);
        }
        for (int y = 0; y < h; y++) {
            double gy = Math.max(0, Math.min(bh - 1, (y + 0.5) / block - 0.5));
            int r0 = (int) gy * bw;
            int r1 = Math.min(bh - 1, (int) gy + 1) * bw;
            int fy = (int) ((gy - (int) gy) * 256);
            for (int x = 0; x < w; x++) {
                int top = (paper[r0 + x0[x]] & 0xff) * (256 - fx[x]) + (paper[r0 + x1[x]] & 0xff) * fx[x];
                int bottom = (paper[r1 + x0[x]] & 0xff) * (256 - fx[x]) + (paper[r1 + x1[x]] & 0xff) * fx[x];
                int level = Math.max(32, (top * (256 - fy) + bottom * fy) >> 16);
                int i = y * w + x;
                p[i] = (byte) Math.min(255, ((p[i] & 0xff) * scale[level]) >> 16);
            }
        }
    }

    private static BufferedImage max3x3(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] in = pixels(img);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = pixels(out);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int m = 0;
                for (int dy = Math.max(0, y - 1); dy <= Math.min(h - 1, y + 1); dy++) {
                    for (int dx = Math.max(0, x - 1); dx <= Math.min(w - 1, x + 1); dx++) {
                        m = Math.max(m, in[dy * w + dx] & 0xff);
                    }
                }
                o[y * w + x] = (byte) m;
            }
        }
        return out;
    }

    static void stretchContrast(BufferedImage gray) {
        byte[] p = pixels(gray);
        int[] hist = new int[256];
        for (byte b : p) {
            hist[b & 0xff]++;
        }
        int lo = percentile(hist, p.length, 0.01);
        int hi = percentile(hist, p.length, 0.99);
        if (hi - lo < 32 || (lo <= 5 && hi >= 250)) {
            return; // flat image, or already full range
        }
        byte[] lut = new byte[256];
        for (int i = 0; i < 256; i++) {
            lut[i] = (byte) Math.max(0, Math.min(255, (i - lo) * 255 / (hi - lo)));
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = lut[p[i] & 0xff];
        }
    }

    private static int percentile(int[] hist, int total, double q) {
        long target = (long) (total * q);
        long seen = 0;
        for (int i = 0; i < 256; i++) {
            seen += hist[i];
            if (seen > target) {
                return i;
            }
        }
        return 255;
    }

    static BufferedImage median3x3(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] in = pixels(gray);
        BufferedImage result = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = pixels(result);
        System.arraycopy(in, 0, out, 0, in.length);
        int[] win = new int[9];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int k = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int base = (y + dy) * w + x;
                    win[k++] = in[base - 1] & 0xff;
                    win[k++] = in[base] & 0xff;
                    win[k++] = in[base + 1] & 0xff;
                }
                Arrays.sort(win);
                out[y * w + x] = (byte) win[4];
            }
        }
        return result;
    }

    static BufferedImage deskew(BufferedImage gray) {
        double rotation = deskewRotation(gray);
        return rotation == 0 ? gray : rotate(gray, rotation);
    }

    /** Degrees to turn the page by to straighten its lines; 0 when it is straight enough. */
    static double deskewRotation(BufferedImage gray) {
        // The angle does not depend on scale; measuring on a reduced copy keeps the Hough transform cheap.
        double reduce = Math.min(1.0, (double) DESKEW_SAMPLE_EDGE / Math.max(gray.getWidth(), gray.getHeight()));
        BufferedImage sample = reduce < 1.0 ? scale(gray, reduce) : gray;
        double angle = new ImageDeskew(sample).getSkewAngle();
        if (Math.abs(angle) < MIN_DESKEW_DEGREES || Double.isNaN(angle)) {
            return 0;
        }
        return -angle;
    }

    static BufferedImage rotate(BufferedImage gray, double degrees) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
            g.drawImage(gray, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static BufferedImage scale(BufferedImage gray, double factor) {
        int w = Math.max(1, (int) Math.round(gray.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(gray.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(
                    RenderingHints.KEY_INTERPOLATION,
                    factor < 1
                            ? RenderingHints.VALUE_INTERPOLATION_BILINEAR
                            : RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(gray, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] pixels(BufferedImage gray) {
        return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    }
}
