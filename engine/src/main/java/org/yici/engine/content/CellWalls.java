package org.yici.engine.content;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.yici.ingest.OcrFrame;

/**
 * The vertical rulings of a ruled form's row, seen in the line of a signature label. On a form the
 * place to sign is often the next cell (经营者签字：｜ signature ｜), beyond the reach of the area
 * beside the label and across a ruling that is no ink: the area is cut at the first ruling and the
 * next cell, up to the following ruling, is looked at too.
 */
final class CellWalls {
    /**
     * A column dark over this share of the label line's height is a ruling. A printed character's
     * strokes stay well under it: OCR boxes are half again as tall as their glyphs.
     */
    static final double WALL = 0.9;
    /** Kept clear of a ruling on either side: its anti-aliased edge, and a skew of a degree or two. */
    static final int CLEAR = 4;

    private CellWalls() {}

    /** A ruling's left and right column, in recognised-image pixels. */
    record Wall(int left, int right) {}

    /**
     * The parts of the area beside a label that a signature may be in: the area itself on a page
     * without rulings; on a ruled row, the area up to the first ruling and the next cell up to the
     * following ruling or {@code reach}. Parts narrower than the label's line height are dropped.
     *
     * @param area beside the label, in recognised-image pixels
     * @param reach how far right the next cell may be looked at (x)
     * @param label the label's line, whose rows the rulings are looked for in
     */
    static List<Rectangle> split(Rectangle area, int reach, Rectangle label, OcrFrame frame, BufferedImage image) {
        int right = area.x + area.width;
        List<Wall> walls = find(label, area.x, Math.max(right, reach), frame, image);
        if (walls.isEmpty()) {
            return List.of(area);
        }
        int min = Math.max(1, label.height);
        List<Rectangle> parts = new ArrayList<>();
        Wall first = walls.get(0);
        int own = Math.min(right, first.left() - CLEAR);
        if (own - area.x >= min) {
            parts.add(new Rectangle(area.x, area.y, own - area.x, area.height));
        }
        int next = first.right() + CLEAR;
        int nextEnd = Math.min(reach, walls.size() > 1 ? walls.get(1).left() - CLEAR : reach);
        if (nextEnd - next >= min) {
            parts.add(new Rectangle(next, area.y, nextEnd - next, area.height));
        }
        return parts;
    }

    /**
     * The rulings crossing the rows of {@code band} between {@code x0} and {@code x1}, left to
     * right. The picture is sampled through the frame, so a page recognised turned or at another
     * resolution is looked at where its words were read; pixels are read as {@link RgbPixels}.
     */
    static List<Wall> find(Rectangle band, int x0, int x1, OcrFrame frame, BufferedImage image) {
        int w = x1 - x0, h = band.height;
        if (w <= 2 || h <= 0) {
            return List.of();
        }
        int[] luma = new int[w * h];
        int[] rgb = new int[w * h];
        RgbPixels pixels = RgbPixels.of(image);
        int iw = image.getWidth(), ih = image.getHeight();
        // The frame's map is affine: one step right and one step down in the recognised image move
        // by fixed amounts on the picture, so the frame is asked three times, not once per pixel.
        Point2D.Double origin = frame.toPage(x0 + 0.5, band.y + 0.5);
        Point2D.Double right = frame.toPage(x0 + 1.5, band.y + 0.5);
        Point2D.Double down = frame.toPage(x0 + 0.5, band.y + 1.5);
        double xx = (right.x - origin.x) * iw, xy = (right.y - origin.y) * ih;
        double yx = (down.x - origin.x) * iw, yy = (down.y - origin.y) * ih;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int ix = (int) (origin.x * iw + x * xx + y * yx);
                int iy = (int) (origin.y * ih + x * xy + y * yy);
                int c = ix < 0 || iy < 0 || ix >= iw || iy >= ih ? 0xffffff : pixels.rgb(ix, iy);
                rgb[y * w + x] = c;
                luma[y * w + x] = SignatureInk.luminance(c);
            }
        }
        double faint = SignatureInk.FAINT_INK * SignatureInk.paper(luma);
        boolean[] dark = new boolean[w * h];
        for (int i = 0; i < dark.length; i++) {
            dark[i] = SignatureInk.isInk(rgb[i]) || luma[i] < faint;
        }
        List<Wall> walls = new ArrayList<>();
        int start = -1;
        for (int x = 0; x <= w; x++) {
            boolean wall = x < w && darkColumn(dark, w, h, x) >= WALL * h;
            if (wall && start < 0) {
                start = x;
            } else if (!wall && start >= 0) {
                walls.add(new Wall(x0 + start, x0 + x - 1));
                start = -1;
            }
        }
        return walls;
    }

    /** Rows in which column {@code x} or a neighbour is dark: a ruling a pixel off upright still counts. */
    static int darkColumn(boolean[] dark, int w, int h, int x) {
        int rows = 0;
        for (int y = 0; y < h; y++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx;
                if (xx >= 0 && xx < w && dark[y * w + xx]) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }
}
