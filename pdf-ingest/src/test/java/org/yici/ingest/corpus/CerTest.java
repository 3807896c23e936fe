package org.yici.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
}
