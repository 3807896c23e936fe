package org.yici.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusTest {
    @Test
    void findsWenQuanYiZenHeiThroughFontconfigOrKnownPaths() {
        assertThat(CjkFonts.zenHei().getFileName().toString()).startsWith("wqy-zenhei");
        assertThat(CjkFonts.renderingFonts(3)).isNotEmpty();
    }

    @Test
    void rendersTheSamePixelsEveryTime() {
        var font = CjkFonts.renderingFonts(1).get(0);
        CorpusPage a = Corpus.page(Material.ID_CARD, Degradation.GAUSSIAN_NOISE, font);
        CorpusPage b = Corpus.page(Material.ID_CARD, Degradation.GAUSSIAN_NOISE, font);
        assertThat(Arrays.equals(a.encoded(), b.encoded())).isTrue();
        assertThat(a.name()).isEqualTo("id-card_noise");
    }

    @Test
    void groundTruthCarriesValidIdentifiers() {
        // ID numbers and credit codes in the corpus are usable by later field checks.
        assertThat(Material.APPLICATION_FORM.groundTruth()).contains("11010519491231002X");
        assertThat(Material.BUSINESS_LICENSE.groundTruth()).contains("91110108MA01ABCD1E");
        assertThat(List.of(Material.values()))
                .allSatisfy(m -> assertThat(m.lines()).isNotEmpty());
    }
}
