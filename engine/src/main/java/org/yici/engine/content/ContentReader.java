package org.yici.engine.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yici.ingest.IngestedDocument;
import org.yici.ingest.IngestedPage;
import org.yici.ingest.OcrWord;
import org.yici.ingest.PageSource;
import org.yici.rules.check.DocumentReading;
import org.yici.rules.data.MaterialTypeDefinition;
import org.yici.rules.model.BlankLabel;
import org.yici.rules.model.DocumentRead;
import org.yici.rules.model.FieldSource;
import org.yici.rules.model.Ids;
import org.yici.rules.model.UnreadablePage;

/**
 * Reads an ingested document for the rules: classifies it, extracts its fields and marks pages too
 * unclear to judge. Fields are not read from an unreadable page: a guess would become a finding.
 */
public final class ContentReader {
    /**
     * Mean OCR confidence below which a page is not judged. Measured on the corpus (see
     * docs/benchmarks/content.md): readable degradations stay above it.
     */
    static final double MIN_CONFIDENCE = 0.55;
    /**
     * Word confidence at which a failing check digit is believed to be printed, not misread, once
     * no single look-alike correction made it pass (see docs/benchmarks/content.md for how it was
     * chosen).
     */
    static final double SURE_WORD = 0.9;
    /** Characters a word must have to count as a piece of an identifier. */
    private static final int GRAM = 4;
    /** What an identifier's word may carry besides the identifier: labels, colons. */
    private static final java.util.regex.Pattern NOT_IDENTIFIER = java.util.regex.Pattern.compile("[^0-9A-Z×|]");
    /** A page with text but fewer characters than this after OCR says nothing we can judge. */
    static final int MIN_CHARS = 6;

    private final DocumentClassifier classifier;
    private final FieldExtractor extractor = new FieldExtractor();

    public ContentReader(Collection<MaterialTypeDefinition> types) {
        this.classifier = new DocumentClassifier(types);
    }

    /** What was read from one document: the reading for the rules and its parts for the result. */
    public record Read(
            DocumentReading reading, Classification classification, List<ReadField> fields, List<Integer> unreadable) {}

    public Read read(String material, IngestedDocument document) {
        return read(material, document, null);
    }

    /**
     * @param requiredLabels the labels the matter requires filled in on this material (matter.yaml
     *     {@code requiredFields}); null for the type's default
     */
    public Read read(String material, IngestedDocument document, List<String> requiredLabels) {
        String name = document.declaredName();
        List<PageText> readable = new ArrayList<>();
        List<UnreadablePage> unreadable = new ArrayList<>();
        for (IngestedPage page : document.pages()) {
            if (unreadable(page, document.pages().size())) {
                unreadable.add(new UnreadablePage(material, name, page.number(), page.meanConfidence()));
            } else {
                readable.add(PageText.of(page));
            }
        }
        Classification c = classifier.classify(readable);
        FieldExtractor.Extraction extraction = c.type() == null
                ? new FieldExtractor.Extraction(List.of(), List.of())
                : extractor.extract(c.type(), readable, requiredLabels);
        Map<String, String> fields = new HashMap<>();
        Map<String, FieldSource> sources = new HashMap<>();
        List<ReadField> kept = extraction.fields().stream()
                .map(f -> asPrintedIfSure(f, document))
                .filter(f -> trusted(f, document))
                .toList();
        extraction = new FieldExtractor.Extraction(kept, extraction.blanks());
        for (ReadField f : extraction.fields()) {
            fields.put(f.field(), f.value());
            sources.put(f.field(), new FieldSource(name, f.page(), f.label(), f.confidence()));
        }
        List<BlankLabel> blanks = extraction.blanks().stream()
                .map(b -> new BlankLabel(material, name, b.page(), b.label()))
                .toList();
        DocumentReading reading = new DocumentReading(
                material,
                new DocumentRead(material, name, c.type(), c.confidence(), c.page()),
                fields,
                sources,
                unreadable,
                List.of(),
                blanks);
        return new Read(
                reading,
                c,
                extraction.fields(),
                unreadable.stream().map(UnreadablePage::page).toList());
    }

