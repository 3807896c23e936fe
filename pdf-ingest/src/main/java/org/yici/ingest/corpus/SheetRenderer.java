package org.yici.ingest.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Draws a {@link Sheet} on paper at a resolution; remembers where text and the signature went. */
final class SheetRenderer {
    static final Color INK = new Color(25, 25, 25);
    private static final Color PEN = new Color(25, 38, 105);

    /**
     * @param lines the box of every printed line, top to bottom
     * @param signature where a signature goes (right of its label), or null
     */
    record Rendered(BufferedImage image, List<Rectangle> lines, Rectangle signature) {}

    private SheetRenderer() {}

    static Rendered render(Sheet sheet, Font printed, Font hand, int dpi, Random random) {
        double pxPerMm = dpi / 25.4;
        int w = (int) Math.round(sheet.shape.widthMm * pxPerMm);
        int h = (int) Math.round(sheet.shape.heightMm * pxPerMm);
        boolean card = sheet.shape == Sheet.Shape.CARD;
        boolean landscape = sheet.shape == Sheet.Shape.A4_LANDSCAPE;
        double marginMm = card ? 5 : landscape ? 25 : 20;
        float bodyPt = card ? 8f : landscape ? 13f : 12f;
        float titlePt = card ? 9f : 20f;
        double lineFactor = card ? 1.45 : 1.75;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        List<Rectangle> lines = new ArrayList<>();
        Rectangle signature = null;
        List<Rectangle> signed = new ArrayList<>();
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(card ? new Color(244, 241, 230) : Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (card) {
                cardBackground(g, w, h, pxPerMm, random);
            }
            if (sheet.photo) {
                photo(g, w, h, pxPerMm);
            }
            if (sheet.emblem) {
                emblem(g, pxPerMm);
            }
            Font body = printed.deriveFont(Font.PLAIN, bodyPt * dpi / 72f);
            Font handFont = hand.deriveFont(Font.PLAIN, bodyPt * 1.12f * dpi / 72f);
            int left = (int) Math.round(marginMm * pxPerMm);
            int right = w - left;
            int textRight = sheet.photo ? (int) (w * 0.64) : right;
            double y = (card && !sheet.emblem ? 4 : marginMm) * pxPerMm;
            for (Sheet.Block block : sheet.blocks) {
                if (block instanceof Sheet.Space s) {
                    y += s.mm() * pxPerMm;
                } else if (block instanceof Sheet.Title t) {
                    Font f = printed.deriveFont(Font.PLAIN, (float) (titlePt * t.scale() * dpi / 72f));
                    g.setFont(f);
                    FontMetrics m = g.getFontMetrics();
                    int x = (w - m.stringWidth(t.text())) / 2;
                    int base = (int) (y + m.getAscent());
                    g.setColor(INK);
                    g.drawString(t.text(), x, base);
                    lines.add(new Rectangle(x, (int) y, m.stringWidth(t.text()), m.getHeight()));
                    y += m.getHeight() * (card ? 1.1 : 1.5);
                } else if (block instanceof Sheet.Line l) {
                    g.setFont(body);
                    FontMetrics m = g.getFontMetrics();
                    int base = (int) (y + m.getAscent());
                    g.setColor(INK);
                    g.drawString(l.label(), left, base);
                    int x = left + m.stringWidth(l.label());
                    int end;
                    if (l.handwritten()) {
                        end = handwrite(g, handFont, l.value(), x, base, pxPerMm, random);
                    } else {
                        g.drawString(l.value(), x, base);
                        end = x + m.stringWidth(l.value());
                    }
                    lines.add(new Rectangle(left, (int) y, Math.min(textRight, end) - left, m.getHeight()));
                    if (l.label().equals(sheet.signatureLabel) && l.value().isEmpty()) {
                        signature = new Rectangle(x, (int) y - m.getHeight(), (int) (55 * pxPerMm), 3 * m.getHeight());
                    }
                    if (sheet.signedLabels.contains(l.label()) && l.value().isEmpty()) {
                        signed.add(signHere(x, y, m, pxPerMm));
                    }
                    y += m.getHeight() * lineFactor;
                } else if (block instanceof Sheet.Pair p) {
                    g.setFont(body);
                    FontMetrics m = g.getFontMetrics();
                    int base = (int) (y + m.getAscent());
                    int mid = (left + right) / 2;
                    g.setColor(INK);
                    g.drawString(p.left(), left, base);
                    g.drawString(p.right(), mid, base);
                    lines.add(new Rectangle(left, (int) y, mid + m.stringWidth(p.right()) - left, m.getHeight()));
                    if (sheet.signedLabels.contains(p.left())) {
                        signed.add(signHere(left + m.stringWidth(p.left()), y, m, pxPerMm));
                    }
                    if (sheet.signedLabels.contains(p.right())) {
                        signed.add(signHere(mid + m.stringWidth(p.right()), y, m, pxPerMm));
                    }
                    if (p.left().startsWith(String.valueOf(sheet.signatureLabel))) {
                        signature = new Rectangle(
                                left + m.stringWidth(p.left()),
                                (int) y - m.getHeight(),
                                (int) (35 * pxPerMm),
                                3 * m.getHeight());
                    }
                    y += m.getHeight() * lineFactor;
                } else if (block instanceof Sheet.Paragraph p) {
                    g.setFont(body);
                    FontMetrics m = g.getFontMetrics();
                    g.setColor(INK);
                    for (String line : Sheet.wrap(p.text(), sheet.paragraphChars())) {
                        int base = (int) (y + m.getAscent());
                        g.drawString(line, left, base);
                        lines.add(new Rectangle(left, (int) y, m.stringWidth(line), m.getHeight()));
                        y += m.getHeight() * lineFactor;
                    }
                } else if (block instanceof Sheet.Table t) {
                    y = table(g, t, body, handFont, left, right, y, pxPerMm, lines, random);
                }
            }
        } finally {
            g.dispose();
        }
        for (Rectangle box : signed) {
            Seals.sign(image, box.x, box.y, box.width, box.height, dpi, random);
        }
        if (sheet.ownSeal != null) {
            // A licence's seal sits on the issuing authority and the date, bottom right.
            Seals.stamp(image, sheet.ownSeal, printed, dpi, (int) (w * 0.70), (int) (h * 0.74), 21, 0.85, random);
        }
        return new Rendered(image, lines, signature);
    }

