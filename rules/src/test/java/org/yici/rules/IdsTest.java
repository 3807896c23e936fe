package org.yici.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yici.rules.model.Ids;

/** GB 11643 and GB 32100 check characters, on known-good numbers and one-character changes. */
class IdsTest {

    @Test
    void acceptsIdNumbersWithTheirCheckCharacterAndRejectsAnyChange() {
        assertThat(Ids.validIdNumber("11010519491231002X")).isTrue();
        assertThat(Ids.validIdNumber("11010519491231002x")).isTrue();
        assertThat(Ids.validIdNumber("110101199003070011")).isTrue();
        assertThat(Ids.validIdNumber("110105194912310021")).isFalse();
        assertThat(Ids.validIdNumber("110101199003070012")).isFalse();
        assertThat(Ids.validIdNumber("11010519491231002")).isFalse();
        assertThat(Ids.validIdNumber(null)).isFalse();
    }

    @Test
    void rejectsAnIdNumberWhoseBirthDateDoesNotExist() {
        // 1990-02-30 with a correct check character for those digits.
        String digits = "11010119900230001";
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        assertThat(Ids.validIdNumber(digits + "10X98765432".charAt(sum % 11))).isFalse();
    }

    @Test
    void acceptsCreditCodesWithTheirCheckCharacterAndRejectsAnyChange() {
        assertThat(Ids.validCreditCode("91110105MA01ABCD13")).isTrue();
        assertThat(Ids.validCreditCode("91110000600007336U")).isTrue();
        assertThat(Ids.validCreditCode("91310000MA1FL4KX5W")).isTrue();
        assertThat(Ids.validCreditCode("91110105MA01ABCD14")).isFalse();
        assertThat(Ids.validCreditCode("91110105MA01ABCD1X")).isFalse();
        assertThat(Ids.validCreditCode("91110105MA01ABCDI3")).isFalse(); // I is not in the alphabet
        assertThat(Ids.validCreditCode("９１１１０１０５ＭＡ０１ＡＢＣＤ１３")).isTrue(); // full-width
    }
}
