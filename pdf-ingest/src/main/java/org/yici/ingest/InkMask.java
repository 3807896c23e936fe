package org.yici.ingest;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * The page's ink as a binary mask at about 150 dpi, for finding ruled lines. Rules are found at
 * half the resolution of a 300 dpi scan because they stay visible there (each mask pixel keeps
 * the darkest of the pixels it covers, so a one-pixel rule survives) and a quarter of the pixels
 * keeps layout analysis cheap. Ink is judged against the local paper colour rather than one
 * global threshold, so faded toner, light grey rules and the shading of a phone photo still count.
 */
final class InkMask {
    /** The mask's long side aims at an A4 page at 150 dpi. */
    static final double TARGET_LONG_SIDE = 1754;
    /** Side, in mask pixels, of the blocks the paper colour is estimated over (about 5 mm). */
    private static final int BLOCK = 32;
    /** Share of a block's pixels darker than its paper colour: text never covers more. */
    private static final double PAPER_QUANTILE = 0.7;

    /** A mask with a side shorter than this (about 3 mm) holds no table. */
    private static final int MIN_SIDE = 16;
    /** Height in mask pixels of a detected line of body text on an A4 page at 150 dpi. */
    static final double TEXT_HEIGHT = 24;

    final int width;
    final int height;
    /** Page pixels per mask pixel. */
    final int scale;
    /** 1 where there is ink, row by row. */
    final byte[] ink;

    private final double unit;

    private InkMask(int width, int height, int scale, byte[] ink, double unit) {
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.ink = ink;
        this.unit = unit;
    }

    boolean at(int x, int y) {
        return ink[y * width + x] != 0;
    }

    /**
     * Mask pixels per 150 dpi pixel: the unit every layout length is given in. It is taken from
     * the page's size as if it were A4, or from its text where the text says the resolution is
     * higher (an ID card scanned at 300 dpi is a small image with large print).
     */
    double unit() {
        return unit;
    }

    /** Too small to hold a table: no layout is looked for. */
    boolean tooSmall() {
        return width < MIN_SIDE || height < MIN_SIDE;
    }

    /** @param textHeight the typical height of a text box on the page, page pixels; 0 if unknown */
    static InkMask of(BufferedImage page, double textHeight) {
        BufferedImage gray = gray(page);
        int pw = gray.getWidth();
        int ph = gray.getHeight();
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int scale = Math.max(1, (int) Math.round(Math.max(pw, ph) / TARGET_LONG_SIDE));
        // A sliver of a page (thinner than a mask pixel) has an empty mask and no layout.
        int w = pw / scale;
        int h = ph / scale;
        byte[] darkest = new byte[w * h];
        if (scale == 2) {
            // The common case (a 300 dpi page) unrolled. Of each 2x2 block the second darkest
            // pixel counts: a rule one pixel thin darkens two of the four, a speck of noise one.
            for (int y = 0; y < h; y++) {
                int out = y * w;
                int a = 2 * y * pw;
                int b = a + pw;
                for (int x = 0; x < w; x++, a += 2, b += 2) {
                    int p = pixels[a] & 0xff;
                    int q = pixels[a + 1] & 0xff;
                    int r = pixels[b] & 0xff;
                    int t = pixels[b + 1] & 0xff;
                    int m = Math.min(
                            Math.max(Math.min(p, q), Math.min(r, t)), Math.min(Math.max(p, q), Math.max(r, t)));
                    darkest[out + x] = (byte) m;
                }
            }
        }
        for (int y = 0; y < h && scale != 2; y++) {
            int out = y * w;
            Arrays.fill(darkest, out, out + w, (byte) 0xff);
            for (int dy = 0; dy < scale; dy++) {
                int in = (y * scale + dy) * pw;
                for (int x = 0; x < w; x++) {
                    int min = darkest[out + x] & 0xff;
                    for (int dx = 0, from = in + x * scale; dx < scale; dx++) {
                        min = Math.min(min, pixels[from + dx] & 0xff);
                    }
                    darkest[out + x] = (byte) min;
                }
            }
        }
        int[] threshold = thresholds(darkest, w, h);
        int bw = (w + BLOCK - 1) / BLOCK;
        byte[] ink = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int row = (y / BLOCK) * bw;
            int i = y * w;
            for (int bx = 0; bx < bw; bx++) {
                int t = threshold[row + bx];
                for (int x = bx * BLOCK, end = Math.min(w, x + BLOCK); x < end; x++) {
                    ink[i + x] = (byte) (((darkest[i + x] & 0xff) - t) >>> 31);
                }
            }
        }
        double bySize = Math.max(w, h) / TARGET_LONG_SIDE;
        double byText = textHeight / scale / TEXT_HEIGHT;
        return new InkMask(w, h, scale, ink, Math.max(bySize, Math.min(byText, 4 * bySize)));
    }

    /**
     * The ink threshold per block from its paper colour: a high quantile of the block's grey levels,
     * then the brightest of each block's neighbours, so a block filled by a bold title or a thick
     * rule still gets the paper around it. Ink is what is clearly darker than the paper; on dark
     * paper (a photo) the margin shrinks with the paper's brightness.
     */
    private static int[] thresholds(byte[] grey, int w, int h) {
        int bw = (w + BLOCK - 1) / BLOCK;
        int bh = (h + BLOCK - 1) / BLOCK;
        int[] hist = new int[bw * bh * 32];
        for (int y = 0; y < h; y++) {
            int row = (y / BLOCK) * bw;
            for (int x = 0; x < w; x++) {
                hist[(row + x / BLOCK) * 32 + ((grey[y * w + x] & 0xff) >> 3)]++;
            }
        }
        int[] level = new int[bw * bh];
        for (int b = 0; b < level.length; b++) {
            int total = 0;
            for (int i = 0; i < 32; i++) {
                total += hist[b * 32 + i];
            }
            int below = (int) (total * PAPER_QUANTILE);
            int seen = 0;
            int bin = 31;
            for (int i = 0; i < 32; i++) {
                seen += hist[b * 32 + i];
                if (seen > below) {
                    bin = i;
                    break;
                }
            }
            level[b] = bin * 8 + 4;
        }
        int[] paper = new int[level.length];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                int max = 0;
                for (int y = Math.max(0, by - 1); y <= Math.min(bh - 1, by + 1); y++) {
                    for (int x = Math.max(0, bx - 1); x <= Math.min(bw - 1, bx + 1); x++) {
                        max = Math.max(max, level[y * bw + x]);
                    }
                }
                paper[by * bw + bx] = max - Math.max(20, max * 16 / 100);
            }
        }
        return paper;
    }

    /** The page as 8-bit grey with a compact raster; the OCR engines already pass one. */
    private static BufferedImage gray(BufferedImage page) {
        if (page.getType() == BufferedImage.TYPE_BYTE_GRAY
                && page.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == page.getWidth() * page.getHeight()
                && page.getRaster().getSampleModelTranslateX() == 0
                && page.getRaster().getSampleModelTranslateY() == 0) {
            return page;
        }
        BufferedImage gray = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.drawImage(page, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }
}
