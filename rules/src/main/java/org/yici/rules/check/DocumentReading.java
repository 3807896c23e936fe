package org.yici.rules.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yici.rules.model.BlankLabel;
import org.yici.rules.model.DocumentRead;
import org.yici.rules.model.FieldSource;
import org.yici.rules.model.SealLook;
import org.yici.rules.model.SignatureLook;
import org.yici.rules.model.UnreadablePage;

/**
 * What the service read from one uploaded file, as facts for the rules: the type it looks like,
 * the fields it states (with where they were read), unreadable pages, seals looked for, blank
 * labelled fields and signature places looked at. The rules decide what of this is a finding.
 *
 * @param material the id of the submitted material the file came with
 * @param read the classification, or null when the file could not be read at all
 */
public record DocumentReading(
        String material,
        DocumentRead read,
        Map<String, String> fields,
        Map<String, FieldSource> sources,
        List<UnreadablePage> unreadable,
        List<SealLook> seals,
        List<BlankLabel> blanks,
        List<SignatureLook> signatures) {

    public DocumentReading {
        fields = Map.copyOf(fields);
        sources = Map.copyOf(sources);
        unreadable = List.copyOf(unreadable);
        seals = List.copyOf(seals);
        blanks = List.copyOf(blanks);
        signatures = List.copyOf(signatures);
    }

    /** A reading in which no signature place was looked at. */
    public DocumentReading(
            String material,
            DocumentRead read,
            Map<String, String> fields,
            Map<String, FieldSource> sources,
            List<UnreadablePage> unreadable,
            List<SealLook> seals,
            List<BlankLabel> blanks) {
        this(material, read, fields, sources, unreadable, seals, blanks, List.of());
    }

    /** This reading with the signature places looked at. */
    public DocumentReading withSignatures(List<SignatureLook> looked) {
        return new DocumentReading(material, read, fields, sources, unreadable, seals, blanks, looked);
    }

    /** The facts this reading adds to a session (the fields go onto the submitted material). */
    List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        if (read != null) {
            facts.add(read);
        }
        facts.addAll(unreadable);
        facts.addAll(seals);
        facts.addAll(blanks);
        facts.addAll(signatures);
        return facts;
    }
}
