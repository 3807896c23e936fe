package org.yici.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadNamesTest {

    /** The hostile names of issue 17, written with Java escapes, and what is kept of each. */
    static final String[][] HOSTILE = {
        {"\u001b[31m红色\u001b[0m.pdf", "红色.pdf"},
        {"身份\t证.pdf", "身份证.pdf"},
        {"申请书\r\n附件.pdf", "申请书附件.pdf"},
        {"身份证\u202egpj.pdf", "身份证gpj.pdf"},
        {"../../etc/passwd", "etc_passwd"},
        {"C:\\Users\\张三\\..\\营业执照.pdf", "C:_Users_张三_营业执照.pdf"},
        {"\u200f\u2066隐藏\u2069.pdf", "隐藏.pdf"},
        {"\u0007\u0008lease\u007f\u0085.pdf", "lease.pdf"},
    };

    @Test
    void hostileNamesAreCleanedAndChineseIsKept() {
        for (String[] name : HOSTILE) {
            assertThat(UploadNames.clean(name[0])).as(name[1]).isEqualTo(name[1]);
        }
    }

    @Test
    void aNulIsRemovedAndShownEscapedWhereANameCannotBeUsed() {
        assertThat(UploadNames.clean("a\u0000b.pdf")).isEqualTo("ab.pdf");
        assertThat(UploadNames.escaped("a\u0000b\u202e.pdf")).isEqualTo("a\\u0000b\\u202e.pdf");
    }

    @ParameterizedTest
    @CsvSource({"营业执照（副本）.pdf", "scan-0007.jpg", "张三 身份证 正反面.PNG", "a..b.pdf"})
    void ordinaryNamesAreKeptAsTheyAre(String name) {
        assertThat(UploadNames.clean(name)).isEqualTo(name);
    }

    @Test
    void aLongNameIsCappedKeepingItsExtension() {
        String clean = UploadNames.clean("长".repeat(300) + ".pdf");
        assertThat(clean).endsWith("长.pdf");
        assertThat(clean.codePointCount(0, clean.length())).isEqualTo(UploadNames.MAX_CODE_POINTS);
    }

    @Test
    void aNameWithNothingReadableLeftIsAnErrorNamingThePart() {
        assertThat(UploadNames.clean("\u202e\t/../")).isNull();
        assertThatThrownBy(() -> UploadNames.ofPart("m2", "\u202e\t/../"))
                .isInstanceOfSatisfying(UploadNames.UnreadableNameException.class, e -> assertThat(e.part())
                        .isEqualTo("m2"));
        assertThat(UploadNames.ofPart("m2", null)).isNull();
    }
}
