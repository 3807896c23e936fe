package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading order on synthetic forms drawn with Java2D; the boxes are where the glyphs were drawn,
 * one box per run of text as PP-OCR's detector reports them.
 */
class ReadingOrderTest {
    private static final List<String> TWO_COLUMN_FORM =
            List.of("个体工商户开业登记申请书", "姓名张三性别男", "身份证号 110101199003071234", "联系电话 13800000000 邮编 100080");

    private static FormPage twoColumnForm() {
        return twoColumnForm(new FormPage());
    }

    /**
     * Values typed high or low in their cells, as filled-in forms have them; drawn on {@code page},
     * whose rules are already chosen.
     */
    private static FormPage twoColumnForm(FormPage page) {
        page.line(800, "个体工商户开业登记申请书").gap(40);
        return page.table(new int[] {300, 700, 300, 700}, 140, 140, 140)
                .cell(0, 0, 1, 1, "姓名")
                .cell(0, 1, 1, 2, 0.1, "张三")
                .cell(0, 2, 1, 3, "性别")
                .cell(0, 3, 1, 4, 0.1, "男")
                .cell(1, 0, 2, 1, "身份证号")
                .cell(1, 1, 2, 4, 0.9, "110101199003071234")
                .cell(2, 0, 3, 1, "联系电话")
                .cell(2, 1, 3, 2, 0.1, "13800000000")
                .cell(2, 2, 3, 3, "邮编")
                .cell(2, 3, 3, 4, 0.9, "100080")
                .end();
    }

    @Test
    void readsEachLabelBesideItsValueInATwoColumnForm() {
        FormPage page = twoColumnForm();

        assertThat(read(page.boxes(), page.image())).containsExactlyElementsOf(TWO_COLUMN_FORM);
    }

    @Test
    void keepsTheLinesOfAMultiLineCellTogetherBeforeTheNextCell() {
        FormPage page = new FormPage();
        page.table(new int[] {260, 900, 260, 580}, 170, 170)
                .cell(0, 0, 1, 1, "经营者", "姓名")
                .cell(0, 1, 1, 2, "张三")
                .cell(0, 2, 1, 3, "性别")
                .cell(0, 3, 1, 4, "男")
                .cell(1, 0, 2, 1, "经营场所")
                .cell(1, 1, 2, 4, "北京市海淀区中关村大街", "27号1101室")
                .end();

        assertThat(read(page.boxes(), page.image())).containsExactly("经营者姓名张三性别男", "经营场所北京市海淀区中关村大街 27号1101室");
    }

