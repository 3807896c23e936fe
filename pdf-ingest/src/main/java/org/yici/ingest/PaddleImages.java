package org.yici.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * Pixels in the form PP-OCR's models were trained on: 8-bit B, G, R as OpenCV reads them, scaled to
 * floats channel by channel (N, C, H, W). Sampling is bilinear, as OpenCV's default resize.
 */
final class PaddleImages {
    private PaddleImages() {}

    /** A page as packed B, G, R bytes, row by row. */
    record Bgr(byte[] pixels, int width, int height) {
        int at(int x, int y, int channel) {
            return pixels[(y * width + x) * 3 + channel] & 0xff;
        }
    }

    static Bgr bgr(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[w * h * 3];
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && image.getRaster().getNumDataElements() == 1
                && buffer.getData().length == w * h) {
            byte[] gray = buffer.getData();
            for (int i = 0, o = 0; i < gray.length; i++, o += 3) {
                out[o] = gray[i];
                out[o + 1] = gray[i];
                out[o + 2] = gray[i];
            }
            return new Bgr(out, w, h);
        }
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == out.length) {
            // Already B, G, R bytes row by row, as decoders deliver most colour scans.
            System.arraycopy(buffer.getData(), 0, out, 0, out.length);
            return new Bgr(out, w, h);
        }
        if ((image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getData().length == w * h) {
            return new Bgr(packed(buffer.getData(), out), w, h);
        }
        int[] row = new int[w];
        for (int y = 0, o = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++, o += 3) {
                int rgb = row[x];
                out[o] = (byte) rgb;
                out[o + 1] = (byte) (rgb >> 8);
                out[o + 2] = (byte) (rgb >> 16);
            }
        }
        return new Bgr(out, w, h);
    }

    /**
     * Seal ink ({@link Preprocessor#isSealInk}, the Tesseract path's test) becomes paper; dark
     * pixels where the seal lies over black text stay, so the text under a seal is read without it.
     */
    static void whitenRed(Bgr page) {
        byte[] p = page.pixels();
        for (int i = 0; i < p.length; i += 3) {
            int b = p[i] & 0xff;
            int g = p[i + 1] & 0xff;
            int r = p[i + 2] & 0xff;
            if (Preprocessor.isSealInk(r, g, b)) {
                p[i] = (byte) 255;
                p[i + 1] = (byte) 255;
                p[i + 2] = (byte) 255;
            }
        }
    }

    /** Alpha, if any, is ignored: scans have none worth keeping. */
    private static byte[] packed(int[] rgb, byte[] out) {
        for (int i = 0, o = 0; i < rgb.length; i++, o += 3) {
            out[o] = (byte) rgb[i];
            out[o + 1] = (byte) (rgb[i] >> 8);
            out[o + 2] = (byte) (rgb[i] >> 16);
        }
        return out;
    }

    /** The page turned a quarter clockwise, as seen. */
    static Bgr turnedClockwise(Bgr src) {
        int w = src.width();
        int h = src.height();
        byte[] out = new byte[src.pixels().length];
        // New (x, y) shows old (y, h - 1 - x); new width is the old height.
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < h; x++) {
                int from = ((h - 1 - x) * w + y) * 3;
                int to = (y * h + x) * 3;
                out[to] = src.pixels()[from];
                out[to + 1] = src.pixels()[from + 1];
                out[to + 2] = src.pixels()[from + 2];
            }
        }
        return new Bgr(out, h, w);
    }

    static Bgr turnedHalf(Bgr src) {
        byte[] p = src.pixels();
        byte[] out = new byte[p.length];
        int n = p.length / 3;
        for (int i = 0; i < n; i++) {
            int from = (n - 1 - i) * 3;
            out[i * 3] = p[from];
            out[i * 3 + 1] = p[from + 1];
            out[i * 3 + 2] = p[from + 2];
        }
        return new Bgr(out, src.width(), src.height());
    }

    /** The whole page scaled to {@code dw} x {@code dh}, as (value / 255 - mean) / std per channel. */
    static float[] resizeNormalised(Bgr src, int dw, int dh, float[] mean, float[] std) {
        float[] out = new float[3 * dw * dh];
        double sx = (double) src.width() / dw;
        double sy = (double) src.height() / dh;
        int plane = dw * dh;
        float[] scale = new float[3];
        float[] shift = new float[3];
        for (int c = 0; c < 3; c++) {
            scale[c] = 1f / (255f * std[c]);
            shift[c] = mean[c] / std[c];
        }
        for (int y = 0; y < dh; y++) {
            double fy = Math.max(0, (y + 0.5) * sy - 0.5);
            int y0 = Math.min((int) fy, src.height() - 1);
            int y1 = Math.min(y0 + 1, src.height() - 1);
            double wy = fy - y0;
            for (int x = 0; x < dw; x++) {
                double fx = Math.max(0, (x + 0.5) * sx - 0.5);
                int x0 = Math.min((int) fx, src.width() - 1);
                int x1 = Math.min(x0 + 1, src.width() - 1);
                double wx = fx - x0;
                for (int c = 0; c < 3; c++) {
                    double v = (src.at(x0, y0, c) * (1 - wx) + src.at(x1, y0, c) * wx) * (1 - wy)
                            + (src.at(x0, y1, c) * (1 - wx) + src.at(x1, y1, c) * wx) * wy;
                    out[c * plane + y * dw + x] = (float) (v * scale[c] - shift[c]);
                }
            }
        }
        return out;
    }

    /**
     * Samples the rotated rectangle {@code q} straightened to {@code outW} x {@code outH} into slot
     * {@code index} of a batch {@code dest} of shape (N, 3, outH, destW), as (value / 255 - 0.5) /
     * 0.5 (the recogniser's and classifier's scaling); columns past {@code outW} stay 0.
     */
    static void sampleInto(Bgr src, Quad q, int outW, int outH, float[] dest, int destW, int index) {
        double[] xs = q.xs();
        double[] ys = q.ys();
        // Along the text from corner 0 to 1, and down from corner 0 to 3, one output pixel at a time.
        double ux = (xs[1] - xs[0]) / outW;
        double uy = (ys[1] - ys[0]) / outW;
        double vx = (xs[3] - xs[0]) / outH;
        double vy = (ys[3] - ys[0]) / outH;
        int plane = outH * destW;
        int base = index * 3 * plane;
        int w = src.width();
        int h = src.height();
        for (int j = 0; j < outH; j++) {
            for (int i = 0; i < outW; i++) {
                double fx = xs[0] + ux * (i + 0.5) + vx * (j + 0.5) - 0.5;
                double fy = ys[0] + uy * (i + 0.5) + vy * (j + 0.5) - 0.5;
                int x0 = (int) Math.floor(fx);
                int y0 = (int) Math.floor(fy);
                double wx = fx - x0;
                double wy = fy - y0;
                int ax = clamp(x0, w);
                int bx = clamp(x0 + 1, w);
                int ay = clamp(y0, h);
                int by = clamp(y0 + 1, h);
                for (int c = 0; c < 3; c++) {
                    double v = (src.at(ax, ay, c) * (1 - wx) + src.at(bx, ay, c) * wx) * (1 - wy)
                            + (src.at(ax, by, c) * (1 - wx) + src.at(bx, by, c) * wx) * wy;
                    dest[base + c * plane + j * destW + i] = (float) (v / 127.5 - 1.0);
                }
            }
        }
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : Math.min(v, size - 1);
    }
}
