package org.yici.ingest;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;

/**
 * The image the OCR engine recognised, as far as later checks need it to find a word's place on
 * another picture of the same page (a colour render, the uploaded photo): its size and the turn
 * it was given. Scaling is uniform, so a position is the same fraction of any picture of the page.
 *
 * @param width pixels of the recognised image
 * @param height pixels of the recognised image
 * @param rotation degrees (clockwise as seen) the page was turned by about its centre before
 *     recognition: a deskew angle, or a quarter turn for a page scanned sideways or upside down
 * @param pageWidth pixels of the page before the turn (differs from {@code width} after 90 or 270)
 * @param pageHeight pixels of the page before the turn
 */
public record OcrFrame(int width, int height, double rotation, int pageWidth, int pageHeight) {

    /** A turn that keeps the image's size (deskewing). */
    public OcrFrame(int width, int height, double rotation) {
        this(width, height, rotation, width, height);
    }

    /**
     * Where a point of the recognised image lies on the page as uploaded, as fractions of its width
     * and height (0..1 inside the page).
     */
    public Point2D.Double toPage(double x, double y) {
        Point2D.Double p = new Point2D.Double(x, y);
        if (rotation != 0) {
            // recognised = turn about the page centre, then shift that centre onto the recognised centre.
            AffineTransform turn = AffineTransform.getTranslateInstance(width / 2.0, height / 2.0);
            turn.rotate(Math.toRadians(rotation));
            turn.translate(-pageWidth / 2.0, -pageHeight / 2.0);
            try {
                turn.inverseTransform(p, p);
            } catch (NoninvertibleTransformException e) {
                throw new IllegalStateException("a rotation is always invertible", e);
            }
        }
        return new Point2D.Double(p.x / pageWidth, p.y / pageHeight);
    }
}
