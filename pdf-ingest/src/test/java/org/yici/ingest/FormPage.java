package org.yici.ingest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Images;

/**
 * A synthetic A4 page at 300 dpi drawn with Java2D: free lines of text and ruled tables, with the
 * text boxes an OCR detector would report (one box per run of text, at the drawn glyphs' place).
 * Tables are given as a grid of row heights and column widths and cells spanning grid squares, so
 * merged cells have no rule inside them, as on a printed form.
 */
final class FormPage {
    static final int WIDTH = 2480;
    static final int HEIGHT = 3508;
    static final int LEFT = 200;
    private static final Font BASE = CjkFonts.renderingFonts(1).get(0);

    private final int width;
    private final int height;
    private final BufferedImage image;
    private final Graphics2D g;
    private final List<TextBox> boxes = new ArrayList<>();
    private Font font = BASE.deriveFont(42f);
    private int ruleGrey = 0;
    private float ruleWidth = 3f;
    private int y = 250;

    FormPage() {
        this(WIDTH, HEIGHT);
    }

    /** A page of another size at 300 dpi (an ID card, a receipt). */
    FormPage(int width, int height) {
        this.width = width;
        this.height = height;
        image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    /** Rules drawn in this grey (0 black, 255 white), as faded toner or a light printed form. */
    FormPage rules(int grey, float width) {
        ruleGrey = grey;
        ruleWidth = width;
        return this;
    }

    FormPage fontSize(float size) {
        font = BASE.deriveFont(size);
        return this;
    }

    int y() {
        return y;
    }

    FormPage at(int top) {
        y = top;
        return this;
    }

    FormPage gap(int pixels) {
        y += pixels;
        return this;
    }

    /** Free text runs on one line, each starting at its x, as separate boxes. */
    FormPage line(Object... xAndText) {
        FontMetrics m = g.getFontMetrics(font);
        for (int i = 0; i < xAndText.length; i += 2) {
            text((String) xAndText[i + 1], (Integer) xAndText[i], y + m.getAscent());
        }
        y += (int) (m.getHeight() * 1.5);
        return this;
    }

    /** A rounded frame, as a card's edge shows on a scan. */
    FormPage frame(int x, int top, int w, int h) {
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(3f));
        g.drawRoundRect(x, top, w, h, 60, 60);
        return this;
    }

    /** A square border, as some forms print around the whole page. */
    FormPage border(int x, int top, int w, int h) {
        g.setColor(new Color(ruleGrey, ruleGrey, ruleGrey));
        g.setStroke(new BasicStroke(ruleWidth));
        g.drawRect(x, top, w, h);
        return this;
    }

    /** A line to write on, from x over width, at the current height (no table). */
    FormPage underline(int x, int width) {
        g.setColor(new Color(ruleGrey, ruleGrey, ruleGrey));
        g.setStroke(new BasicStroke(ruleWidth));
        g.drawLine(x, y, x + width, y);
        return this;
    }

    /** A box drawn where the test says, for boxes that straddle a rule. */
    FormPage textAt(String s, int x, int top) {
        text(s, x, top + g.getFontMetrics(font).getAscent());
        return this;
    }

    /** A ruled table at the current height; see {@link Table}. */
    Table table(int[] columnWidths, int... rowHeights) {
        return new Table(columnWidths, rowHeights);
    }

    final class Table {
        private final int[] xs;
        private final int[] ys;

        private Table(int[] columnWidths, int[] rowHeights) {
            xs = new int[columnWidths.length + 1];
            ys = new int[rowHeights.length + 1];
            xs[0] = LEFT;
            for (int i = 0; i < columnWidths.length; i++) {
                xs[i + 1] = xs[i] + columnWidths[i];
            }
            ys[0] = y;
            for (int i = 0; i < rowHeights.length; i++) {
                ys[i + 1] = ys[i] + rowHeights[i];
            }
        }

        /** A cell over rows [r0, r1) and columns [c0, c1), its lines centred on its middle. */
        Table cell(int r0, int c0, int r1, int c1, String... lines) {
            return cell(r0, c0, r1, c1, 0.5, lines);
        }

