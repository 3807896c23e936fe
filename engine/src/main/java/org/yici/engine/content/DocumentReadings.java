package org.yici.engine.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.ingest.IngestRequest;
import org.yici.ingest.IngestedPage;
import org.yici.rules.check.DocumentReading;
import org.yici.rules.data.MaterialTypeDefinition;
import org.yici.rules.model.BlankLabel;
import org.yici.rules.model.DocumentRead;
import org.yici.rules.model.SealLook;
import org.yici.rules.model.SignatureLook;

/** Reads the content of a check's ingested files and hands the rules what was read. */
public final class DocumentReadings {
    private DocumentReadings() {}

    /**
     * Each successfully ingested file with its type, fields, unreadable pages, seals and signatures read.
     * Seals and signatures come from the marks seen while it was read ({@link DocumentEvidence#marks()}):
     * a file read without a {@link PageMarksListener} has none.
     *
     * @param files the uploaded bytes by material id (to read fillable PDF forms)
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
        return read(documents, files, types, requiredLabels, Map.of());
    }

    /**
     * As {@link #read(List, Map, Collection, Map)}, with the files each document's pages came from
     * where that is not simply its file in {@code files} (by material id): a document of stacks that
     * runs from one file into the next. Its pages are read under the numbers they were given, and
     * every fact and the result name each page's file and its page there.
     */
    public static List<DocumentEvidence> read(
            List<DocumentEvidence> documents,
            Map<String, IngestRequest> files,
            Collection<MaterialTypeDefinition> types,
            Map<String, List<String>> requiredLabels,
            Map<String, List<FilePages>> parts) {
        if (documents.isEmpty()) {
            // Most checks carry no files: building the classifier is for those that do.
            return documents;
        }
        ContentReader reader = new ContentReader(types);
        // A stack's documents share its file: its form is walked once.
        Map<byte[], AcroFormBlanks.Form> forms = new IdentityHashMap<>();
        List<DocumentEvidence> out = new ArrayList<>(documents.size());
        for (DocumentEvidence d : documents) {
            if (d.document() == null) {
                out.add(d);
                continue;
            }
            ContentReader.Read read = reader.read(d.id(), d.document(), requiredLabels.get(d.id()));
            Looks looks = look(d);
            List<SealLook> seals = looks.seals();
            Boolean seal = seals.isEmpty() ? null : seals.stream().anyMatch(SealLook::found);
            DocumentReading r = read.reading();
            DocumentReading looked = new DocumentReading(
                    r.material(),
                    r.read(),
                    r.fields(),
                    r.sources(),
                    r.unreadable(),
                    seals,
                    r.blanks(),
                    looks.signatures());
            List<FilePages> from = parts.get(d.id());
            String name = d.document().declaredName();
            // Pages from more than one file were numbered through while read: put them back.
            PagePlaces places = from != null && from.size() > 1 ? new PagePlaces(from) : null;
            if (places != null) {
                looked = places.reading(looked);
            }
            // A fillable form's fields are read from each file the document's pages are in, only
            // those on its own pages (a stack PDF's form holds every document's fields).
            List<BlankLabel> blanks = new ArrayList<>(looked.blanks());
            List<SignatureLook> signatures = new ArrayList<>(looked.signatures());
            IngestRequest file = files.get(d.id());
            if (from == null && file != null && "application/pdf".equals(d.mediaType())) {
                AcroFormBlanks.Form form = forms.computeIfAbsent(file.content(), AcroFormBlanks::read);
                blanks.addAll(form.blanks(d.id(), name, null));
                signatures.addAll(form.signatures(d.id(), name, null));
            }
            for (FilePages part : from == null ? List.<FilePages>of() : from) {
                if (part.content() != null && "application/pdf".equals(part.mediaType())) {
                    Set<Integer> own = new HashSet<>(part.pages().values());
                    AcroFormBlanks.Form form = forms.computeIfAbsent(part.content(), AcroFormBlanks::read);
                    blanks.addAll(form.blanks(d.id(), part.file(), own));
                    signatures.addAll(form.signatures(d.id(), part.file(), own));
                }
            }
            DocumentReading withForms = new DocumentReading(
                    looked.material(),
                    looked.read(),
                    looked.fields(),
                    looked.sources(),
                    looked.unreadable(),
                    looked.seals(),
                    blanks,
                    signatures);
            if (places == null) {
                out.add(d.withReading(read.classification(), read.fields(), read.unreadable(), seal, withForms));
            } else {
                out.add(d.withReading(
                                places.classification(name, read.classification()),
                                places.fields(name, read.fields()),
                                places.pages(name, read.unreadable()),
                                seal,
                                withForms)
                        .withPageEvidence(places.pageEvidence(name, d.pageEvidence())));
            }
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
     * The seals and signature ink seen on the pictures of the document's scanned pages while they
     * were read (a stack's document: only its own pages, under their numbers in the stack).
     */
    static Looks look(DocumentEvidence d) {
        if (d.marks() == null) {
            return Looks.NONE;
        }
        String name = d.document().declaredName();
        List<SealLook> seals = new ArrayList<>();
        List<SignatureLook> signatures = new ArrayList<>();
        for (IngestedPage page : d.document().pages()) {
            PageMarks marks = d.marks().get(page.number());
            if (marks == null) {
                continue;
            }
            seals.add(new SealLook(d.id(), name, page.number(), marks.seal()));
            marks.signatures()
                    .forEach(s -> signatures.add(new SignatureLook(d.id(), name, page.number(), s.party(), s.inked())));
        }
        return new Looks(seals, signatures);
    }
}
