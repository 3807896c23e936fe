package org.yici.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Labelled fields read from normalised text, as OCR or a text layer gives it. */
class FieldExtractorTest {
    private final FieldExtractor extractor = new FieldExtractor();

    private static List<PageText> page(String... lines) {
        return List.of(
                new PageText(2, Arrays.stream(lines).map(PageText::squeeze).toList(), 0.9));
    }

    private static String value(FieldExtractor.Extraction e, String field) {
        return e.fields().stream()
                .filter(f -> f.field().equals(field))
                .map(ReadField::value)
                .findFirst()
                .orElse(null);
    }

    @Test
    void aLeaseGivesTheLesseeItsIdNumberThePremisesAndTheEndOfATermOverTwoLines() {
        var e = extractor.extract(
                "PREMISES_PROOF",
                page(
                        "房屋租赁合同",
                        "出租方（甲方）：王五",
                        "身份证号码：110101199003070011",
                        "承租方（乙方）：张 三",
                        "身份证号码：11010519491231002x",
                        "第一条　房屋坐落于北京市海淀区中关村",
                        "大街27号1层，建筑面积45平方米。",
                        "第二条　租赁期限自2025年6月1日起至",
                        "2027年5月31日止，共计二年。"));
        assertThat(value(e, "lessorName")).isEqualTo("王五");
        assertThat(value(e, "name")).isEqualTo("张三");
        assertThat(value(e, "idNumber")).isEqualTo("11010519491231002X");
        assertThat(value(e, "lessorIdNumber")).isEqualTo("110101199003070011");
        assertThat(value(e, "premisesAddress")).isEqualTo("北京市海淀区中关村大街27号1层");
        assertThat(value(e, "validUntil")).isEqualTo("2027-05-31");
        ReadField lessee = e.fields().stream()
                .filter(f -> f.field().equals("name"))
                .findFirst()
                .orElseThrow();
        assertThat(lessee.page()).isEqualTo(2);
        assertThat(lessee.label()).isEqualTo("承租方(乙方)");
        assertThat(e.blanks()).isEmpty();
    }

    @Test
    void aTermLabelOnALineOfItsOwnIsFollowedByTheTermOnTheNext() {
        var e = extractor.extract(
                "PREMISES_PROOF", page("承租方（乙方）：张三", "第二条　租赁期限：", "自2017年7月5日起至2019年12月15日止。", "第三条　月租金为人民币伍仟元整"));
        assertThat(value(e, "validUntil")).isEqualTo("2019-12-15");
        assertThat(e.blanks()).isEmpty();
    }

    @Test
    void anEmptyCellOfARuledFormIsBlankThoughTheRowGoesOnWithTheNextLabel() {
        var e = extractor.extract(
                "APPLICATION_FORM",
                page(
                        "个体工商户登记（备案）申请书",
                        "经营者姓名　张三　性别　男",
                        "联系电话　从业人数　4人",
                        "经营场所　北京市海淀区学院路1号",
                        "经营范围　餐饮服务；小吃服务　组成形式　个人经营",
                        "申请日期　2026年3月2日"));
        assertThat(e.blanks()).extracting(BlankField::label).containsExactly("联系电话");
        assertThat(value(e, "phone")).isNull();
        assertThat(value(e, "scope")).isEqualTo("餐饮服务");
    }

    /** The heading of the next section is no part of the value whose cell the source note closed. */
    @Test
    void aPreFilledValueEndsAtItsSourceNote() {
        var e = extractor.extract(
                "APPLICATION_FORM",
                page(
                        "个体工商户登记（备案）申请书",
                        "经营者姓名：王五来源：申请人提供",
                        "联系电话：13800138000来源既往办件01M8YHY7VYW9848SQSFA9B42DN(2026-12-04)",
                        "个体工商户信息",
                        "经营场所：北京市朝阳区建国路88号院3号楼101室来源：既往办件01M8(2026-12-04)"));
        assertThat(value(e, "phone")).isEqualTo("13800138000");
        assertThat(value(e, "premisesAddress")).isEqualTo("北京市朝阳区建国路88号院3号楼101室");
    }

    @Test
    void aHealthCertificateGivesItsHolderTheExaminationAndTheEndOfItsValidity() {
        var e = extractor.extract(
                "HEALTH_CERTIFICATE",
                page("健康证明", "姓名：张三　性别：男", "体检日期：2025年9月1日", "体检单位：海淀区疾病预防控制中心", "有效期至：2026年8月31日"));
        assertThat(value(e, "name")).isEqualTo("张三");
        assertThat(value(e, "sex")).isEqualTo("男");
        assertThat(value(e, "date")).isEqualTo("2025-09-01");
        // validUntil is what the common EXPIRED rule compares with the application date.
        assertThat(value(e, "validUntil")).isEqualTo("2026-08-31");
    }

    @Test
    void aValidityWhoseDashOcrLostOrMisreadStillEnds() {
        for (String validity : List.of("2010.03.042030.03.04", "2010.03.04一2030.03.04", "2010.03.04—2030.03.04")) {
            var e = extractor.extract("ID_CARD", page("签发机关　北京市公安局朝阳区分局", "有效期限　" + validity));
            assertThat(value(e, "validUntil")).as(validity).isEqualTo("2030-03-04");
        }
    }

