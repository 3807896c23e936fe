package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile and broken files end in a typed error (or a harmless result), never in a crash, a hang
 * or an exhausted heap. Surefire runs this module with a small heap (see pom.xml) so a memory
 * blow-up fails here rather than in production. The timeouts only detect hangs.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {
    private static final Ingestor INGESTOR = Ingestor.create(
            IngestConfig.builder().timeout(Duration.ofSeconds(60)).build());

    @AfterAll
    static void close() {
        INGESTOR.close();
    }

    private static IngestException failure(byte[] content, String name) {
        return catchThrowableOfType(IngestException.class, () -> INGESTOR.ingest(content, name));
    }

    @Test
    void rejectsEncryptedPdfWithClearError() throws Exception {
        IngestException e = failure(HostileCorpus.encryptedPdf(), "lease.pdf");
        assertThat(e.kind()).isEqualTo(IngestErrorKind.ENCRYPTED);
        assertThat(e.getMessage()).contains("加密");
    }

    @Test
    void rejectsPdfCutOffAfterItsHeaderAsCorrupt() throws Exception {
        byte[] pdf = HostileCorpus.simpleTextPdf("Lease contract");
        assertThat(failure(HostileCorpus.truncated(pdf, 100), "cut.pdf").kind()).isEqualTo(IngestErrorKind.CORRUPT);
    }

    @Test
    void readsWhatSurvivesOfAPdfMissingItsXrefTable() throws Exception {
        // PDFBox's lenient parser rebuilds the cross references by scanning the objects.
        byte[] pdf = HostileCorpus.simpleTextPdf("Lease contract between parties");
        int xref = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf("xref");
        IngestedDocument doc = INGESTOR.ingest(HostileCorpus.truncated(pdf, xref), "no-xref.pdf");
        assertThat(doc.text()).contains("Lease contract between parties");
    }

    @Test
    void rejectsRandomBytesBehindAPdfHeaderAsCorrupt() {
        assertThat(failure(HostileCorpus.garbagePdf(), "noise.pdf").kind()).isEqualTo(IngestErrorKind.CORRUPT);
    }

    @Test
    void refusesAnImageXObjectDeclaringTenGigapixels() throws Exception {
        assertThat(failure(HostileCorpus.imageBombPdf(), "bomb.pdf").kind()).isEqualTo(IngestErrorKind.TOO_LARGE);
    }

    @Test
    void refusesAPngDeclaringTenGigapixelsBeforeDecodingIt() throws Exception {
        assertThat(failure(HostileCorpus.pngBomb(), "photo.png").kind()).isEqualTo(IngestErrorKind.TOO_LARGE);
    }

    @Test
    void stopsAContentStreamBombAtTheDeadline() throws Exception {
        try (Ingestor quick = Ingestor.create(
                IngestConfig.builder().timeout(Duration.ofSeconds(3)).build())) {
            IngestException e = catchThrowableOfType(
                    IngestException.class, () -> quick.ingest(HostileCorpus.contentBombPdf(), "bomb.pdf"));
            assertThat(e.kind()).isEqualTo(IngestErrorKind.TIMEOUT);
        }
    }

    @Test
    void endsAnOperatorFloodWithTimeout() throws Exception {
        try (Ingestor quick = Ingestor.create(
                IngestConfig.builder().timeout(Duration.ofMillis(300)).build())) {
            IngestException e = catchThrowableOfType(
                    IngestException.class, () -> quick.ingest(HostileCorpus.operatorFloodPdf(), "flood.pdf"));
            assertThat(e.kind()).isEqualTo(IngestErrorKind.TIMEOUT);
            assertThat(e.getMessage()).contains("超时");
        }
    }

    @Test
    void rendersAHugeMediaBoxAtReducedResolutionInsteadOfExhaustingMemory() throws Exception {
        IngestedDocument doc = INGESTOR.ingest(HostileCorpus.hugeMediaBoxPdf(), "huge.pdf");
        IngestedPage page = doc.pages().get(0);
        assertThat(page.source()).isEqualTo(PageSource.OCR);
        // 100000 pt long edge capped at 4960 px: about 3.6 dpi instead of 300.
        assertThat(page.ocrDpi()).isLessThan(5);
    }

    @Test
    void refusesThousandsOfPagesAsTooLarge() throws Exception {
        IngestException e = failure(HostileCorpus.manyPagesPdf(5000), "many.pdf");
        assertThat(e.kind()).isEqualTo(IngestErrorKind.TOO_LARGE);
        assertThat(e.detail()).contains("5000 pages");
    }

    @Test
    void survivesASelfReferencingFormXObject() throws Exception {
        // PDFBox notices the recursion and skips the form; what remains is a blank page.
        IngestedDocument doc = INGESTOR.ingest(HostileCorpus.selfReferencingFormPdf(), "loop.pdf");
        assertThat(doc.pages()).hasSize(1);
        assertThat(doc.pages().get(0).charCount()).isLessThan(5);
    }

    @Test
    void survivesAPageTreeThatContainsItself() throws Exception {
        assertThat(outcomeKind(HostileCorpus.pageTreeCyclePdf())).isIn("document", "CORRUPT");
    }

    @Test
    void survivesArraysNestedFiftyThousandDeep() throws Exception {
        assertThat(outcomeKind(HostileCorpus.deepNestingPdf())).isIn("document", "CORRUPT");
    }

    @Test
    void refusesFilesOverTheByteLimitBeforeParsing() throws Exception {
        try (Ingestor small =
                Ingestor.create(IngestConfig.builder().maxBytes(1000).build())) {
            IngestException e = catchThrowableOfType(
                    IngestException.class, () -> small.ingest(HostileCorpus.encryptedPdf(), "big.pdf"));
            assertThat(e.kind()).isEqualTo(IngestErrorKind.TOO_LARGE);
        }
    }

    /** "document" when ingested, else the error kind; anything else escaping fails the test. */
    private static String outcomeKind(byte[] content) {
        try {
            INGESTOR.ingest(content, "hostile.pdf");
            return "document";
        } catch (IngestException e) {
            return e.kind().name();
        }
    }
}
