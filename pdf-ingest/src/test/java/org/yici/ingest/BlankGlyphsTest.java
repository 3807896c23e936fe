package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlankGlyphsTest {
    private static final int WIDTH = 600;
    private static final int HEIGHT = 60;
    private static final Quad LINE = new Quad(new double[] {0, WIDTH, WIDTH, 0}, new double[] {0, 0, HEIGHT, HEIGHT});

    /** A line of "characters" (solid blocks) with a wide blank gap from x = 120 to 240. */
    private static BufferedImage labelGapValue(boolean colonInGap) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(236, 240, 246));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(25, 25, 25));
            for (int x : new int[] {5, 65, 245, 305, 365}) {
                g.fillRect(x, 10, 50, 40);
            }
            if (colonInGap) {
                g.fillRect(130, 20, 6, 6);
                g.fillRect(130, 38, 6, 6);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static PaddleRecognizer.Glyph at(String text, int fromX, int toX) {
        return at(text, fromX, toX, 0.95);
    }

    private static PaddleRecognizer.Glyph at(String text, int fromX, int toX, double probability) {
        return new PaddleRecognizer.Glyph(text, probability, (double) fromX / WIDTH, (double) toX / WIDTH);
    }

    private static String read(BufferedImage image, PaddleRecognizer.Glyph... glyphs) {
        PaddleRecognizer.Line line = new PaddleRecognizer.Line(new ArrayList<>(List.of(glyphs)));
        return BlankGlyphs.drop(PaddleImages.bgr(image), LINE, line).text();
    }

    @Test
    void aColonReadInTheBlankGapBetweenLabelAndValueIsDropped() {
        String read = read(
                labelGapValue(false),
                at("姓", 10, 30),
                at("名", 70, 90),
                at("：", 170, 180),
                at("张", 250, 270),
                at("三", 310, 330));

        assertThat(read).isEqualTo("姓名张三");
    }

    @Test
    void aColonPrintedInTheGapStays() {
        String read = read(
                labelGapValue(true),
                at("姓", 10, 30),
                at("名", 70, 90),
                at("：", 125, 135),
                at("张", 250, 270),
                at("三", 310, 330));

        assertThat(read).isEqualTo("姓名：张三");
    }

    @Test
    void sentencePunctuationIsNeverJudged() {
        String read =
                read(labelGapValue(false), at("姓", 10, 30), at("名", 70, 90), at("。", 170, 180), at("，", 190, 200));

        assertThat(read).isEqualTo("姓名。，");
    }

    @Test
    void charactersAndMarksBetweenDigitsAreNeverJudged() {
        String read = read(
                labelGapValue(false),
                at("2", 10, 30),
                at(".", 170, 180),
                at("0", 250, 270),
                at("一", 190, 200),
                at("马", 200, 210),
                at("3", 310, 330));

        assertThat(read).isEqualTo("2.0一马3");
    }

    /** A value's box that starts with a sliver of its label's last character, then the gap, then the value. */
    private static BufferedImage sliverGapValue(int sliverWidth, int valueFrom) {
        return sliverGapValue(sliverWidth, 12, valueFrom);
    }

    /** The same, the edge's ink from {@code sliverTop} down (0: a table's ruling, the whole height). */
    private static BufferedImage sliverGapValue(int sliverWidth, int sliverTop, int valueFrom) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(236, 240, 246));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(25, 25, 25));
            g.fillRect(0, sliverTop, sliverWidth, sliverTop == 0 ? HEIGHT : 36);
            // Characters as a few strokes: the line stays mostly paper.
            for (int x = valueFrom; x + 50 < WIDTH; x += 60) {
                g.fillRect(x, 12, 40, 6);
                g.fillRect(x + 17, 12, 6, 36);
                g.fillRect(x, 42, 40, 6);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    @Test
    void aCharacterReadFromANeighboursSliverAtTheBoxEdgeIsDropped() {
        // Tuning pages: 签发机关|关北京市… and 公民身份号码|马1101…, the sliver read as a whole character.
        String read = read(
                sliverGapValue(15, 100), at("关", 0, 10, 0.5), at("北", 105, 125), at("京", 165, 185), at("市", 225, 245));

        assertThat(read).isEqualTo("北京市");
    }

    @Test
    void aCharacterReadSurelyAtTheBoxEdgeStays() {
        String read = read(sliverGapValue(15, 100), at("关", 0, 10, 0.95), at("北", 105, 125), at("京", 165, 185));

        assertThat(read).isEqualTo("关北京");
    }

    @Test
    void aTableRulingAtTheBoxEdgeIsNotASliver() {
        // A form's value framed with its cell's ruling: the column is inked over the whole height.
        String read = read(sliverGapValue(4, 0, 100), at("朝", 0, 10, 0.5), at("阳", 105, 125), at("区", 165, 185));

        assertThat(read).isEqualTo("朝阳区");
    }

    @Test
    void aNarrowCharacterAtTheBoxEdgeStaysWhenNoWideGapFollows() {
        String read = read(sliverGapValue(15, 40), at("1", 0, 10), at("号", 45, 65), at("楼", 105, 125));

        assertThat(read).isEqualTo("1号楼");
    }

    @Test
    void aWholeCharacterAtTheBoxEdgeStaysThoughAGapFollows() {
        String read = read(sliverGapValue(45, 160), at("姓", 10, 30), at("张", 165, 185));

        assertThat(read).isEqualTo("姓张");
    }
}