    /** Readings of the tuning split's ID card backs ({@code Corpus.tuneVariants}) that lost the end. */
    @Test
    void aValidityWhoseDatesOcrDamagedStillEnds() {
        Map<String, String> ends = Map.of(
                "2011.08.01-2031:08.01", "2031-08-01", // a dot read as a colon
                "2011.07.26-203107.26", "2031-07-26", // a dot lost
                "2009.04.21-2029 04.21", "2029-04-21", // a dot read as a space
                "2009.01.15-2029.01.", "2029-01-15", // the day lost: an ID card ends on its start's day
                "2009.12.16-2029 12A6", "2029-12-16",
                "2010.06.10- 030.06", "2030-06-10"); // a year's first digit lost: 5, 10 or 20 years on
        ends.forEach((validity, end) -> {
            var e = extractor.extract("ID_CARD", page("签发机关　北京市公安局朝阳区分局", "有效期限　" + validity));
            assertThat(value(e, "validUntil")).as(validity).isEqualTo(end);
        });
    }

    @Test
    void aValidityEndingBeforeItStartsIsNotRead() {
        // "2030" read as "2000": the card would be called expired.
        var e = extractor.extract("ID_CARD", page("有效期限　2010.09.11-2000.09.11"));
        assertThat(value(e, "validUntil")).isNull();
        // Nor is an end of which only a year no ID card is valid to was read.
        assertThat(value(extractor.extract("ID_CARD", page("有效期限　2010.09.11-2023.0")), "validUntil"))
                .isNull();
    }

    @Test
    void aValidityIsReadWhenItsLabelIsMisreadOrOnAnotherLine() {
        assertThat(value(extractor.extract("ID_CARD", page("签发机关　某市公安局", "有我期2008.01.25-2028.01.25")), "validUntil"))
                .isEqualTo("2028-01-25");
        assertThat(value(extractor.extract("ID_CARD", page("有效期限", "2012.12.28-2032.12.28")), "validUntil"))
                .isEqualTo("2032-12-28");
        assertThat(value(extractor.extract("ID_CARD", page("签发机关", "2009.11.21-2029.11.21", "有效期限")), "validUntil"))
                .isEqualTo("2029-11-21");
        // An ID number is no period, though its digits would make two dates.
        assertThat(value(extractor.extract("ID_CARD", page("公民身份号码　110105196111261220")), "validUntil"))
                .isNull();
    }

    @Test
    void anIdCardWithoutColonsAndALongTermValidity() {
        var e = extractor.extract(
                "ID_CARD",
                page("姓名　张三", "性别　男　民族　汉", "出生　1949年12月31日", "公民身份号码　11010519491231002X", "有效期限　2016.02.01-长期"));
        assertThat(value(e, "name")).isEqualTo("张三");
        assertThat(value(e, "sex")).isEqualTo("男");
        assertThat(value(e, "birthDate")).isEqualTo("1949-12-31");
        assertThat(value(e, "validUntil")).isEqualTo("长期");
    }

    @Test
    void latinLettersWhereOcrLostAChineseNameAreNoName() {
        var e = extractor.extract("ID_CARD", page("姓名 SKE", "公民身份号码 11010519491231002X"));
        assertThat(value(e, "name")).isNull();
        assertThat(value(e, "idNumber")).isEqualTo("11010519491231002X");
    }

    @Test
    void aRequiredLabelWithNothingAfterItIsBlankAndAnOptionalOneIsNot() {
        var e = extractor.extract(
                "APPLICATION_FORM", page("个体工商户登记（备案）申请书", "经营者姓名：张三　　性别：男", "统一社会信用代码：", "经营场所：", "申请日期：2026年3月2日"));
        assertThat(e.blanks()).extracting(BlankField::label).containsExactly("经营场所");
        assertThat(value(e, "name")).isEqualTo("张三");
        assertThat(value(e, "date")).isEqualTo("2026-03-02");
    }

    @Test
    void aLabelFollowedDirectlyByTheNextLabelIsBlank() {
        var e = extractor.extract("COMMITMENT_LETTER", page("告知承诺书", "承诺人：承诺日期：2026年3月2日"));
        assertThat(e.blanks()).extracting(BlankField::label).containsExactly("承诺人");
        assertThat(value(e, "date")).isEqualTo("2026-03-02");
    }

    @Test
    void anImpossibleDateIsNotRead() {
        assertThat(FieldExtractor.date("2026年2月30日")).isNull();
        assertThat(FieldExtractor.date("2026.2.28")).isEqualTo("2026-02-28");
    }

    @Test
    void aMattersOwnRequiredLabelsReplaceTheTypesList() {
        List<PageText> form = page("个体工商户登记（备案）申请书", "经营者姓名：张三", "联系电话：", "资金数额：", "申请日期：2026年3月2日");
        assertThat(extractor.extract("APPLICATION_FORM", form).blanks())
                .extracting(BlankField::label)
                .containsExactly("联系电话");
        var e = extractor.extract("APPLICATION_FORM", form, List.of("经营者姓名", "资金数额"));
        assertThat(e.blanks()).extracting(BlankField::label).containsExactly("资金数额");
        assertThat(value(e, "name")).isEqualTo("张三");
        assertThat(e.fields()).extracting(ReadField::field).doesNotContain("label:资金数额");
    }

    @Test
    void anIdentifierWithLookAlikeLettersIsReadAsDigitsAndSaysWhatOcrRead() {
        var e = extractor.extract("BUSINESS_LICENSE", page("营业执照", "统一社会信用代码：91110108MAO1ABCDlE", "名称：北京一次科技有限公司"));
        ReadField code = e.fields().stream()
                .filter(f -> f.field().equals("creditCode"))
                .findFirst()
                .orElseThrow();
        assertThat(code.value()).isEqualTo("91110108MA01ABCD1E");
        assertThat(code.ocrRead()).isEqualTo("91110108MAO1ABCDlE");
        var id = extractor.extract("ID_CARD", page("公民身份号码 11O1O519491231OO2×"));
        assertThat(value(id, "idNumber")).isEqualTo("11010519491231002X");
    }
}
