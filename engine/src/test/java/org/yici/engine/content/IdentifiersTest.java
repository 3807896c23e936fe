package org.yici.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yici.rules.model.Ids;

/** OCR's look-alike glyphs undone in identifiers, and only where the check character agrees. */
class IdentifiersTest {

    @Test
    void lettersAnIdNumberCannotHoldAreReadAsTheirDigits() {
        Identifiers.Reading r = Identifiers.idNumber("11O1O5I949I23IOO2×");
        assertThat(r.value()).isEqualTo("11010519491231002X");
        assertThat(r.corrected()).isTrue();
        assertThat(Identifiers.idNumber("11010519491231002X").corrected()).isFalse();
    }

    @Test
    void aStrayGlyphBeforeTheNumberIsDroppedNotShiftedIn() {
        assertThat(Identifiers.idNumber("L11010519491231002X").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void aPrintedBadCheckDigitStaysBadAndIsNotCorrected() {
        Identifiers.Reading r = Identifiers.idNumber("110105194912310021");
        assertThat(r.value()).isEqualTo("110105194912310021");
        assertThat(r.corrected()).isFalse();
        assertThat(Ids.validIdNumber(r.value())).isFalse();
    }

    @Test
    void aCreditCodeGetsTheOneSwapOfBAnd8ThatMakesItsCheckCharacterRight() {
        // printed 91110108MA01ABCD1E; OCR read the B as an 8
        Identifiers.Reading r = Identifiers.creditCode("91110108MA01A8CD1E");
        assertThat(r.value()).isEqualTo("91110108MA01ABCD1E");
        assertThat(r.read()).isEqualTo("91110108MA01A8CD1E");
    }

    @Test
    void aCodeNoSwapCanMendStaysAsRead() {
        // printed with a wrong check character: no swap makes it right, so it stays as read
        Identifiers.Reading wrong = Identifiers.creditCode("91110108MA01ABCD1F");
        assertThat(wrong.value()).isEqualTo("91110108MA01ABCD1F");
        assertThat(wrong.corrected()).isFalse();
    }

    @Test
    void lettersTheCreditAlphabetLacksAreDigits() {
        assertThat(Identifiers.creditCode("9111O1O8MAO1ABCDIE").value()).isEqualTo("91110108MA01ABCD1E");
        assertThat(Identifiers.creditCode("not a code")).isNull();
    }

    @Test
    void noLetterIsSwappedIntoTheDivisionCodeEvenWhenItWouldCheckOut() {
        // OCR read 0 as Q: swapping Q back is the one fix; 8→B in the division code (places 3–8)
        // also checks out by chance but a division code is digits only.
        assertThat(Ids.validCreditCode("9111010BMAQ1ABCD1E")).isTrue();
        Identifiers.Reading r = Identifiers.creditCode("91110108MAQ1ABCDIE");
        assertThat(r.value()).isEqualTo("91110108MA01ABCD1E");
        assertThat(r.read()).isEqualTo("91110108MAQ1ABCDIE");
    }
}
