package org.yici.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yici.ingest.BoundingBox;
import org.yici.ingest.DocumentType;
import org.yici.ingest.IngestedDocument;
import org.yici.ingest.IngestedPage;
import org.yici.ingest.OcrWord;
import org.yici.ingest.PageSource;
import org.yici.rules.model.Ids;

/** How identifiers read from a scan reach the rules. */
class ContentReaderTest {
    /**
     * A code whose check character is wrong for it, but right for the code with B in place of its
     * 8 (91110108MA01ABCD1E): printed so, or a valid code whose B OCR read as 8.
     */
    private static final String ONE_SWAP_FROM_VALID = "91110108MA01A8CD1E";

    private static IngestedDocument scan(String word, double confidence) {
        String text = "统一社会信用代码：" + word;
        IngestedPage page = new IngestedPage(
                1,
                PageSource.OCR,
                text,
                text.length(),
                0,
                0,
                confidence,
                300,
                List.of(new OcrWord(text, 1, new BoundingBox(10, 10, 900, 40), confidence)));
        return new IngestedDocument("licence.png", DocumentType.PNG, List.of(page), null);
    }

    private static ReadField read(IngestedDocument d) {
        FieldExtractor.Extraction e = new FieldExtractor()
                .extract("BUSINESS_LICENSE", List.of(PageText.of(d.pages().get(0))));
        return e.fields().stream()
                .filter(f -> f.field().equals("creditCode"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCodeReadSurelyKeepsTheWrongCheckCharacterItWasPrintedWith() {
        assertThat(Ids.validCreditCode(ONE_SWAP_FROM_VALID)).isFalse();
        IngestedDocument sure = scan(ONE_SWAP_FROM_VALID, 0.99);
        ReadField mended = read(sure);
        assertThat(mended.value()).isEqualTo("91110108MA01ABCD1E");
        ReadField kept = ContentReader.asPrintedIfSure(mended, sure);
        assertThat(kept.value()).isEqualTo(ONE_SWAP_FROM_VALID);
        assertThat(ContentReader.trusted(kept, sure)).isTrue();
    }

    @Test
    void aCodeReadUnsurelyMayBeMendedByTheOneSwapThatChecksOut() {
        // OCR read the B of a valid code as an 8, and was not sure of it.
        IngestedDocument unsure = scan(ONE_SWAP_FROM_VALID, 0.7);
        ReadField f = ContentReader.asPrintedIfSure(read(unsure), unsure);
        assertThat(f.value()).isEqualTo("91110108MA01ABCD1E");
        assertThat(f.ocrRead()).isEqualTo("91110108MA01A8CD1E");
    }

    @Test
    void lettersTheAlphabetLacksAreStillDigitsWhenReadSurely() {
        IngestedDocument sure = scan("9111O1O8MAO1ABCDIE", 0.99);
        assertThat(ContentReader.asPrintedIfSure(read(sure), sure).value()).isEqualTo("91110108MA01ABCD1E");
    }
}
