package org.yici.engine.content;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.yici.ingest.corpus.Images;

/** Pages the corpus does not have (wrong digits, lapsed terms, blank labels), printed the same way. */
public final class ScanPages {
    private ScanPages() {}

    /** A4 at 200 dpi, a centred title and one line per entry. */
    public static BufferedImage a4(Font font, String title, List<String> lines) {
        int dpi = 200;
        BufferedImage page = new BufferedImage(1654, 2339, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(25, 25, 25));
        g.setFont(font.deriveFont(Font.PLAIN, 20f * dpi / 72f));
        g.drawString(title, (page.getWidth() - g.getFontMetrics().stringWidth(title)) / 2, 260);
        g.setFont(font.deriveFont(Font.PLAIN, 13f * dpi / 72f));
        int y = 420;
        for (String line : lines) {
            g.drawString(line, 170, y);
            y += 90;
        }
        g.dispose();
        return page;
    }

    /**
     * Signs a page printed by {@link #a4}: a ballpoint scrawl right after the printed text of line
     * {@code index} (0-based, the title not counted), where someone signs after "…签字：".
     */
    public static BufferedImage signed(BufferedImage page, Font font, int index, String printed) {
        BufferedImage out = copy(page);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(font.deriveFont(Font.PLAIN, 13f * 200 / 72f));
        int x = 170 + g.getFontMetrics().stringWidth(printed) + 30;
        int y = 420 + 90 * index;
        scrawl(g, x, y);
        g.draw(new Line2D.Double(x + 15, y - 28, x + 55, y - 34));
        g.dispose();
        return out;
    }

    /** A ballpoint scrawl about 210 px wide starting at ({@code x}, {@code y}) on a line's baseline. */
    static void scrawl(Graphics2D g, int x, int y) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 40, 160));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double scrawl = new Path2D.Double();
        scrawl.moveTo(x, y - 8);
        scrawl.curveTo(x + 25, y - 45, x + 45, y + 5, x + 70, y - 22);
        scrawl.curveTo(x + 90, y - 48, x + 110, y + 2, x + 135, y - 15);
        scrawl.curveTo(x + 155, y - 32, x + 175, y - 2, x + 210, y - 18);
        g.draw(scrawl);
    }

    private static BufferedImage copy(BufferedImage page) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return out;
    }

    static byte[] png(BufferedImage page) {
        return Images.png(page, 200);
    }

    /** Seeded grey noise of the given strength (sigma in levels). */
    static BufferedImage noisy(BufferedImage page, double sigma, long seed) {
        Random random = new Random(seed);
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int n = (int) (random.nextGaussian() * sigma);
                int r = clamp(((rgb >> 16) & 0xff) + n),
                        gr = clamp(((rgb >> 8) & 0xff) + n),
                        b = clamp((rgb & 0xff) + n);
                out.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return out;
    }

    /** Shrunk to a thumbnail and blown up again: the blur of a far-away phone photo. */
    static BufferedImage smeared(BufferedImage page, int factor) {
        int w = Math.max(1, page.getWidth() / factor), h = Math.max(1, page.getHeight() / factor);
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, 0, 0, w, h, null);
        g.dispose();
        BufferedImage big = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(small, 0, 0, page.getWidth(), page.getHeight(), null);
        g.dispose();
        return big;
    }

    static BufferedImage blank() {
        BufferedImage page = new BufferedImage(1654, 2339, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.dispose();
        return page;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