    /** Where a pen signature goes right of a label printed on a line starting at {@code y}. */
    private static Rectangle signHere(int x, double y, FontMetrics m, double pxPerMm) {
        int gap = (int) (2 * pxPerMm);
        return new Rectangle(
                x + gap, (int) (y - m.getHeight() * 0.3), (int) (28 * pxPerMm), (int) (m.getHeight() * 1.5));
    }

    private static double table(
            Graphics2D g,
            Sheet.Table t,
            Font body,
            Font handFont,
            int left,
            int right,
            double top,
            double pxPerMm,
            List<Rectangle> lines,
            Random random) {
        int rowH = (int) Math.round(11 * pxPerMm);
        int width = right - left;
        g.setStroke(new BasicStroke((float) Math.max(1, 0.35 * pxPerMm)));
        int y = (int) top;
        for (List<Sheet.Cell> row : t.rows()) {
            double x = left;
            g.setColor(INK);
            g.drawLine(left, y, right, y);
            for (Sheet.Cell cell : row) {
                int cx = (int) Math.round(x);
                int cw = (int) Math.round(cell.width() * width);
                g.setColor(INK);
                g.drawLine(cx, y, cx, y + rowH);
                int pad = (int) Math.round(2 * pxPerMm);
                g.setFont(body);
                FontMetrics m = g.getFontMetrics();
                int base = y + (rowH + m.getAscent() - m.getDescent()) / 2;
                if (cell.handwritten()) {
                    handwrite(
                            g,
                            handFont,
                            cell.text(),
                            cx + pad + random.nextInt(Math.max(1, pad * 2)),
                            base,
                            pxPerMm,
                            random);
                } else {
                    g.drawString(cell.text(), cx + pad, base);
                }
                x += cell.width() * width;
            }
            g.setColor(INK);
            g.drawLine(right, y, right, y + rowH);
            lines.add(new Rectangle(left, y, width, rowH));
            y += rowH;
        }
        g.drawLine(left, y, right, y);
        return y + 2 * pxPerMm;
    }

