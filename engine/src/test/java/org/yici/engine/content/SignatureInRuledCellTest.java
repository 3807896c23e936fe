package org.yici.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yici.engine.ingest.DocumentEvidence;

/**
 * A ruled form asks for the signature in the cell right of its label (经营者签字：｜ ｜), often
 * farther than the area beside the label reaches; the ruling between the two cells is no ink. The
 * page is read by the real OCR, as a check reads it.
 */
class SignatureInRuledCellTest {
    private static final int LEFT = 150, RIGHT = 1500, TOP = 400, ROW = 110;
    private static final String[] LABELS = {"经营者姓名：", "联系电话：", "经营者签字："};
    private static final String[] VALUES = {"王五", "13800138000", ""};

    /**
     * A form of three rows at 200 dpi whose label column ends at {@code wall}: 830 px puts the
     * ruling beyond the area beside 经营者签字：, 600 px inside it.
     */
    private static BufferedImage form(int wall, boolean signed) {
        BufferedImage page = new BufferedImage(1654, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(20, 20, 20));
        g.setStroke(new BasicStroke(2f));
        int bottom = TOP + ROW * LABELS.length;
        for (int i = 0; i <= LABELS.length; i++) {
            g.drawLine(LEFT, TOP + i * ROW, RIGHT, TOP + i * ROW);
        }
        for (int x : new int[] {LEFT, wall, RIGHT}) {
            g.drawLine(x, TOP, x, bottom);
        }
        Font font = CorpusReading.font().deriveFont(Font.PLAIN, 11f * 200 / 72f);
        g.setFont(font);
        for (int i = 0; i < LABELS.length; i++) {
            int baseline = TOP + i * ROW + 55;
            g.drawString(LABELS[i], LEFT + 15, baseline);
            g.drawString(VALUES[i], wall + 15, baseline);
        }
        if (signed) {
            // Past the 12 line heights the area beside the label reaches, in either layout.
            ScanPages.scrawl(g, wall + 250, TOP + 2 * ROW + 55);
        }
        g.dispose();
        return page;
    }

    private static List<PageMarks.Signed> signatures(BufferedImage page) {
        DocumentEvidence read = CorpusReading.ingested("form", "form.png", ScanPages.png(page));
        assertThat(read.marks()).as("the page was recognised by OCR").containsKey(1);
        return read.marks().get(1).signatures();
    }

    @ParameterizedTest(name = "label column ending at x={0}")
    @ValueSource(ints = {830, 600})
    void anEmptySignatureCellIsUnsignedThoughARulingCrossesTheArea(int wall) {
        assertThat(signatures(form(wall, false))).singleElement().satisfies(s -> {
            assertThat(s.party()).isEqualTo("经营者");
            assertThat(s.inked()).isFalse();
        });
    }

    @ParameterizedTest(name = "label column ending at x={0}")
    @ValueSource(ints = {830, 600})
    void aSignatureInTheCellRightOfTheLabelIsFound(int wall) {
        assertThat(signatures(form(wall, true))).singleElement().satisfies(s -> {
            assertThat(s.party()).isEqualTo("经营者");
            assertThat(s.inked()).isTrue();
        });
    }
}
