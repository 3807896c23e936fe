package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.Degradation;
import org.yici.ingest.corpus.Material;

class TypeDetectionTest {
    private final Ingestor ingestor = SharedIngestor.DEFAULT;

    @Test
    void detectsAPngByContentEvenWhenNamedPdf() throws Exception {
        byte[] png = Corpus.page(
                        Material.ID_CARD,
                        Degradation.CLEAN,
                        CjkFonts.renderingFonts(1).get(0))
                .encoded();
        IngestedDocument doc = ingestor.ingest(png, "scan.pdf");
        assertThat(doc.type()).isEqualTo(DocumentType.PNG);
        assertThat(doc.declaredName()).isEqualTo("scan.pdf");
        assertThat(doc.text()).contains("居民身份证");
    }

    @Test
    void detectsAPdfByContentEvenWhenNamedJpeg() throws Exception {
        IngestedDocument doc = ingestor.ingest(HostileCorpus.simpleTextPdf("Power of attorney granted"), "photo.jpg");
        assertThat(doc.type()).isEqualTo(DocumentType.PDF);
        assertThat(doc.pages().get(0).source()).isEqualTo(PageSource.TEXT_LAYER);
    }

    @Test
    void refusesAZipArchiveNamedPdf() throws Exception {
        IngestException e =
                catchThrowableOfType(IngestException.class, () -> ingestor.ingest(HostileCorpus.zipArchive(), "a.pdf"));
        assertThat(e.kind()).isEqualTo(IngestErrorKind.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).contains("格式");
    }

    @Test
    void refusesPlainTextAndEmptyFiles() {
        byte[] text = "营业执照 统一社会信用代码".getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(IngestException.class, () -> ingestor.ingest(text, "x.png"))
                        .kind())
                .isEqualTo(IngestErrorKind.UNSUPPORTED_TYPE);
        assertThat(catchThrowableOfType(IngestException.class, () -> ingestor.ingest(new byte[0], "x.pdf"))
                        .kind())
                .isEqualTo(IngestErrorKind.UNSUPPORTED_TYPE);
    }

    @Test
    void rejectsATruncatedPngAsCorrupt() throws Exception {
        byte[] png = Corpus.page(
                        Material.ID_CARD,
                        Degradation.CLEAN,
                        CjkFonts.renderingFonts(1).get(0))
                .encoded();
        byte[] cut = java.util.Arrays.copyOf(png, png.length / 3);
        IngestException e = catchThrowableOfType(IngestException.class, () -> ingestor.ingest(cut, "id.png"));
        assertThat(e.kind()).isEqualTo(IngestErrorKind.CORRUPT);
    }

    @Test
    void readsAOnePixelImageAsAnEmptyPageNotAnError() throws Exception {
        byte[] png = org.yici.ingest.corpus.Images.png(
                new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_BYTE_GRAY), 300);
        IngestedDocument doc = ingestor.ingest(png, "dot.png");
        assertThat(doc.pages()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(PageSource.OCR);
            assertThat(p.charCount()).isZero();
        });
    }
}
