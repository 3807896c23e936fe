package org.yici.engine.content;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.OptionalDouble;
import org.yici.ingest.OcrFrame;

/**
 * Whether an area of a page image holds a signature: enough pixels of pen ink (dark, or the blue of
 * a ballpoint) or of a seal's red. Ruled lines (a "________" to sign on) are not ink: a row whose
 * ink spans most of the area is dropped. Printed and handwritten names are not told apart.
 */
final class SignatureInk {
    /** Share of the area's pixels a signature covers at least; a colon or a speck stays far below. */
    static final double MIN_SHARE = 0.004;
    /**
     * Ink of a faded copy: darker than this share of the paper around it (pen strokes on a faded
     * TUNE page are 55–70 % of the paper's brightness, above the fixed 110 that {@link #isInk}
     * asks). Judged on 3×3 means, so that noise does not count.
     */
    static final double FAINT_INK = 0.75;
    /**
     * On a page printed faintly, ink is what is darker than halfway from the paper to the label's own
     * strokes, measured the same way on the same picture; so a pen or a printed name as faint as the
     * label counts at any resolution (a 3×3 mean thins a stroke more at 200 dpi than at 300).
     */
    static final double TOWARDS_LABEL = 0.5;
    /** The label's strokes: this low a percentile of its smoothed luminance (strokes cover ~10–25 %). */
    private static final double LABEL_STROKES = 0.05;
    /** However faint the label, ink stays this share below the paper, clear of grain and noise. */
    private static final double BELOW_PAPER = 0.9;
    /** A row more than this share inked is a rule line. */
    private static final double RULE_ROW = 0.6;
    /**
     * A column inked over this share of the area's height is a ruling: the area is padded above
     * and below the label's line, which a signature's strokes rarely span.
     */
    private static final double RULE_COLUMN = 0.9;

    private SignatureInk() {}

    /** Whether there is ink in an area, with no label to compare its darkness with. */
    static boolean inked(Rectangle area, OcrFrame frame, BufferedImage image) {
        return inked(area, OptionalDouble.empty(), frame, image);
    }

    /**
     * Whether there is ink at a place to sign: beside its label (on a ruled row, also in the next
     * cell: {@link CellWalls}) or below it. The label's strokes are measured once for every area.
     *
     * @param frame how the recognised image relates to the page
     * @param image any picture of the whole page (colour)
     */
    static boolean signed(SignaturePlaces.Place place, OcrFrame frame, BufferedImage image) {
        OptionalDouble strokes = labelStrokes(place.label(), frame, image);
        if (place.beside() != null) {
            for (Rectangle part : CellWalls.split(place.beside(), place.reach(), place.label(), frame, image)) {
                if (inked(part, strokes, frame, image)) {
                    return true;
                }
            }
        }
        return place.below() != null && inked(place.below(), strokes, frame, image);
    }