    /**
     * Whether a read identifier may go to the rules. One that passes its check digit is trusted
     * (a misread that still checks out is a 1-in-11 or 1-in-31 accident), also when look-alike
     * glyphs had to be corrected to get there ({@link Identifiers}). One that fails is only
     * trusted when OCR was sure enough of every word it came from: otherwise the failure is more
     * likely the scan's than the document's, and reporting it would send the applicant home for
     * nothing.
     */
    static boolean trusted(ReadField f, IngestedDocument document) {
        boolean id = f.field().endsWith("dNumber");
        boolean credit = f.field().equals("creditCode");
        if (!id && !credit) {
            return true;
        }
        if (id ? Ids.validIdNumber(f.value()) : Ids.validCreditCode(f.value())) {
            return true;
        }
        IngestedPage page = pageNumbered(document, f.page());
        if (page.source() != PageSource.OCR) {
            return true;
        }
        double least = leastWordConfidence(f, page);
        return least <= 1 && least >= SURE_WORD;
    }

    /**
     * The page of that number: a document cut from a stack keeps its pages' numbers in the stack,
     * so its first page need not be page 1.
     */
    static IngestedPage pageNumbered(IngestedDocument document, int number) {
        return document.pages().stream()
                .filter(p -> p.number() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no page " + number));
    }

    /**
     * A credit code whose check character came right only by swapping a legal glyph for its
     * look-alike (8 for B, 0 for D...), read back as OCR read it when OCR was sure of every word it
     * came from: a printed code with a wrong check character would otherwise be "repaired" into a
     * valid one whenever it holds one of the look-alikes.
     */
    static ReadField asPrintedIfSure(ReadField f, IngestedDocument document) {
        if (!f.field().equals("creditCode") || !f.corrected()) {
            return f;
        }
        IngestedPage page = pageNumbered(document, f.page());
        if (page.source() != PageSource.OCR) {
            return f;
        }
        Identifiers.Reading asRead = Identifiers.creditCodeAsRead(f.ocrRead());
        double least = leastWordConfidence(f, page);
        if (asRead == null || asRead.value().equals(f.value()) || least > 1 || least < SURE_WORD) {
            return f;
        }
        return new ReadField(f.field(), asRead.value(), f.page(), f.label(), f.confidence(), f.ocrRead());
    }

    /**
     * The lowest OCR confidence of the words an identifier was read from: words that hold it, or
     * are a piece of it at least {@value #GRAM} characters long (a label or punctuation stuck to
     * the word aside). A word that merely shares digits with it (the birth date on an ID card)
     * is not one of them. Above 1 when no word could be found.
     */
    static double leastWordConfidence(ReadField f, IngestedPage page) {
        double least = 2;
        String read = (f.corrected() ? f.ocrRead() : f.value()).toUpperCase(java.util.Locale.ROOT);
        for (OcrWord w : page.words()) {
            String text = NOT_IDENTIFIER
                    .matcher(PageText.squeeze(w.text()).toUpperCase(java.util.Locale.ROOT))
                    .replaceAll("");
            if (text.contains(read) || (text.length() >= GRAM && read.contains(text))) {
                least = Math.min(least, w.confidence());
            }
        }
        return least;
    }

    /**
     * A scanned page too unsure to judge, or with (almost) no text where text was expected. An
     * empty page among others (the blank back of a form) is no defect; a document of one empty
     * page is.
     */
    static boolean unreadable(IngestedPage page, int pages) {
        if (page.source() != PageSource.OCR) {
            return page.charCount() == 0 && pages == 1;
        }
        if (page.charCount() < MIN_CHARS) {
            return pages == 1 || page.charCount() > 0;
        }
        return page.meanConfidence() < MIN_CONFIDENCE;
    }
}
