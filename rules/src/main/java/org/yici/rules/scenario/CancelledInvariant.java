package org.yici.rules.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import org.yici.rules.build.RuleBook;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.model.Text;

/**
 * ARCHITECTURE §3's first invariant: no cancelled certificate's code or name appears anywhere in
 * a result. Checked on every scenario, and by property tests on generated requests.
 */
public final class CancelledInvariant {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private CancelledInvariant() {}

    /** The cancelled codes or names found in {@code outcome}'s JSON; empty when it holds. */
    public static List<String> violations(RuleBook book, CheckOutcome outcome) {
        String text;
        try {
            text = Text.normalise(JSON.writeValueAsString(outcome));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return violations(book, text);
    }

    /** The cancelled codes or names found in {@code text} (any rendered text: JSON, HTML, PDF text). */
    public static List<String> violations(RuleBook book, String text) {
        String normalised = Text.normalise(text);
        List<String> found = new ArrayList<>();
        for (var cert : book.data().cancelled().values()) {
            if (normalised.contains(cert.code()) || normalised.contains(Text.normalise(cert.name()))) {
                found.add("cancelled certificate " + cert.code() + " " + cert.name() + " appears in the result");
            }
        }
        return found;
    }
}
