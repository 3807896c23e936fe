package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yici.ingest.corpus.Cer;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Material;
import org.yici.ingest.corpus.PdfFixtures;

class PdfIngestTest {
    private final Ingestor ingestor = SharedIngestor.DEFAULT;

    @Test
    void readsTheTextLayerExactlyWithoutOcr() throws Exception {
        IngestedDocument doc = ingestor.ingest(PdfFixtures.textLayerPdf(5), "package.pdf");
        assertThat(doc.pages()).hasSize(5);
        assertThat(doc.ocrUsed()).isFalse();
        IngestedPage lease = doc.pages().get(2);
        assertThat(lease.source()).isEqualTo(PageSource.TEXT_LAYER);
        assertThat(lease.unmappedGlyphs()).isZero();
        assertThat(lease.meanConfidence()).isEqualTo(1.0);
        assertThat(Cer.of(Material.LEASE_CONTRACT.groundTruth(), lease.text())).isZero();
    }

    @Test
    void ocrsAChinesePdfWhoseFontLacksToUnicode() throws Exception {
        IngestedDocument doc = ingestor.ingest(PdfFixtures.withoutToUnicode(Material.BUSINESS_LICENSE), "licence.pdf");
        IngestedPage page = doc.pages().get(0);
        assertThat(page.source()).isEqualTo(PageSource.OCR);
        // The text layer gave nothing usable: either no characters or unmapped glyphs.
        assertThat(page.textLayerChars() <= 10 || page.unmappedGlyphs() > 10).isTrue();
        assertThat(page.text()).contains("营业执照", "91110108MA01ABCD1E");
        // A clean 300 dpi rendering: held to a bound near the clean-scan level (OcrQualityTest).
        assertThat(Cer.of(Material.BUSINESS_LICENSE.groundTruth(), page.text())).isLessThanOrEqualTo(0.10);
        assertThat(page.ocrDpi()).isEqualTo(300);
        assertThat(page.words()).isNotEmpty().allSatisfy(w -> {
            assertThat(w.page()).isEqualTo(1);
            assertThat(w.confidence()).isBetween(0.0, 1.0);
            assertThat(w.box().width()).isPositive();
        });
    }

    @Test
    void tellsItsListenerAsEachPageIsRead(@TempDir Path dir) throws Exception {
        List<Integer> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        IngestedDocument text = ingestor.ingest(PdfFixtures.textLayerPdf(3), "text.pdf", told::add);
        assertThat(text.pages()).hasSize(3);
        assertThat(told).containsExactly(1, 2, 3);

        told.clear();
        Path scan = dir.resolve("scan.pdf");
        PdfFixtures.scannedPdf(scan, 2, 150, CjkFonts.renderingFonts(1).get(0));
        IngestedDocument scanned = ingestor.ingest(Files.readAllBytes(scan), "scan.pdf", told::add);
        assertThat(scanned.pages()).extracting(IngestedPage::source).containsExactly(PageSource.OCR, PageSource.OCR);
        assertThat(told).containsExactly(1, 2);
    }

    @Test
    void lendsItsListenerThePictureEachScannedPageWasReadFrom(@TempDir Path dir) throws Exception {
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        PageListener listener = new PageListener() {
            @Override
            public void pageDone(int pagesDone) {
                told.add("done " + pagesDone);
            }

            @Override
            public void pageSeen(IngestedPage page, java.awt.image.BufferedImage picture) {
                told.add("seen " + page.number() + " " + picture.getWidth() + "x" + picture.getHeight() + " "
                        + picture.getColorModel().getNumColorComponents() + " colours");
            }
        };
        ingestor.ingest(PdfFixtures.textLayerPdf(2), "text.pdf", listener);
        assertThat(told).as("a text layer is read without a picture").containsExactly("done 1", "done 2");

        told.clear();
        Path scan = dir.resolve("scan.pdf");
        PdfFixtures.scannedPdf(scan, 2, 150, CjkFonts.renderingFonts(1).get(0));
        byte[] pdf = Files.readAllBytes(scan);
        String size;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            // The page as OCR saw it: rendered at the configured 300 dpi, in colour.
            var box = document.getPage(0).getCropBox();
            float scale = 300 / 72f;
            size = (int) Math.floor(box.getWidth() * scale) + "x" + (int) Math.floor(box.getHeight() * scale);
        }
        ingestor.ingest(pdf, "scan.pdf", listener);
        assertThat(told)
                .containsExactly("seen 1 " + size + " 3 colours", "done 1", "seen 2 " + size + " 3 colours", "done 2");
    }

    @Test
    void ocrsAScannedPdfReadFromDiskPageByPage(@TempDir Path dir) throws Exception {
        Path scan = dir.resolve("scan.pdf");
        PdfFixtures.scannedPdf(scan, 2, 200, CjkFonts.renderingFonts(1).get(0));
        IngestedDocument doc = ingestor.ingest(scan, "scan.pdf");
        assertThat(doc.pages()).extracting(IngestedPage::source).containsExactly(PageSource.OCR, PageSource.OCR);
        assertThat(doc.pages().get(0).textLayerChars()).isZero();
        assertThat(Cer.of(
                        Material.APPLICATION_FORM.groundTruth(),
                        doc.pages().get(0).text()))
                .isLessThanOrEqualTo(0.15);
        assertThat(Cer.of(
                        Material.LEASE_CONTRACT.groundTruth(),
                        doc.pages().get(1).text()))
                .isLessThanOrEqualTo(0.20);
        assertThat(doc.pages().get(0).meanConfidence()).isBetween(0.5, 1.0);
        assertThat(Files.exists(scan)).isTrue(); // the caller's file is left alone
    }

    @Test
    void ocrsEveryPageWhenAskedToAlways() throws Exception {
        try (Ingestor always = Ingestor.create(
                IngestConfig.builder().ocrStrategy(OcrStrategy.ALWAYS).build())) {
            IngestedDocument doc = always.ingest(PdfFixtures.textLayerPdf(1), "form.pdf");
            assertThat(doc.pages().get(0).source()).isEqualTo(PageSource.OCR);
            assertThat(doc.pages().get(0).textLayerChars()).isGreaterThan(10);
        }
    }
}