    @Test
    void readsCellsMergedAcrossRowsAndColumnsWhereTheyStart() {
        FormPage page = new FormPage();
        FormPage.Table table = page.table(new int[] {240, 260, 700, 500}, 130, 130, 130, 200)
                .cell(0, 0, 3, 1, "经营者")
                .cell(0, 1, 1, 2, "姓名")
                .cell(0, 2, 1, 3, "张三")
                .cell(0, 3, 3, 4)
                .cell(1, 1, 2, 2, "性别")
                .cell(1, 2, 2, 3, "男")
                .cell(2, 1, 3, 2, "电话")
                .cell(2, 2, 3, 3, "13800000000")
                .cell(3, 0, 4, 1, "经营范围")
                .cell(3, 1, 4, 4, "餐饮服务；食品销售");
        table.end();

        List<TableCells> tables = tables(page);
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).cells()).hasSize(10);
        assertThat(read(page.boxes(), page.image()))
                .containsExactly("经营者姓名张三", "性别男", "电话 13800000000", "经营范围餐饮服务;食品销售");
    }

    @ParameterizedTest
    @ValueSource(doubles = {2.0, -2.0, 3.0, 6.0, -8.0})
    void readsATurnedFormAsAStraightOne(double degrees) {
        FormPage.Turned turned = twoColumnForm().turned(degrees);

        assertThat(read(turned.boxes(), turned.image())).containsExactlyElementsOf(TWO_COLUMN_FORM);
    }

    /** A phone held below the page: the outer columns lean inwards by 1.4 degrees, each its own way. */
    @Test
    void readsAFormPhotographedAtAKeystoneSlant() {
        FormPage.Turned photo = twoColumnForm().keystone(0.08);

        assertThat(read(photo.boxes(), photo.image())).containsExactlyElementsOf(TWO_COLUMN_FORM);
    }

    @Test
    void readsAFormWithFadedBrokenRulesThroughJpeg() {
        FormPage page = twoColumnForm(new FormPage().rules(150, 2f));
        BufferedImage scan = page.faded(7, 3000).jpeg(0.35f);

        assertThat(read(page.boxes(), scan)).containsExactlyElementsOf(TWO_COLUMN_FORM);
    }

    @Test
    void readsAPhotographedFormWithUnevenLight() {
        FormPage page = twoColumnForm();
        BufferedImage photo = page.photographed(3).jpeg(0.5f);

        assertThat(read(page.boxes(), photo)).containsExactlyElementsOf(TWO_COLUMN_FORM);
    }

    @Test
    void readsAFormPrintedWithLightGreyRules() {
        FormPage page = twoColumnForm(new FormPage().rules(192, 2f));

        assertThat(read(page.boxes(), page.jpeg(0.5f))).containsExactlyElementsOf(TWO_COLUMN_FORM);
    }

    @Test
    void readsASliverOfAPageAsPlainLines() {
        FormPage sliver = new FormPage(9000, 3).at(0);
        BoundingBox box = new BoundingBox(10, 0, 200, 3);
        List<TextBox> boxes = List.of(new TextBox("姓名", box, 0.9, List.of(new OcrWord("姓名", 1, box, 0.9))));

        assertThat(ReadingOrder.lines(boxes, sliver.image())).containsExactly(boxes);
    }

    @Test
    void readsANoisyForm() {
        FormPage page = twoColumnForm().noise(1, 45);

        assertThat(read(page.boxes(), page.image())).containsExactlyElementsOf(TWO_COLUMN_FORM);
    }

    @Test
    void keepsThePlainReadingOrderOnAPageWithoutTables() {
        FormPage page = new FormPage();
        page.line(800, "房屋租赁合同");
        page.line(200, "出租方(甲方)：李四", 1400, "身份证号：110101198001011234");
        page.line(200, "承租方(乙方)：张三", 1400, "联系电话：13800000000");
        page.line(200, "第一条 甲方将位于北京市海淀区中关村大街27号的房屋出租给乙方使用。");
        page.line(200, "第二条 租赁期限自2025年6月1日起至2027年5月31日止。");
        page.fontSize(30f).line(200, "甲方(签字)：", 1400, "乙方(签字)：");
        page.underline(500, 600).gap(40);
        page.fontSize(42f).line(200, "2025年5月20日");

        assertThat(ReadingOrder.lines(page.boxes(), page.image())).isEqualTo(legacy(page.boxes()));
        assertThat(read(page.boxes(), page.image())).startsWith("房屋租赁合同", "出租方(甲方):李四身份证号:110101198001011234");
    }

    @Test
    void groupsTheFarEndOfATurnedLineWithItsStart() {
        FormPage page = new FormPage();
        page.line(200, "出租方(甲方)：李四", 1500, "身份证号：110101198001011234");
        page.line(200, "承租方(乙方)：张三", 1500, "联系电话：13800000000");
        page.line(200, "第一条甲方将房屋出租给乙方使用。");
        FormPage.Turned turned = page.turned(-2.0);

        assertThat(read(turned.boxes(), turned.image()))
                .containsExactly("出租方(甲方):李四身份证号:110101198001011234", "承租方(乙方):张三联系电话:13800000000", "第一条甲方将房屋出租给乙方使用。");
    }

    @Test
    void readsTextAfterATableAfterIt() {
        FormPage page = new FormPage();
        page.line(800, "申请表");
        page.table(new int[] {300, 700}, 140, 140)
                .cell(0, 0, 1, 1, "姓名")
                .cell(0, 1, 1, 2, 0.9, "张三")
                .cell(1, 0, 2, 1, "联系电话")
                .cell(1, 1, 2, 2, 0.1, "13800000000")
                .end();
        page.line(200, "本人承诺以上信息真实有效。");
        page.line(200, "申请人(签字)：", 1400, "日期：2025年6月1日");

        assertThat(read(page.boxes(), page.image()))
                .containsExactly("申请表", "姓名张三", "联系电话 13800000000", "本人承诺以上信息真实有效。", "申请人(签字):日期:2025年6月1日");
    }

    @Test
    void readsTwoTablesAndTheTextBetweenThemInPageOrder() {
        FormPage page = new FormPage();
        page.line(200, "一、申请人信息");
        page.table(new int[] {300, 700}, 140)
                .cell(0, 0, 1, 1, "姓名")
                .cell(0, 1, 1, 2, 0.9, "张三")
                .end();
        page.line(200, "二、经营信息");
        page.table(new int[] {300, 700}, 140)
                .cell(0, 0, 1, 1, "经营范围")
                .cell(0, 1, 1, 2, 0.1, "餐饮服务")
                .end();
        page.line(200, "申请人(签字)：");

        assertThat(read(page.boxes(), page.image()))
                .containsExactly("一、申请人信息", "姓名张三", "二、经营信息", "经营范围餐饮服务", "申请人(签字):");
    }

    @Test
    void givesABoxOnACellBorderToTheCellHoldingMostOfIt() {
        FormPage page = new FormPage();
        FormPage.Table table = page.table(new int[] {300, 700}, 140, 140)
                .cell(0, 0, 1, 1, "姓名")
                .cell(0, 1, 1, 2, "张三")
                .cell(1, 0, 2, 1, "住所")
                .cell(1, 1, 2, 2);
        // Two thirds of the value below the rule between the rows: it is the second row's.
        page.textAt("北京市海淀区", table.colX(1) + 24, table.rowY(1) - 16);
        table.end();

        assertThat(read(page.boxes(), page.image())).containsExactly("姓名张三", "住所北京市海淀区");
    }

    @Test
    void readsAListWithoutRulesBetweenItsEntriesEntryByEntry() {
        FormPage page = new FormPage();
        page.table(new int[] {200, 1100, 300}, 110, 400)
                .cell(0, 0, 1, 1, "序号")
                .cell(0, 1, 1, 2, "材料名称")
                .cell(0, 2, 1, 3, "份数")
                .cell(1, 0, 2, 1, "1", "2", "3", "4")
                .cell(1, 1, 2, 2, "身份证复印件", "营业执照副本", "租赁合同", "申请书")
                .cell(1, 2, 2, 3, "1", "1", "2", "1")
                .end();

        assertThat(read(page.boxes(), page.image()))
                .containsExactly("序号材料名称份数", "1 身份证复印件 1", "2 营业执照副本 1", "3 租赁合同 2", "4 申请书 1");
    }

    @Test
    void readsATableWithoutOuterSideRulesByItsCells() {
        FormPage page = new FormPage();
        page.line(800, "个体工商户开业登记申请书").gap(40);
        page.table(new int[] {300, 700, 300, 700}, 140, 140, 140)
                .grid(false)
                .text(0, 0, 1, 1, 0.5, "姓名")
                .text(0, 1, 1, 2, 0.1, "张三")
                .text(0, 2, 1, 3, 0.5, "性别")
                .text(0, 3, 1, 4, 0.1, "男")
                .text(1, 0, 2, 1, 0.5, "身份证号")
                .text(1, 1, 2, 4, 0.9, "110101199003071234")
                .text(2, 0, 3, 1, 0.5, "联系电话")
                .text(2, 1, 3, 2, 0.1, "13800000000")
                .text(2, 2, 3, 3, 0.5, "邮编")
                .text(2, 3, 3, 4, 0.9, "100080")
                .end();

        // Without the rules between the cells of the second row, its value is one cell wide.
        assertThat(read(page.boxes(), page.image())).containsExactlyElementsOf(TWO_COLUMN_FORM);
    }

    /** At 300 dpi a card is a small image in large print: its strokes are no rules, its edge no table. */
    @Test
    void findsNoTableOnACardScannedAt300Dpi() {
        FormPage card =
                new FormPage(1011, 638).fontSize(40f).frame(10, 10, 990, 615).at(60);
        card.line(60, "姓名", 200, "王三丰");
        card.line(60, "住址", 200, "三里屯西五街五号三单元三层");
        card.line(60, "签发机关", 300, "北京市公安局昌平分局");
        card.line(60, "有效期限", 300, "2020.01.01-2040.01.01");
        card.line(60, "公民身份号码", 400, "110101199003071234");

        assertThat(tables(card)).isEmpty();
        assertThat(ReadingOrder.lines(card.boxes(), card.image())).isEqualTo(legacy(card.boxes()));
    }

    /**
     * Pen strokes across a straight card (tuning pages: signatures over an ID card) can make the
     * ink's profile sharpest at a slant; the text lines the detector framed say the card is
     * straight, and their slope is taken, so each label stays beside its value.
     */
    @Test
    void strokesAcrossAStraightCardDoNotTurnItsLines() {
        FormPage card = new FormPage(1011, 638).fontSize(40f).at(60);
        card.line(60, "姓名", 300, "王三丰");
        card.line(60, "住址", 300, "三里屯西五街五号");
        card.line(60, "签发机关", 300, "北京市公安局昌平分局");
        card.line(60, "公民身份号码", 400, "110101199003071234");
        Graphics2D g = card.image().createGraphics();
        try {
            g.setColor(new Color(15, 20, 60));
            g.setStroke(new BasicStroke(5f));
            // Long strokes falling at ten degrees, as a hasty signature's are.
            for (int k = 0; k < 12; k++) {
                g.drawLine(0, 40 * k - 100, 1011, 40 * k - 100 + 178);
            }
        } finally {
            g.dispose();
        }
        assertThat(ReadingOrder.lines(card.boxes(), card.image()))
                .as("the ink's slope alone")
                .isNotEqualTo(legacy(card.boxes()));

        assertThat(ReadingOrder.lines(card.boxes(), card.image(), OptionalDouble.of(0.0)))
                .isEqualTo(legacy(card.boxes()));
    }

    @Test
    void readsAFormInsideAPageFrame() {
        FormPage page = twoColumnForm();
        page.border(100, 100, FormPage.WIDTH - 200, FormPage.HEIGHT - 200);

        assertThat(read(page.boxes(), page.image())).containsExactlyElementsOf(TWO_COLUMN_FORM);
    }

    @Test
    void findsNoTableInUnderlinesToWriteOn() {
        FormPage page = new FormPage();
        page.line(200, "申请人(签字)：");
        page.underline(600, 800).gap(200);
        page.underline(600, 800).gap(200);

        assertThat(tables(page)).isEmpty();
    }

    private static List<String> read(List<TextBox> boxes, BufferedImage image) {
        return FormPage.text(ReadingOrder.lines(boxes, image));
    }

    private static List<TableCells> tables(FormPage page) {
        return ReadingOrder.tables(page.boxes(), page.image());
    }

    /** The reading order before tables were read: the oracle for pages without them. */
    private static List<List<TextBox>> legacy(List<TextBox> boxes) {
        List<TextBox> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingInt(b -> b.box().y() + b.box().height() / 2));
        List<List<TextBox>> lines = new ArrayList<>();
        List<TextBox> current = new ArrayList<>();
        double centre = 0;
        for (TextBox b : sorted) {
            double c = b.box().y() + b.box().height() / 2.0;
            if (!current.isEmpty() && Math.abs(c - centre) > b.box().height() / 2.0) {
                lines.add(current);
                current = new ArrayList<>();
            }
            current.add(b);
            centre = current.stream()
                    .mapToDouble(x -> x.box().y() + x.box().height() / 2.0)
                    .average()
                    .orElse(c);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        lines.forEach(l -> l.sort(Comparator.comparingInt(b -> b.box().x())));
        return lines;
    }

    @Test
    void linesOfOneCellFarApartAreParagraphsAndAWrappedValueIsNot() {
        // A photo's paper edge taken for a frame: the title above the form and the text below it
        // fall in one "cell"; a value wrapped over two lines sits about a line height lower.
        List<List<TextBox>> paragraphs = List.of(List.of(line("个体工商户登记申请书", 180)), List.of(line("本人承诺", 1040)));
        List<List<TextBox>> wrapped = List.of(List.of(line("上海市徐汇区长安街", 660)), List.of(line("121号5号楼", 712)));

        assertThat(ReadingOrder.spread(paragraphs, 0)).isTrue();
        assertThat(ReadingOrder.spread(wrapped, 0)).isFalse();
    }

    private static TextBox line(String text, int y) {
        BoundingBox box = new BoundingBox(200, y, 40 * text.length(), 44);
        return new TextBox(text, box, 0.99, List.of(new OcrWord(text, 1, box, 0.99)));
    }
}