    /**
     * @param area in the recognised image's pixels
     * @param strokes how dark the place's label prints on this picture, if known
     */
    private static boolean inked(Rectangle area, OptionalDouble strokes, OcrFrame frame, BufferedImage image) {
        Rectangle onImage = onImage(area, frame, image);
        if (onImage.isEmpty()) {
            return false;
        }
        int w = onImage.width, h = onImage.height;
        int[] rgb = image.getRGB(onImage.x, onImage.y, w, h, null, 0, w);
        int[] luma = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            luma[i] = luminance(rgb[i]);
        }
        int paper = paper(luma);
        double faint = FAINT_INK * paper;
        if (strokes.isPresent()) {
            double towards = paper - TOWARDS_LABEL * (paper - strokes.getAsDouble());
            faint = Math.max(faint, Math.min(towards, BELOW_PAPER * paper));
        }
        boolean[] dark = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                dark[y * w + x] = isInk(rgb[y * w + x]) || smoothed(luma, w, h, x, y) < faint;
            }
        }
        // A table's vertical ruling crossing the area (the wall between a label's cell and the
        // next) is no ink either: its columns are dark over nearly the whole height.
        boolean[] ruling = new boolean[w];
        for (int x = 0; x < w; x++) {
            if (CellWalls.darkColumn(dark, w, h, x) >= RULE_COLUMN * h) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (x + dx >= 0 && x + dx < w) {
                        ruling[x + dx] = true;
                    }
                }
            }
        }
        long ink = 0;
        for (int y = 0; y < h; y++) {
            int row = 0;
            for (int x = 0; x < w; x++) {
                row += dark[y * w + x] && !ruling[x] ? 1 : 0;
            }
            if (row <= RULE_ROW * w) {
                ink += row;
            }
        }
        return ink >= MIN_SHARE * w * h;
    }

    /** How dark the label's strokes read on this picture (smoothed as ink is), if it is there. */
    private static OptionalDouble labelStrokes(Rectangle label, OcrFrame frame, BufferedImage image) {
        Rectangle onImage = onImage(label, frame, image);
        if (onImage.isEmpty()) {
            return OptionalDouble.empty();
        }
        int w = onImage.width, h = onImage.height;
        int[] rgb = image.getRGB(onImage.x, onImage.y, w, h, null, 0, w);
        int[] luma = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            luma[i] = luminance(rgb[i]);
        }
        double[] smoothed = new double[luma.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                smoothed[y * w + x] = smoothed(luma, w, h, x, y);
            }
        }
        Arrays.sort(smoothed);
        return OptionalDouble.of(smoothed[(int) (LABEL_STROKES * (smoothed.length - 1))]);
    }

    /** The paper's brightness in an area: its 90th percentile luminance (ink covers far less). */
    static int paper(int[] luma) {
        int[] histogram = new int[256];
        for (int l : luma) {
            histogram[l]++;
        }
        int above = 0;
        for (int v = 255; v > 0; v--) {
            above += histogram[v];
            if (above >= luma.length / 10) {
                return v;
            }
        }
        return 0;
    }

    /** Mean luminance of the 3×3 neighbourhood: grain and sensor noise average out, pen strokes do not. */
    private static double smoothed(int[] luma, int w, int h, int x, int y) {
        int sum = 0, n = 0;
        for (int dy = -1; dy <= 1; dy++) {
            int yy = y + dy;
            if (yy < 0 || yy >= h) {
                continue;
            }
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx;
                if (xx >= 0 && xx < w) {
                    sum += luma[yy * w + xx];
                    n++;
                }
            }
        }
        return (double) sum / n;
    }

    static int luminance(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return (299 * r + 587 * g + 114 * b) / 1000;
    }

    /** The area, mapped through the frame onto the image and cut to the image's bounds. */
    static Rectangle onImage(Rectangle area, OcrFrame frame, BufferedImage image) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] corner : new double[][] {
            {area.x, area.y},
            {area.x + area.width, area.y},
            {area.x, area.y + area.height},
            {area.x + area.width, area.y + area.height}
        }) {
            Point2D.Double p = frame.toPage(corner[0], corner[1]);
            minX = Math.min(minX, p.x * image.getWidth());
            maxX = Math.max(maxX, p.x * image.getWidth());
            minY = Math.min(minY, p.y * image.getHeight());
            maxY = Math.max(maxY, p.y * image.getHeight());
        }
        Rectangle r = new Rectangle((int) Math.floor(minX), (int) Math.floor(minY), (int) Math.ceil(maxX - minX), (int)
                Math.ceil(maxY - minY));
        return r.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
    }

    /** Pen ink (dark grey to black, or ballpoint blue) or seal red. */
    static boolean isInk(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        int luminance = luminance(rgb);
        boolean dark = luminance < 110;
        boolean blue = b - r > 50 && b - g > 20 && luminance < 190;
        boolean red = r > 140 && r - g > 60 && r - b > 60;
        return dark || blue || red;
    }
}
