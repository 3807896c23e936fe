package org.yici.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yici.engine.content.Classification;

/** ARCHITECTURE §3: a document's {@code type} and {@code confidence} are its classification. */
class DocumentEvidenceJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    private static DocumentEvidence lease() {
        return new DocumentEvidence("m2", "lease.png", "image/png", 2, true, 0.71, List.of(), null, null)
                .withReading(
                        new Classification("PREMISES_PROOF", 0.93, 1, List.of(new Classification.Cue(1, "租赁合同", true))),
                        List.of(),
                        List.of(),
                        null,
                        null);
    }

    @Test
    void typeAndConfidenceAreTheClassificationAndTheOcrsOwnIsOcrConfidence() throws Exception {
        JsonNode node = json.valueToTree(lease());
        assertThat(node.path("type").asText()).isEqualTo("PREMISES_PROOF");
        assertThat(node.path("confidence").asDouble()).isEqualTo(0.93);
        assertThat(node.path("ocrConfidence").asDouble()).isEqualTo(0.71);
        assertThat(node.path("ocr").asBoolean()).isTrue();
        assertThat(node.path("pages").asInt()).isEqualTo(2);
        assertThat(node.has("materialType")).isFalse();
        assertThat(node.has("typeConfidence")).isFalse();
    }

    @Test
    void evidenceReadsBackAsWritten() throws Exception {
        DocumentEvidence back = json.readValue(json.writeValueAsString(lease()), DocumentEvidence.class);
        assertThat(back.type()).isEqualTo("PREMISES_PROOF");
        assertThat(back.confidence()).isEqualTo(0.93);
        assertThat(back.ocrConfidence()).isEqualTo(0.71);
    }

    @Test
    void aRecordStoredUnderTheOldNamesReadsWithEachConfidenceInItsPlace() throws Exception {
        String old = "{\"id\":\"m2\",\"file\":\"lease.png\",\"mediaType\":\"image/png\",\"pages\":2,\"ocr\":true,"
                + "\"confidence\":0.71,\"materialType\":\"PREMISES_PROOF\",\"typeConfidence\":0.93}";
        DocumentEvidence back = json.readValue(old, DocumentEvidence.class);
        assertThat(back.type()).isEqualTo("PREMISES_PROOF");
        assertThat(back.confidence()).isEqualTo(0.93);
        assertThat(back.ocrConfidence()).isEqualTo(0.71);
    }
}
