package org.yici.engine.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.rules.check.DocumentReading;
import org.yici.rules.model.BlankLabel;
import org.yici.rules.model.DocumentRead;
import org.yici.rules.model.FieldSource;
import org.yici.rules.model.SealLook;
import org.yici.rules.model.SignatureLook;
import org.yici.rules.model.UnreadablePage;

/**
 * Puts the pages of a document read across files ({@link FilePages}) back where they are: every
 * fact for the rules names the file and the page in that file, so a finding says
 * "（b.jpg第1页）", and the result's page evidence and fields name their file.
 */
final class PagePlaces {
    /** A page in an uploaded file. */
    record Place(String file, int page) {}

    private final Map<Integer, Place> places = new HashMap<>();

    PagePlaces(List<FilePages> parts) {
        for (FilePages part : parts) {
            part.pages().forEach((read, inFile) -> places.put(read, new Place(part.file(), inFile)));
        }
    }

    private Place at(String document, int page) {
        return places.getOrDefault(page, new Place(document, page));
    }

    DocumentReading reading(DocumentReading r) {
        DocumentRead read = r.read();
        DocumentRead placedRead = read == null
                ? null
                : new DocumentRead(
                        read.material(),
                        at(read.document(), read.evidencePage()).file(),
                        read.type(),
                        read.confidence(),
                        at(read.document(), read.evidencePage()).page());
        Map<String, FieldSource> sources = new HashMap<>();
        r.sources().forEach((field, s) -> {
            Place p = at(s.document(), s.page());
            sources.put(field, new FieldSource(p.file(), p.page(), s.label(), s.confidence()));
        });
        List<UnreadablePage> unreadable = new ArrayList<>();
        for (UnreadablePage u : r.unreadable()) {
            Place p = at(u.document(), u.page());
            unreadable.add(new UnreadablePage(u.material(), p.file(), p.page(), u.confidence()));
        }
        List<SealLook> seals = new ArrayList<>();
        for (SealLook s : r.seals()) {
            Place p = at(s.document(), s.page());
            seals.add(new SealLook(s.material(), p.file(), p.page(), s.found()));
        }
        List<BlankLabel> blanks = new ArrayList<>();
        for (BlankLabel b : r.blanks()) {
            Place p = at(b.document(), b.page());
            blanks.add(new BlankLabel(b.material(), p.file(), p.page(), b.field()));
        }
        List<SignatureLook> signatures = new ArrayList<>();
        for (SignatureLook s : r.signatures()) {
            Place p = at(s.document(), s.page());
            signatures.add(new SignatureLook(s.material(), p.file(), p.page(), s.party(), s.signed()));
        }
        return new DocumentReading(
                r.material(), placedRead, r.fields(), sources, unreadable, seals, blanks, signatures);
    }

    List<ReadField> fields(String document, List<ReadField> fields) {
        return fields.stream()
                .map(f -> {
                    Place p = at(document, f.page());
                    return new ReadField(
                            f.field(), f.value(), p.page(), f.label(), f.confidence(), f.ocrRead(), p.file());
                })
                .toList();
    }

    Classification classification(String document, Classification c) {
        return new Classification(
                c.type(),
                c.confidence(),
                c.page() == 0 ? 0 : at(document, c.page()).page(),
                c.evidence().stream()
                        .map(cue ->
                                new Classification.Cue(at(document, cue.page()).page(), cue.word(), cue.heading()))
                        .toList());
    }

    List<Integer> pages(String document, List<Integer> pages) {
        return pages.stream().map(page -> at(document, page).page()).toList();
    }

    List<DocumentEvidence.Page> pageEvidence(String document, List<DocumentEvidence.Page> pages) {
        return pages.stream()
                .map(page -> {
                    Place p = at(document, page.number());
                    return new DocumentEvidence.Page(
                            p.page(), page.source(), page.chars(), page.confidence(), p.file());
                })
                .toList();
    }
}
