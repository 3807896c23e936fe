package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void removesTheSpacesTesseractPutsBetweenChineseCharacters() {
        assertThat(TextNormalizer.normalize("营 业 执 照\n名 称 ： 北京 公司")).isEqualTo("营业执照\n名称:北京公司");
    }

    @Test
    void foldsFullWidthDigitsAndLettersWithNfkc() {
        assertThat(TextNormalizer.normalize("１１０１０５ＡＢＣ")).isEqualTo("110105ABC");
    }

    @Test
    void keepsSpacesBetweenLatinWords() {
        assertThat(TextNormalizer.normalize("Certificate of  incorporation  \n\n\n\nend"))
                .isEqualTo("Certificate of  incorporation\n\nend");
    }

    @Test
    void countsCharactersWithoutWhitespace() {
        assertThat(TextNormalizer.countNonWhitespace(" 营业\n执照 ab ")).isEqualTo(6);
    }
}
