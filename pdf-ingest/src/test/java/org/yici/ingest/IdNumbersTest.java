package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yici.ingest.corpus.CjkFonts;

/**
 * ID numbers read with only digits and X allowed: which glyphs are taken for a number, and real
 * rendered number lines with a pen stroke across them, read by the real recogniser both ways.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdNumbersTest {
    private PaddleModels models;

    @BeforeAll
    void load() {
        models = PaddleModels.load(IngestConfig.defaults().ocrModels(), 1);
    }

    @AfterAll
    void close() {
        models.close();
    }

    @Test
    void aNumberAfterItsLabelIsTakenWithTheLettersAndCharactersMisreadInside() {
        List<String> line = glyphs("公民身份号码5791721958121823T5");
        assertThat(IdNumbers.span(line)).isEqualTo(new IdNumbers.Span(6, 24));
        assertThat(IdNumbers.span(glyphs("号码11010519491231002X"))).isEqualTo(new IdNumbers.Span(2, 20));
        assertThat(IdNumbers.span(glyphs("7333371992口2184018"))).isEqualTo(new IdNumbers.Span(0, 18));
        // Specks read as a letter and a dot (tuning page, speckle 3); the dot after it is no part.
        assertThat(IdNumbers.span(glyphs("号码：32Q1021950050.53327."))).isEqualTo(new IdNumbers.Span(3, 22));
    }

    @Test
    void datesPeriodsPhoneNumbersAndCreditCodesAreNoNumber() {
        assertThat(IdNumbers.span(glyphs("有效期限2010.06.12-2030.06.12"))).isNull();
        assertThat(IdNumbers.span(glyphs("联系电话13800000000"))).isNull();
        assertThat(IdNumbers.span(glyphs("统一社会信用代码91110108MA01ABCD1E"))).isNull();
        assertThat(IdNumbers.span(glyphs("出生1957年10月5日"))).isNull();
    }

    @Test
    void theReReadIsKeptOnlyInTheShapeOfANumberWhateverItsCheckCharacter() {
        assertThat(IdNumbers.isIdNumber("11010519491231002X")).isTrue();
        // A wrong check character is read as printed: INVALID_ID_NUMBER must still see it.
        assertThat(IdNumbers.isIdNumber("110105194912310021")).isTrue();
        assertThat(IdNumbers.isIdNumber("911101087654321234")).isFalse(); // no birth date inside
        assertThat(IdNumbers.isIdNumber("1101051949123100")).isFalse();
    }

    /**
     * Found by rendering 160 number lines (five faces, random pen strokes across them): greedy
     * decoding misread 14, the digit-only one 11, and it read none worse. Two of them:
     */
    @Test
    void aPenStrokeAcrossTheNumberNoLongerTurnsADigitIntoALetter() throws Exception {
        BufferedImage microHei = line("WenQuanYi Micro Hei", 37, "579172195812182315", 3.72f, 469, 23, 21, 25, 593, 13);
        assertThat(read(microHei, false)).isEqualTo("公民身份号码5791721958121823T5");
        assertThat(read(microHei, true)).isEqualTo("公民身份号码579172195812182315");

        BufferedImage uMing = line("AR PL UMing CN", 39, "733337199202184018", 2.49f, 367, 21, 36, 13, 514, 42);
        assertThat(read(uMing, false)).contains("7333371992Q2184018");
        assertThat(read(uMing, true)).contains("733337199202184018");
    }

    @Test
    void aCleanNumberAndTheLabelBeforeItReadTheSameBothWays() throws Exception {
        BufferedImage clean = line("Noto Sans CJK SC", 34, "11010519491231002X", 0, 0, 0, 0, 0, 0, 0);
        assertThat(read(clean, true)).isEqualTo(read(clean, false)).isEqualTo("公民身份号码11010519491231002X");
    }

    private String read(BufferedImage image, boolean numbersConstrained) throws Exception {
        PaddleRecognizer recognizer = new PaddleRecognizer(models, numbersConstrained);
        Quad whole = new Quad(
                new double[] {0, image.getWidth(), image.getWidth(), 0},
                new double[] {0, 0, image.getHeight(), image.getHeight()});
        return recognizer
                .read(PaddleImages.bgr(image), List.of(whole), Deadline.after(Duration.ofMinutes(1)))
                .get(0)
                .text()
                .replaceAll("\\s", "");
    }

    /** The label and a number on a 900 x 56 strip, and a dark blue pen stroke (a cubic curve) over it. */
    private static BufferedImage line(
            String family, int size, String number, float stroke, int x0, int y0, int y1, int y2, int x3, int y3) {
        Font face = CjkFonts.corpusFaces().stream()
                .filter(f -> f.getFamily(java.util.Locale.ROOT).equals(family))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        family + " is not installed: scripts/install-natives.sh with YICI_FOR_TESTS=1"));
        BufferedImage image = new BufferedImage(900, 56, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setFont(face.deriveFont((float) size));
            g.drawString("公民身份号码  " + number, 10, 42);
            if (stroke > 0) {
                g.setColor(new Color(15, 20, 60));
                g.setStroke(new BasicStroke(stroke));
                g.draw(new CubicCurve2D.Double(x0, y0, x0 + 40, y1, x0 + 80, y2, x3, y3));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static List<String> glyphs(String s) {
        return Arrays.stream(s.split("")).toList();
    }
}
