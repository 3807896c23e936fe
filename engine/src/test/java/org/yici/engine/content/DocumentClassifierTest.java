package org.yici.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classification by the shipped dictionary (rules/data/material-types.yaml). */
class DocumentClassifierTest {
    private final DocumentClassifier classifier = new DocumentClassifier(CorpusReading.TYPES);

    private static PageText page(int number, String... lines) {
        return new PageText(number, Arrays.stream(lines).map(PageText::squeeze).toList(), 0.9);
    }

    @Test
    void aHeadingAndKeywordsDecideWithTheirPage() {
        Classification c =
                classifier.classify(List.of(page(1, "房屋租赁合同", "出租方（甲方）：王五", "承租方（乙方）：张三"), page(2, "租赁期限自2025年6月1日起")));
        assertThat(c.type()).isEqualTo("PREMISES_PROOF");
        assertThat(c.confidence()).isGreaterThan(0.8);
        assertThat(c.page()).isEqualTo(1);
        assertThat(c.evidence()).extracting(Classification.Cue::word).contains("租赁合同", "出租方", "租赁期限");
        assertThat(c.evidence())
                .filteredOn(Classification.Cue::heading)
                .extracting(Classification.Cue::word)
                .containsExactly("租赁合同");
    }

    /** 有效期至 is printed on permits too; the heading and the examination words decide. */
    @Test
    void aHealthCertificateIsNoPermit() {
        Classification c = classifier.classify(
                List.of(page(1, "健康证明", "姓名：张三　性别：男", "体检日期：2025年9月1日", "体检单位：海淀区疾病预防控制中心", "有效期至：2026年8月31日")));
        assertThat(c.type()).isEqualTo("HEALTH_CERTIFICATE");
        assertThat(c.evidence())
                .filteredOn(Classification.Cue::heading)
                .extracting(Classification.Cue::word)
                .containsExactly("健康证明");
    }

    /** The front of an ID card has no title and one keyword, but a labelled line per field. */
    @Test
    void anIdCardFrontIsKnownByItsLabelledLines() {
        Classification c = classifier.classify(List.of(page(
                1,
                "姓名　陆晨欣",
                "性别　女　民族　汉",
                "出生　1962年4月26日",
                "住址　济南市历下区和平路86号",
                "10号楼106室",
                "公民身份号码　370102196204268463")));
        assertThat(c.type()).isEqualTo("ID_CARD");
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.6);
        assertThat(c.evidence()).extracting(Classification.Cue::word).contains("住址", "出生");
    }

    /** A form asks for the same things an ID card states; its heading still decides, clearly. */
    @Test
    void anApplicationFormWithIdCardLabelsStaysAForm() {
        Classification c = classifier.classify(List.of(page(
                1,
                "个体工商户登记（备案）申请书",
                "经营者姓名　张三　性别　男",
                "公民身份号码　11010519491231002X",
                "联系电话　13800138000　从业人数　2人",
                "经营场所　北京市海淀区学院路1号",
                "经营范围　日用百货",
                "申请日期　2026年3月2日")));
        assertThat(c.type()).isEqualTo("APPLICATION_FORM");
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.6);
    }

    /** A form's heading run into a body line by OCR leaves keywords only: one ID card label must not outweigh them. */
    @Test
    void oneLabelOfAnotherTypeDoesNotCount() {
        Classification c = classifier.classify(List.of(page(
                1,
                "个体工商户登记（备案）申请书本人承诺所提交的材料真实有效，谨此对真实性承担责任。",
                "经营者姓名汪凯伟性别男",
                "公民身份号码 310104197309086611",
                "经营范围餐饮服务",
                "申请日期 2018年2月19日")));
        assertThat(c.type()).isEqualTo("APPLICATION_FORM");
        assertThat(c.evidence()).extracting(Classification.Cue::word).doesNotContain("经营范围");
    }

    @Test
    void aWordSharedByTypesSaysLessThanOneOfItsOwn() {
        // 法定代表人 is both a licence and an articles keyword; 营业执照 only the licence's.
        Classification shared = classifier.classify(List.of(page(1, "法定代表人：李四")));
        Classification own = classifier.classify(List.of(page(1, "登记机关：某市场监督管理局")));
        assertThat(own.confidence()).isGreaterThan(shared.confidence());
    }

    @Test
    void theSameTitleInTheBodyIsNoHeading() {
        Classification heading = classifier.classify(List.of(page(1, "授权委托书", "委托人：张三")));
        Classification body = classifier.classify(List.of(page(1, "第一条", "本授权委托书一式两份，自签字之日起生效，双方各执一份。", "委托人：张三")));
        assertThat(heading.type()).isEqualTo("POWER_OF_ATTORNEY");
        assertThat(body.confidence()).isLessThan(heading.confidence());
    }

    @Test
    void textWithoutAnyCueIsNoType() {
        Classification c = classifier.classify(List.of(page(1, "Lease contract between the lessor and the lessee")));
        assertThat(c.type()).isNull();
        assertThat(c.confidence()).isZero();
    }
}
