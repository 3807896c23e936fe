package org.yici.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SplitCorpusTest {
    private static final List<SplitPage> TUNE = Corpus.split(Split.TUNE);
    private static final List<SplitPage> HELD_OUT = Corpus.split(Split.HELD_OUT);

    @Test
    void eachSplitHoldsAboutNinetySixPages() {
        assertThat(TUNE).hasSize(96);
        assertThat(HELD_OUT).hasSize(96);
    }

    @Test
    void describesTheSamePagesEveryTime() {
        List<SplitPage> again = Corpus.split(Split.HELD_OUT);
        assertThat(again)
                .extracting(SplitPage::name)
                .isEqualTo(HELD_OUT.stream().map(SplitPage::name).toList());
        assertThat(again)
                .extracting(SplitPage::groundTruth)
                .isEqualTo(HELD_OUT.stream().map(SplitPage::groundTruth).toList());
        assertThat(again)
                .extracting(SplitPage::fields)
                .isEqualTo(HELD_OUT.stream().map(SplitPage::fields).toList());
    }

    @Test
    void rendersTheSamePixelsEveryTime() {
        // Small pages with randomised artefacts: a card with a seal, a card photographed.
        for (String kind : List.of("id-card-front_seal", "id-card-back_phone", "id-card-front_speckle")) {
            SplitPage page = HELD_OUT.stream()
                    .filter(p -> p.name().contains(kind))
                    .findFirst()
                    .orElseThrow();
            assertThat(page.encoded()).as(page.name()).isEqualTo(page.encoded());
        }
    }

    @Test
    void splitsShareNoSeed() {
        Set<Long> tune = TUNE.stream().map(SplitPage::seed).collect(Collectors.toSet());
        Set<Long> heldOut = HELD_OUT.stream().map(SplitPage::seed).collect(Collectors.toSet());
        assertThat(tune).hasSize(TUNE.size()).doesNotContainAnyElementsOf(heldOut);
        assertThat(heldOut).hasSize(HELD_OUT.size());
    }

    @Test
    void splitsShareNoFieldValue() {
        Set<String> tune = fieldValues(TUNE);
        Set<String> heldOut = fieldValues(HELD_OUT);
        assertThat(tune).isNotEmpty().doesNotContainAnyElementsOf(heldOut);
        // Nor does a value of one split occur inside a page of the other.
        String heldOutText = HELD_OUT.stream().map(SplitPage::groundTruth).collect(Collectors.joining("\n"));
        assertThat(tune).noneMatch(heldOutText::contains);
    }

    @Test
    void everyFieldValueIsPrintedOnItsPage() {
        for (SplitPage page : HELD_OUT) {
            String truth = page.groundTruth().replaceAll("\\s", "");
            assertThat(page.fields()).as(page.name()).isNotEmpty().allMatch(truth::contains);
        }
    }

    @Test
    void coversEveryMaterialUnderEveryDegradationKindInBothSplits() {
        for (List<SplitPage> split : List.of(TUNE, HELD_OUT)) {
            Set<String> seen = split.stream()
                    .map(p -> p.material() + "/" + p.degradation())
                    .collect(Collectors.toSet());
            for (MaterialKind m : MaterialKind.values()) {
                for (DegradationKind k : DegradationKind.values()) {
                    if (k != DegradationKind.CLEAN) {
                        assertThat(seen).contains(m + "/" + k);
                    }
                }
            }
            assertThat(split).anyMatch(p -> p.degradation() == DegradationKind.CLEAN);
        }
    }

    @Test
    void everyDegradationKindMeetsEveryLevel() {
        for (List<SplitPage> split : List.of(TUNE, HELD_OUT)) {
            for (DegradationKind k : DegradationKind.values()) {
                Set<Integer> levels = split.stream()
                        .filter(p -> p.degradation() == k)
                        .map(SplitPage::level)
                        .collect(Collectors.toSet());
                assertThat(levels).as(k.name()).hasSize(k.levelCount());
            }
        }
    }

    @Test
    void scansBetween150And300Dpi() {
        assertThat(HELD_OUT).allSatisfy(p -> assertThat(p.dpi()).isBetween(150, 300));
        assertThat(HELD_OUT.stream().map(SplitPage::dpi).distinct().count()).isGreaterThan(2);
    }

    @Test
    void identifiersCarryValidCheckCharacters() {
        for (SplitPage page : HELD_OUT) {
            for (String field : page.fields()) {
                if (field.matches("\\d{17}[\\dX]")) {
                    assertThat(field.charAt(17)).as(field).isEqualTo(Persona.idCheck(field.substring(0, 17)));
                } else if (field.matches("91\\d{6}MA[0-9A-Z]{10}")) {
                    assertThat(field.charAt(17)).as(field).isEqualTo(Persona.creditCheck(field.substring(0, 17)));
                }
            }
        }
    }

    @Test
    void makesFourPdfsPerSplitFromItsOwnPages() throws Exception {
        List<PdfFixtures.SplitPdf> pdfs = PdfFixtures.split(Split.TUNE);
        assertThat(pdfs)
                .extracting(PdfFixtures.SplitPdf::name)
                .containsExactly(
                        "tune_scanned.pdf", "tune_born-digital.pdf", "tune_mixed.pdf", "tune_no-tounicode.pdf");
        Set<String> heldOut = fieldValues(HELD_OUT);
        for (PdfFixtures.SplitPdf pdf : pdfs) {
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.content())) {
                assertThat(doc.getNumberOfPages())
                        .as(pdf.name())
                        .isEqualTo(pdf.name().contains("no-tounicode") ? 1 : 2);
            }
            assertThat(pdf.fields()).isNotEmpty().doesNotContainAnyElementsOf(heldOut);
        }
        // The born-digital PDF's text layer carries the truth.
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdfs.get(1).content())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(Cer.of(pdfs.get(1).groundTruth(), text)).isZero();
        }
    }

    private static Set<String> fieldValues(List<SplitPage> pages) {
        Set<String> values = new HashSet<>();
        pages.forEach(p -> values.addAll(p.fields()));
        return values;
    }
}