        /**
         * @param place where the text block sits in the cell, 0 at the top, 1 at the bottom (a
         *     value typed high or low in its box)
         */
        Table cell(int r0, int c0, int r1, int c1, double place, String... lines) {
            g.setColor(new Color(ruleGrey, ruleGrey, ruleGrey));
            g.setStroke(new BasicStroke(ruleWidth));
            g.drawRect(xs[c0], ys[r0], xs[c1] - xs[c0], ys[r1] - ys[r0]);
            FontMetrics m = g.getFontMetrics(font);
            int pitch = (int) (m.getHeight() * 1.15);
            int block = pitch * (lines.length - 1) + m.getHeight();
            int room = ys[r1] - ys[r0] - block;
            int top = ys[r0] + (int) (room * place);
            for (int i = 0; i < lines.length; i++) {
                FormPage.this.text(lines[i], xs[c0] + 24, top + i * pitch + m.getAscent());
            }
            return this;
        }

        int rowY(int r) {
            return ys[r];
        }

        int colX(int c) {
            return xs[c];
        }

        /** Text of a cell without its rectangle, for tables ruled by {@link #grid}. */
        Table text(int r0, int c0, int r1, int c1, double place, String... lines) {
            FontMetrics m = g.getFontMetrics(font);
            int pitch = (int) (m.getHeight() * 1.15);
            int block = pitch * (lines.length - 1) + m.getHeight();
            int top = ys[r0] + (int) ((ys[r1] - ys[r0] - block) * place);
            for (int i = 0; i < lines.length; i++) {
                FormPage.this.text(lines[i], xs[c0] + 24, top + i * pitch + m.getAscent());
            }
            return this;
        }

        /** Every row rule across the table, column rules inside it, the outer sides only if asked. */
        Table grid(boolean outerSides) {
            g.setColor(new Color(ruleGrey, ruleGrey, ruleGrey));
            g.setStroke(new BasicStroke(ruleWidth));
            for (int yy : ys) {
                g.drawLine(xs[0], yy, xs[xs.length - 1], yy);
            }
            for (int i = outerSides ? 0 : 1; i < (outerSides ? xs.length : xs.length - 1); i++) {
                g.drawLine(xs[i], ys[0], xs[i], ys[ys.length - 1]);
            }
            return this;
        }

        /** Ends the table: following content goes below it. */
        FormPage end() {
            y = ys[ys.length - 1] + 60;
            return FormPage.this;
        }
    }

    private void text(String s, int x, int baseline) {
        g.setColor(Color.BLACK);
        g.setFont(font);
        FontMetrics m = g.getFontMetrics(font);
        BoundingBox box =
                new BoundingBox(x, baseline - m.getAscent(), m.stringWidth(s), m.getAscent() + m.getDescent());
        g.drawString(s, x, baseline);
        boxes.add(new TextBox(s, box, 0.99, List.of(new OcrWord(s, 1, box, 0.99))));
    }

