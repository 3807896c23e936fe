package org.yici.engine.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.ingest.IngestRequest;
import org.yici.ingest.IngestedPage;
import org.yici.ingest.PageSource;
import org.yici.rules.check.DocumentReading;
import org.yici.rules.data.MaterialTypeDefinition;
import org.yici.rules.model.BlankLabel;
import org.yici.rules.model.DocumentRead;
import org.yici.rules.model.SealLook;
import org.yici.rules.model.SignatureLook;

/** Reads the content of a check's ingested files and hands the rules what was read. */
public final class DocumentReadings {
    private static final Logger log = LoggerFactory.getLogger(DocumentReadings.class);
    /** Seals are large: 72 dpi keeps a 40 mm seal over 100 px across. */
    private static final float SEAL_DPI = 72f;
    /** Pen strokes are thin: 150 dpi keeps a ballpoint line a pixel or more wide. */
    private static final float SIGNATURE_DPI = 150f;

    private DocumentReadings() {}

    /**
     * Each successfully ingested file with its type, fields, unreadable pages, seals and signatures read.
     *
     * @param files the uploaded bytes by material id (to look at page images in colour)
     * @param types the dictionary of the live rule book
     */
    public static List<DocumentEvidence> read(
            List<DocumentEvidence> documents,
            Map<String, IngestRequest> files,
            Collection<MaterialTypeDefinition> types) {
        return read(documents, files, types, Map.of());
    }

    /**
     * As {@link #read(List, Map, Collection)}, with the labels each material's matter requires
     * filled in (by material id; a material without an entry gets its type's default list).
     */
    public static List<DocumentEvidence> read(
            List<DocumentEvidence> documents,
            Map<String, IngestRequest> files,
            Collection<MaterialTypeDefinition> types,
            Map<String, List<String>> requiredLabels) {
        if (documents.isEmpty()) {
            // Most checks carry no files: building the classifier is for those that do.
            return documents;
        }
        ContentReader reader = new ContentReader(types);
        List<DocumentEvidence> out = new ArrayList<>(documents.size());
        for (DocumentEvidence d : documents) {
            if (d.document() == null) {
                out.add(d);
                continue;
            }
            ContentReader.Read read = reader.read(d.id(), d.document(), requiredLabels.get(d.id()));
            IngestRequest file = files.get(d.id());
            Looks looks = file == null ? Looks.NONE : look(d, file.content());
            List<SealLook> seals = looks.seals();
            Boolean seal = seals.isEmpty() ? null : seals.stream().anyMatch(SealLook::found);
            List<SignatureLook> signatures = new ArrayList<>(looks.signatures());
            DocumentReading r = read.reading();
            List<BlankLabel> blanks = new ArrayList<>(r.blanks());
            if (file != null && "application/pdf".equals(d.mediaType())) {
                blanks.addAll(AcroFormBlanks.of(d.id(), d.document().declaredName(), file.content()));
                signatures.addAll(AcroFormBlanks.signatures(d.id(), d.document().declaredName(), file.content()));
            }
            DocumentReading withSeals = new DocumentReading(
                    r.material(), r.read(), r.fields(), r.sources(), r.unreadable(), seals, blanks, signatures);
            out.add(d.withReading(read.classification(), read.fields(), read.unreadable(), seal, withSeals));
        }
        return out;
    }

    /**
     * What the rules get from the read documents. A file that could not be read at all is a
     * document of no recognisable type: it must not pass as the material it was sent for.
     */
    public static List<DocumentReading> of(List<DocumentEvidence> documents) {
        return documents.stream()
                .map(d -> d.reading() != null ? d.reading() : d.error() != null ? unread(d) : null)
                .filter(Objects::nonNull)
                .toList();
    }

    private static DocumentReading unread(DocumentEvidence d) {
        return new DocumentReading(
                d.id(),
                new DocumentRead(d.id(), d.file(), null, 0, 0),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** Seals and signatures seen on the scanned pages of a document. */
    record Looks(List<SealLook> seals, List<SignatureLook> signatures) {
        static final Looks NONE = new Looks(List.of(), List.of());
    }

    /**
     * Looks for a seal on every scanned page (images, and PDF pages that needed OCR), and for ink at
     * every place on them that asks for a signature.
     */
    static Looks look(DocumentEvidence d, byte[] content) {
        String name = d.document().declaredName();
        List<SealLook> seals = new ArrayList<>();
        List<SignatureLook> signatures = new ArrayList<>();
        try {
            if ("application/pdf".equals(d.mediaType())) {
                try (PDDocument pdf = Loader.loadPDF(content)) {
                    PDFRenderer renderer = new PDFRenderer(pdf);
                    // A seal is a large red shape: at 72 dpi a scan's pixels may be skipped rather
                    // than averaged (PDFBox's area-averaging downscale cost more than the OCR of a
                    // page in a 40-page stack).
                    PDFRenderer sealRenderer = new PDFRenderer(pdf);
                    sealRenderer.setSubsamplingAllowed(true);
                    for (IngestedPage page : d.document().pages()) {
                        if (page.source() == PageSource.OCR && page.number() <= pdf.getNumberOfPages()) {
                            BufferedImage image =
                                    sealRenderer.renderImageWithDPI(page.number() - 1, SEAL_DPI, ImageType.RGB);
                            seals.add(new SealLook(d.id(), name, page.number(), SealDetector.hasRedSeal(image)));
                            signatures.addAll(Signatures.look(d.id(), name, page, () -> render(renderer, page)));
                        }
                    }
                }
            } else {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
                if (image != null) {
                    seals.add(new SealLook(d.id(), name, 1, SealDetector.hasRedSeal(image)));
                    if (!d.document().pages().isEmpty()) {
                        signatures.addAll(Signatures.look(
                                d.id(), name, d.document().pages().get(0), () -> image));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Ingest read the file already; a colour render that fails only means no verdict.
            log.warn("could not look for seals and signatures in {}: {}", name, e.toString());
            return Looks.NONE;
        }
        return new Looks(seals, signatures);
    }

    private static BufferedImage render(PDFRenderer renderer, IngestedPage page) {
        try {
            return renderer.renderImageWithDPI(page.number() - 1, SIGNATURE_DPI, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
