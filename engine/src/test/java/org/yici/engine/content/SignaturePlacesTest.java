package org.yici.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yici.ingest.BoundingBox;
import org.yici.ingest.OcrFrame;
import org.yici.ingest.OcrWord;

/** Signature places found among OCR words, and ink told from paper, rule lines and specks. */
class SignaturePlacesTest {

    /** A line of words at y=400, 40 px high, each character 40 px wide, gaps as given. */
    private static List<OcrWord> line(Object... wordsAndGaps) {
        List<OcrWord> words = new ArrayList<>();
        int x = 100;
        for (Object o : wordsAndGaps) {
            if (o instanceof Integer gap) {
                x += gap;
                continue;
            }
            String w = (String) o;
            words.add(new OcrWord(w, 1, new BoundingBox(x, 400, 40 * w.length(), 40), 0.9));
            x += 40 * w.length();
        }
        return words;
    }

    @Test
    void theAreaStartsAfterTheLabelAndItsColonAndNamesWhoSigns() {
        List<SignaturePlaces.Place> places = SignaturePlaces.of(line("经营者", "签字", ":"));
        assertThat(places).singleElement().satisfies(p -> {
            assertThat(p.party()).isEqualTo("经营者");
            Rectangle right = p.areas().get(0);
            assertThat(right.x).isGreaterThanOrEqualTo(100 + 6 * 40);
            assertThat(right.y).isLessThan(400);
            assertThat(right.y + right.height).isGreaterThan(440);
        });
    }

    @Test
    void aNamePrintedInTheSameWordAsTheLabelIsInsideTheArea() {
        SignaturePlaces.Place p = SignaturePlaces.of(line("承诺人(签字):张三")).get(0);
        assertThat(p.party()).isEqualTo("承诺人");
        // 承诺人(签字): is 8 characters of the 10-character word: the name starts at x=420.
        assertThat(p.areas().get(0).x).isBetween(420, 440);
    }

    @Test
    void twoPartiesOnOneLineEachGetTheirOwnArea() {
        List<SignaturePlaces.Place> places = SignaturePlaces.of(line("甲方签字:", 400, "乙方签字:"));
        assertThat(places).extracting(SignaturePlaces.Place::party).containsExactly("甲方", "乙方");
        Rectangle first = places.get(0).areas().get(0);
        assertThat(first.x + first.width).isLessThanOrEqualTo(100 + 5 * 40 + 400);
    }

    @Test
    void anotherLabelOnTheLineEndsThePlaceAndItsReachButTheLabelsOwnColonDoesNot() {
        SignaturePlaces.Place dated =
                SignaturePlaces.of(line("申请人签字:", 400, "日期:")).get(0);
        // 日期 starts at 100 + 6 * 40 + 400 = 740.
        assertThat(dated.beside().x + dated.beside().width).isLessThanOrEqualTo(740);
        assertThat(dated.reach()).isLessThanOrEqualTo(740);
        SignaturePlaces.Place open = SignaturePlaces.of(line("经营者签字", 40, ":")).get(0);
        assertThat(open.beside()).isNotNull();
        assertThat(open.reach()).isGreaterThan(open.beside().x + open.beside().width);
    }

    @Test
    void aPageWithoutASignatureLabelHasNoPlace() {
        assertThat(SignaturePlaces.of(line("联系电话:", "13800138000"))).isEmpty();
    }

    /** Two lines: a wide one setting the text's right edge, and the given words below it at y=400. */
    private static List<OcrWord> page(Object... wordsAndGaps) {
        List<OcrWord> words = new ArrayList<>(line(wordsAndGaps));
        words.add(new OcrWord("第一条本合同一式两份甲乙双方各执一份", 1, new BoundingBox(100, 300, 40 * 40, 40), 0.9));
        return words;
    }

