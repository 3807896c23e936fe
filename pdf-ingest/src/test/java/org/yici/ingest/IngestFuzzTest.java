package org.yici.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;

/**
 * Any bytes end in a document or an {@link IngestException}; anything else thrown (or a crash or
 * hang) is a finding. In a normal test run this replays the seeds in {@code
 * src/test/resources/org/yici/ingest/IngestFuzzTestInputs/}; to fuzz for two minutes:
 *
 * <pre>JAZZER_FUZZ=1 ./mvnw -f pdf-ingest/pom.xml test -Dtest=IngestFuzzTest</pre>
 *
 * OCR is off: the fuzzer targets parsing, limits and rendering, and Tesseract would make each
 * input take seconds.
 */
class IngestFuzzTest {
    private static final Ingestor INGESTOR = Ingestor.create(IngestConfig.builder()
            .ocrStrategy(OcrStrategy.NEVER)
            .maxPages(20)
            .maxPixelsPerPage(4_000_000)
            .timeout(Duration.ofSeconds(2))
            .build());

    @FuzzTest(maxDuration = "2m")
    void endsInADocumentOrATypedError(byte[] input) {
        try {
            IngestedDocument doc = INGESTOR.ingest(input, "fuzz.bin");
            if (doc.pages().isEmpty()) {
                throw new AssertionError("document without pages");
            }
        } catch (IngestException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("typed error without a clerk message", expected);
            }
        }
    }
}