    /**
     * Toner running out: everything lighter, grey noise, and {@code dashes} short white gaps at
     * random places, which break rules (and text) as faded toner does.
     */
    FormPage faded(long seed, int dashes) {
        Random random = new Random(seed);
        byte[] px = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int yy = 0; yy < height; yy++) {
            for (int xx = 0; xx < width; xx++) {
                int i = yy * width + xx;
                int v = px[i] & 0xff;
                // Lighten everything towards the paper and add noise: toner running out.
                v = 255 - (int) ((255 - v) * 0.75) + (int) (random.nextGaussian() * 8);
                px[i] = (byte) Math.max(0, Math.min(255, v));
            }
        }
        Graphics2D w = image.createGraphics();
        w.setColor(Color.WHITE);
        for (int i = 0; i < dashes; i++) {
            int bx = random.nextInt(width);
            int by = random.nextInt(height);
            w.fillRect(bx, by, 4 + random.nextInt(10), 4 + random.nextInt(10));
        }
        w.dispose();
        return this;
    }

    /**
     * As a phone photographs it: light falling off towards one corner (to 55 %), a slight blur and
     * sensor noise.
     */
    FormPage photographed(long seed) {
        Random random = new Random(seed);
        byte[] px = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] blurred = px.clone();
        for (int yy = 1; yy < height - 1; yy++) {
            for (int xx = 1; xx < width - 1; xx++) {
                int sum = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        sum += px[(yy + dy) * width + xx + dx] & 0xff;
                    }
                }
                blurred[yy * width + xx] = (byte) (sum / 9);
            }
        }
        for (int yy = 0; yy < height; yy++) {
            for (int xx = 0; xx < width; xx++) {
                double light = 1.0 - 0.45 * ((double) xx / width + (double) yy / height) / 2;
                int v = (int) ((blurred[yy * width + xx] & 0xff) * light + random.nextGaussian() * 10);
                px[yy * width + xx] = (byte) Math.max(0, Math.min(255, v));
            }
        }
        return this;
    }

    /** Grey sensor noise of this standard deviation over the whole page. */
    FormPage noise(long seed, double sigma) {
        Random random = new Random(seed);
        byte[] px = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int v = (px[i] & 0xff) + (int) (random.nextGaussian() * sigma);
            px[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return this;
    }

    BufferedImage image() {
        return image;
    }

    List<TextBox> boxes() {
        return List.copyOf(boxes);
    }

    /** The page through a JPEG of this quality and back, as a scanner's compression leaves it. */
    BufferedImage jpeg(float quality) {
        BufferedImage decoded = Images.decode(Images.jpeg(image, quality, 300));
        BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D d = gray.createGraphics();
        d.drawImage(decoded, 0, 0, null);
        d.dispose();
        return gray;
    }

    /** The page turned by {@code degrees} (clockwise) about its middle, and its boxes' new bounds. */
    Turned turned(double degrees) {
        AffineTransform t = AffineTransform.getRotateInstance(Math.toRadians(degrees), width / 2.0, height / 2.0);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D d = out.createGraphics();
        d.setColor(Color.WHITE);
        d.fillRect(0, 0, width, height);
        d.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        d.drawImage(image, t, null);
        d.dispose();
        List<TextBox> moved = new ArrayList<>();
        for (TextBox b : boxes) {
            BoundingBox r = b.box();
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int corner = 0; corner < 4; corner++) {
                Point2D p = t.transform(
                        new Point2D.Double(r.x() + (corner % 2) * r.width(), r.y() + (corner / 2) * r.height()), null);
                minX = Math.min(minX, p.getX());
                minY = Math.min(minY, p.getY());
                maxX = Math.max(maxX, p.getX());
                maxY = Math.max(maxY, p.getY());
            }
            BoundingBox nb =
                    new BoundingBox((int) Math.floor(minX), (int) Math.floor(minY), (int) Math.ceil(maxX - minX), (int)
                            Math.ceil(maxY - minY));
            moved.add(new TextBox(b.text(), nb, b.confidence(), List.of(new OcrWord(b.text(), 1, nb, 0.99))));
        }
        return new Turned(out, moved);
    }

    record Turned(BufferedImage image, List<TextBox> boxes) {}

    /**
     * The page photographed from below its middle: the top edge shrinks towards the centre by
     * {@code squeeze} of the width (a keystone), rows stay rows. Boxes move with their corners.
     */
    Turned keystone(double squeeze) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] src = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        double cx = width / 2.0;
        for (int yy = 0; yy < height; yy++) {
            double k = 1 - squeeze * (height - yy) / height;
            for (int xx = 0; xx < width; xx++) {
                int sx = (int) Math.round(cx + (xx - cx) / k);
                dst[yy * width + xx] = sx >= 0 && sx < width ? src[yy * width + sx] : (byte) 0xff;
            }
        }
        List<TextBox> moved = new ArrayList<>();
        for (TextBox b : boxes) {
            BoundingBox r = b.box();
            double kTop = 1 - squeeze * (height - r.y()) / height;
            double kBottom = 1 - squeeze * (height - r.y() - r.height()) / height;
            double x0 = Math.min(cx + (r.x() - cx) * kTop, cx + (r.x() - cx) * kBottom);
            double x1 = Math.max(cx + (r.x() + r.width() - cx) * kTop, cx + (r.x() + r.width() - cx) * kBottom);
            BoundingBox nb = new BoundingBox((int) x0, r.y(), (int) Math.ceil(x1 - x0), r.height());
            moved.add(new TextBox(b.text(), nb, b.confidence(), List.of(new OcrWord(b.text(), 1, nb, 0.99))));
        }
        return new Turned(out, moved);
    }

    /** Lines as PP-OCR's page text joins them: boxes by a space, lines by a newline, normalised. */
    static List<String> text(List<List<TextBox>> lines) {
        List<String> out = new ArrayList<>();
        for (List<TextBox> line : lines) {
            StringBuilder sb = new StringBuilder();
            for (TextBox b : line) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(b.text());
            }
            out.add(TextNormalizer.normalize(sb.toString()));
        }
        return out;
    }
}
