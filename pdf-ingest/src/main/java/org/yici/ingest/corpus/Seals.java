package org.yici.ingest.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Red official seals and handwritten signatures, inked over a page with a multiply blend. */
final class Seals {
    private static final Color SEAL_RED = new Color(215, 35, 40);

    private Seals() {}

    /**
     * A round seal (ring, star, the authority's name on an arc) of {@code radiusMm} centred near
     * (cx, cy), as ink: black text under it stays black.
     */
    static void stamp(
            BufferedImage page,
            String name,
            Font font,
            int dpi,
            int cx,
            int cy,
            double radiusMm,
            double opacity,
            Random random) {
        double pxPerMm = dpi / 25.4;
        int radius = (int) Math.round(radiusMm * pxPerMm);
        cx += random.nextInt(Math.max(1, radius / 4)) - radius / 8;
        BufferedImage seal = new BufferedImage(2 * radius + 4, 2 * radius + 4, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = seal.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int c = radius + 2;
            g.rotate(Math.toRadians((random.nextDouble() - 0.5) * 30), c, c);
            g.setColor(SEAL_RED);
            g.setStroke(new BasicStroke((float) (radius / 19.0)));
            int ring = radius - (int) (radius / 21.0);
            g.drawOval(c - ring, c - ring, 2 * ring, 2 * ring);
            g.fill(star(c, c, radius * 0.28));
            g.setFont(font.deriveFont(Font.BOLD, (float) (radius * 0.24)));
            int n = name.codePointCount(0, name.length());
            double arc = Math.toRadians(Math.min(270, 20 * n));
            double start = -Math.PI / 2 - arc / 2;
            int i = 0;
            for (int off = 0; off < name.length(); i++) {
                int cp = name.codePointAt(off);
                String ch = new String(Character.toChars(cp));
                off += Character.charCount(cp);
                double a = start + arc * (i + 0.5) / n;
                AffineTransform saved = g.getTransform();
                g.translate(c + Math.cos(a) * radius * 0.68, c + Math.sin(a) * radius * 0.68);
                g.rotate(a + Math.PI / 2);
                g.drawString(
                        ch,
                        -g.getFontMetrics().stringWidth(ch) / 2,
                        g.getFontMetrics().getAscent() / 2);
                g.setTransform(saved);
            }
        } finally {
            g.dispose();
        }
        Distort.multiply(page, seal, cx - radius - 2, cy - radius - 2, opacity);
    }

    /**
     * A signature: a few fast connected strokes in pen ink filling {@code box}, not text (it is not
     * in the ground truth).
     */
    static void sign(BufferedImage page, int x, int y, int width, int height, int dpi, Random random) {
        double pxPerMm = dpi / 25.4;
        BufferedImage ink = new BufferedImage(width + 8, height + 8, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = ink.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(15, 20, 60));
            g.setStroke(new BasicStroke((float) (0.45 * pxPerMm), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            int strokes = 3 + random.nextInt(3);
            double px = 4;
            double py = 4 + height * (0.4 + random.nextDouble() * 0.3);
            for (int s = 0; s < strokes; s++) {
                double nx = Math.min(width, px + width / (double) strokes * (0.8 + random.nextDouble() * 0.6));
                double ny = 4 + height * (0.2 + random.nextDouble() * 0.6);
                Path2D.Double path = new Path2D.Double();
                path.append(
                        new CubicCurve2D.Double(
                                px,
                                py,
                                px + (nx - px) * 0.2,
                                4 + random.nextDouble() * height,
                                px + (nx - px) * 0.8,
                                4 + random.nextDouble() * height,
                                nx,
                                ny),
                        false);
                g.draw(path);
                px = nx - width * 0.05;
                py = ny;
            }
            // The final flourish underneath.
            g.draw(new CubicCurve2D.Double(
                    4, height * 0.85, width * 0.3, height, width * 0.7, height * 0.6, width, height * 0.75));
        } finally {
            g.dispose();
        }
        Distort.multiply(page, ink, x, y, 0.95);
    }

    static Path2D star(double cx, double cy, double r) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double rr = i % 2 == 0 ? r : r * 0.38;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + Math.cos(a) * rr;
            double y = cy + Math.sin(a) * rr;
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
