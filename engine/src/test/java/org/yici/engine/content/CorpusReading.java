package org.yici.engine.content;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.IngestException;
import org.yici.ingest.IngestOutcome;
import org.yici.ingest.IngestRequest;
import org.yici.ingest.Ingestor;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.CorpusPage;
import org.yici.ingest.corpus.Degradation;
import org.yici.ingest.corpus.Material;
import org.yici.rules.build.RuleSource;
import org.yici.rules.data.MaterialTypeDefinition;
import org.yici.rules.data.ReferenceData;

/** The pdf-ingest corpus, ingested and read as a check would read it. */
final class CorpusReading {
    /** Shared by the test classes: loading chi_sim takes longer than reading a page. */
    static final Ingestor INGESTOR = Ingestor.create(IngestConfig.defaults());

    static final List<MaterialTypeDefinition> TYPES =
            List.copyOf(ReferenceData.read(RuleSource.classpath(), new ArrayList<>())
                    .materialTypes()
                    .values());

    private CorpusReading() {}

    /** The material type a corpus material is an example of. */
    static String typeOf(Material material) {
        return switch (material) {
            case APPLICATION_FORM -> "APPLICATION_FORM";
            case BUSINESS_LICENSE -> "BUSINESS_LICENSE";
            case LEASE_CONTRACT -> "PREMISES_PROOF";
            case ID_CARD -> "ID_CARD";
            case COMMITMENT_LETTER -> "COMMITMENT_LETTER";
        };
    }

    static Font font() {
        return CjkFonts.renderingFonts(1).get(0);
    }

    /** One corpus page, ingested and read. */
    record ReadPage(CorpusPage page, DocumentEvidence evidence) {}

    static ReadPage read(Material material, Degradation degradation, Font font) {
        CorpusPage page = Corpus.page(material, degradation, font);
        return read(page);
    }

    /**
     * A file ingested as a check ingests it (DocumentIngest): its pages' pictures looked at for
     * seals and signature ink while they are read.
     */
    static DocumentEvidence ingested(String id, String name, byte[] bytes) {
        PageMarksListener marks = new PageMarksListener();
        try {
            return DocumentEvidence.of(id, IngestOutcome.of(name, INGESTOR.ingest(bytes, name, marks)))
                    .withMarks(marks.marks());
        } catch (IngestException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReadPage read(CorpusPage page) {
        String name = page.name() + ".img";
        DocumentEvidence ingested = ingested(page.name(), name, page.encoded());
        List<DocumentEvidence> read = DocumentReadings.read(
                List.of(ingested), Map.of(page.name(), new IngestRequest(name, page.encoded())), TYPES);
        return new ReadPage(page, read.get(0));
    }
}
