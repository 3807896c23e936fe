package org.yici.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CerTest {
    @Test
    void ignoresWhitespaceAndFullWidthForms() {
        assertThat(Cer.of("名称：北京 公司", "名 称:北京公司")).isZero();
    }

    @Test
    void countsSubstitutionsInsertionsAndDeletionsPerTrueCharacter() {
        assertThat(Cer.of("营业执照", "营亚执照")).isCloseTo(0.25, within(1e-9));
        assertThat(Cer.of("营业执照", "营业执")).isCloseTo(0.25, within(1e-9));
        assertThat(Cer.of("营业执照", "营业执照照照")).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void emptyRecognitionOfAPrintedPageIsTotalError() {
        assertThat(Cer.of("营业执照", "")).isEqualTo(1.0);
    }

    @Test
    void hanOnlyRateLeavesOutDigitsLettersAndPunctuationOnBothSides() {
        // Truth has 4 Han characters; the digits and the colon differ but do not count.
        assertThat(Cer.hanOnly("营业执照：2024", "营业执照:2O2A")).isZero();
        assertThat(Cer.hanOnly("营业执照：2024", "营亚执照2024")).isCloseTo(0.25, within(1e-9));
        assertThat(Cer.hanOnly("12345", "12345")).isZero();
        assertThat(Cer.hanOnly("12345", "一")).isEqualTo(1.0);
    }

    @Test
    void distancesAndLengthsAreOverTheCanonicalForm() {
        assertThat(Cer.length("名称：北京 公司")).isEqualTo(7);
        assertThat(Cer.hanLength("名称：北京 公司 2024")).isEqualTo(6);
        assertThat(Cer.distance("名称：北京公司", "名 称:北京公")).isEqualTo(1);
        assertThat(Cer.hanDistance("名称：北京公司1", "名称北京公同2")).isEqualTo(1);
    }

    @Test
    void fieldFoundOnlyWhenItsValueOccursVerbatimIgnoringWhitespace() {
        String recognised = "公民身份号码 1101051949 1231002X\n姓名：张三\n住址：北京市海淀区学院路";
        assertThat(Cer.fieldsFound(List.of("11010519491231002X", "张三", "北京市海淀区学院路"), recognised))
                .isEqualTo(3);
        // One wrong character (0 read as O) loses the field; a missing value is not found.
        assertThat(Cer.fieldsFound(List.of("11010519491231O02X", "李四"), recognised))
                .isZero();
        // Full-width digits in the output count as the digits (NFKC).
        assertThat(Cer.fieldsFound(List.of("2026年3月2日"), "２０２６年３月２日")).isEqualTo(1);
    }
}
