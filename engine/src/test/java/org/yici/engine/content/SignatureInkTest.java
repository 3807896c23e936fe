package org.yici.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yici.ingest.OcrFrame;

/** Ink at a signature place, on paper of every shade a copy comes out in. */
class SignatureInkTest {
    private static final Rectangle AREA = new Rectangle(20, 20, 360, 90);

    private static BufferedImage paper(int grey) {
        BufferedImage page = new BufferedImage(400, 130, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(grey, grey, grey));
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.dispose();
        return page;
    }

    private static BufferedImage signed(BufferedImage page, Color pen) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(pen);
        g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Double(40, 80, 90, 20, 150, 110, 220, 50));
        g.draw(new CubicCurve2D.Double(200, 60, 250, 30, 290, 100, 340, 70));
        g.dispose();
        return page;
    }

    private static BufferedImage noisy(BufferedImage page, double sigma) {
        Random random = new Random(7);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int v = (int) Math.max(0, Math.min(255, (page.getRGB(x, y) & 0xff) + random.nextGaussian() * sigma));
                page.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        return page;
    }

    private static boolean inked(BufferedImage page) {
        return SignatureInk.inked(AREA, new OcrFrame(page.getWidth(), page.getHeight(), 0), page);
    }

    @Test
    void aBallpointSignatureOnWhitePaperIsInk() {
        assertThat(inked(signed(paper(255), new Color(27, 32, 70)))).isTrue();
        assertThat(inked(paper(255))).isFalse();
    }

    @Test
    void aSignatureFadedWithTheCopyIsStillInk() {
        // A faded copy: grey paper at 245, the pen at 60 % of its brightness, neither dark nor blue enough alone.
        Color faded = new Color(140, 143, 160);
        assertThat(SignatureInk.isInk(faded.getRGB())).isFalse();
        assertThat(inked(signed(paper(245), faded))).isTrue();
    }

    @Test
    void noiseOnAnEmptyPlaceIsNoSignature() {
        assertThat(inked(noisy(paper(255), 24))).isFalse();
        assertThat(inked(noisy(paper(232), 12))).isFalse();
    }
}