    /**
     * Writes text as a person fills a form: a brush face in blue-black ink, each character a
     * little turned, lifted and spaced differently. Returns the x where the writing ends.
     */
    static int handwrite(Graphics2D g, Font font, String text, int x, int base, double pxPerMm, Random random) {
        g.setFont(font);
        g.setColor(PEN);
        FontMetrics m = g.getFontMetrics();
        double cx = x;
        double drift = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += Character.charCount(cp);
            drift += (random.nextDouble() - 0.5) * 0.25 * pxPerMm;
            drift = Math.max(-0.8 * pxPerMm, Math.min(0.8 * pxPerMm, drift));
            double scale = 0.93 + random.nextDouble() * 0.14;
            AffineTransform saved = g.getTransform();
            g.translate(cx, base + drift);
            g.rotate(Math.toRadians((random.nextDouble() - 0.5) * 7));
            g.scale(scale, scale);
            g.drawString(ch, 0, 0);
            g.setTransform(saved);
            cx += m.stringWidth(ch) * scale * (0.96 + random.nextDouble() * 0.12);
        }
        return (int) cx;
    }

    private static void cardBackground(Graphics2D g, int w, int h, double pxPerMm, Random random) {
        // The fine guilloche of a card: light wavy lines the text sits on.
        g.setStroke(new BasicStroke((float) Math.max(1, 0.12 * pxPerMm)));
        g.setColor(new Color(214, 222, 232));
        double phase = random.nextDouble() * Math.PI;
        for (int k = 0; k < 14; k++) {
            int prevX = 0;
            int prevY = 0;
            for (int x = 0; x <= w; x += Math.max(2, w / 200)) {
                int y = (int) (h * (k + 0.5) / 14 + Math.sin(x / (6 * pxPerMm) + phase + k) * 2.2 * pxPerMm);
                if (x > 0) {
                    g.drawLine(prevX, prevY, x, y);
                }
                prevX = x;
                prevY = y;
            }
        }
    }

    private static void photo(Graphics2D g, int w, int h, double pxPerMm) {
        int px = (int) (w * 0.66);
        int py = (int) (6 * pxPerMm);
        int pw = (int) (26 * pxPerMm);
        int ph = (int) (32 * pxPerMm);
        g.setColor(new Color(200, 212, 225));
        g.fillRect(px, py, pw, ph);
        g.setColor(new Color(70, 70, 78));
        g.fill(new Ellipse2D.Double(px + pw * 0.3, py + ph * 0.15, pw * 0.4, ph * 0.42));
        g.fill(new Ellipse2D.Double(px + pw * 0.1, py + ph * 0.6, pw * 0.8, ph * 0.7));
        g.setColor(new Color(200, 212, 225));
        g.fillRect(px, py + ph, pw, ph);
    }

    private static void emblem(Graphics2D g, double pxPerMm) {
        int r = (int) (7 * pxPerMm);
        int cx = (int) (5 * pxPerMm) + r;
        int cy = (int) (4 * pxPerMm) + r;
        g.setColor(new Color(200, 40, 40));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setColor(new Color(240, 200, 60));
        g.fill(Seals.star(cx, cy - r * 0.2, r * 0.35));
        g.setStroke(new BasicStroke((float) (0.4 * pxPerMm)));
        g.drawOval(cx - (int) (r * 0.8), cy - (int) (r * 0.8), (int) (r * 1.6), (int) (r * 1.6));
    }
}
