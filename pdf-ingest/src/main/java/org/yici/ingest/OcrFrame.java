package org.yici.ingest;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;

/**
 * The image Tesseract recognised, as far as later checks need it to find a word's place on another
 * picture of the same page (a colour render, the uploaded photo): its size and the turn deskewing
 * gave it. Scaling is uniform, so a position is the same fraction of any picture of the page.
 *
 * @param width pixels of the recognised image
 * @param height pixels of the recognised image
 * @param rotation degrees the page was turned by (about its centre) before recognition
 */
public record OcrFrame(int width, int height, double rotation) {

    /**
     * Where a point of the recognised image lies on the page as uploaded, as fractions of its width
     * and height (0..1 inside the page).
     */
    public Point2D.Double toPage(double x, double y) {
        Point2D.Double p = new Point2D.Double(x, y);
        if (rotation != 0) {
            AffineTransform turn =
                    AffineTransform.getRotateInstance(Math.toRadians(rotation), width / 2.0, height / 2.0);
            try {
                turn.inverseTransform(p, p);
            } catch (NoninvertibleTransformException e) {
                throw new IllegalStateException("a rotation is always invertible", e);
            }
        }
        return new Point2D.Double(p.x / width, p.y / height);
    }
}
