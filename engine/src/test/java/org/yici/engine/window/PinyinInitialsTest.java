package org.yici.engine.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinInitialsTest {

    @Test
    void initialsOfConsecutiveCharactersMatchInAnyCase() {
        assertThat(PinyinInitials.matches("个体工商户设立登记", "gtgsh")).isTrue();
        assertThat(PinyinInitials.matches("个体工商户设立登记", "SLDJ")).isTrue();
        assertThat(PinyinInitials.matches("食品经营许可", "spjy")).isTrue();
    }

    @Test
    void aCharacterWithSeveralReadingsMatchesEachOfThem() {
        assertThat(PinyinInitials.matches("银行开户", "yhkh")).isTrue();
        assertThat(PinyinInitials.matches("银行开户", "yxkh")).isTrue();
    }

    @Test
    void initialsOutOfOrderOrNotConsecutiveDoNotMatch() {
        assertThat(PinyinInitials.matches("个体工商户设立登记", "gtsh")).isFalse();
        assertThat(PinyinInitials.matches("个体工商户设立登记", "hsgtg")).isFalse();
        assertThat(PinyinInitials.matches("个体工商户", "gtgshsl")).isFalse();
    }

    @Test
    void aQueryThatIsNotLettersIsNoInitials() {
        assertThat(PinyinInitials.matches("个体工商户", "")).isFalse();
        assertThat(PinyinInitials.matches("个体工商户", "个体")).isFalse();
        assertThat(PinyinInitials.matches("GTGSH-SL", "gtgsh-sl")).isFalse();
    }
}