    @Test
    void theWordSignInRunningTextIsNoPlaceToSign() {
        assertThat(SignaturePlaces.of(page("第八条本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。"))).isEmpty();
        // OCR dropped the comma and split the box there: the word still runs on into its sentence.
        assertThat(SignaturePlaces.of(page("甲乙双方各执一份", 60, "自双方签字之日起生效"))).isEmpty();
        assertThat(SignaturePlaces.of(page("本合同经双方签字盖章后生效。"))).isEmpty();
        // A sentence wrapped right after the word ends its line at the text's right edge.
        assertThat(SignaturePlaces.of(page(1020, "甲乙双方各执一份", 60, "自双方签字"))).isEmpty();
        assertThat(SignaturePlaces.of(page("经营者应当在本页签字，不得代签。"))).isEmpty();
    }

    @Test
    void aLabelIsFollowedByAColonOrALineOrEndsItsEntry() {
        assertThat(SignaturePlaces.of(page("承租人签字:")))
                .extracting(SignaturePlaces.Place::party)
                .containsExactly("承租人");
        assertThat(SignaturePlaces.of(page("签名：")))
                .extracting(SignaturePlaces.Place::party)
                .containsExactly("");
        assertThat(SignaturePlaces.of(page("甲方(签字)")))
                .extracting(SignaturePlaces.Place::party)
                .containsExactly("甲方");
        assertThat(SignaturePlaces.of(page("法定代表人签字(盖章):")))
                .extracting(SignaturePlaces.Place::party)
                .containsExactly("法定代表人");
        assertThat(SignaturePlaces.of(page("委托人签字______")))
                .extracting(SignaturePlaces.Place::party)
                .containsExactly("委托人");
        // OCR read the label as its own box and the printed name as another, no colon between.
        assertThat(SignaturePlaces.of(page("甲方签字", 10, "王五", 400, "乙方签字", 10, "张三")))
                .extracting(SignaturePlaces.Place::party)
                .containsExactly("甲方", "乙方");
    }

    private static BufferedImage paper() {
        BufferedImage page = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        return page;
    }

    private static final OcrFrame SAME = new OcrFrame(800, 600, 0);
    private static final Rectangle AREA = new Rectangle(200, 200, 400, 100);

    @Test
    void blankPaperAndARuleLineToSignOnAreNoSignature() {
        BufferedImage page = paper();
        assertThat(SignatureInk.inked(AREA, SAME, page)).isFalse();
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(200, 280, 400, 2);
        g.fillRect(210, 220, 2, 2); // a speck
        g.dispose();
        assertThat(SignatureInk.inked(AREA, SAME, page)).isFalse();
    }

    @Test
    void aBallpointScrawlOrASealIsASignature() {
        BufferedImage signed = paper();
        Graphics2D g = signed.createGraphics();
        g.setColor(new Color(20, 40, 160));
        g.setStroke(new BasicStroke(3f));
        g.drawArc(250, 220, 120, 50, 0, 300);
        g.drawLine(300, 270, 420, 230);
        g.dispose();
        assertThat(SignatureInk.inked(AREA, SAME, signed)).isTrue();
        BufferedImage sealed = paper();
        g = sealed.createGraphics();
        g.setColor(new Color(220, 30, 40));
        g.setStroke(new BasicStroke(4f));
        g.drawOval(350, 150, 150, 150);
        g.dispose();
        assertThat(SignatureInk.inked(AREA, SAME, sealed)).isTrue();
    }

    @Test
    void anAreaOnADeskewedUpscaledImageIsFoundOnTheUploadedPicture() {
        // Recognised at twice the size, turned by 2 degrees: the area maps back near where it was.
        OcrFrame frame = new OcrFrame(1600, 1200, 2.0);
        Rectangle onImage = SignatureInk.onImage(new Rectangle(400, 400, 800, 200), frame, paper());
        assertThat(onImage.getCenterX()).isCloseTo(400, org.assertj.core.data.Offset.offset(20.0));
        assertThat(onImage.getCenterY()).isCloseTo(250, org.assertj.core.data.Offset.offset(20.0));
    }
}
