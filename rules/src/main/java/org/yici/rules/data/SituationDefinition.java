package org.yici.rules.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A situation (情形) a request may state, from {@code data/situations.yaml}. */
public record SituationDefinition(
        String key,
        String question,
        Type type,
        Map<String, String> values,
        @JsonProperty("default") String defaultValue) {

    public enum Type {
        BOOLEAN,
        ENUM,
        INTEGER
    }

    public SituationDefinition {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    /** The canonical text of {@code raw} for this situation, or null when it is not a valid value. */
    public String normalise(Object raw) {
        if (raw == null) {
            return null;
        }
        String text = String.valueOf(raw).strip();
        return switch (type) {
            case BOOLEAN -> {
                String lower = text.toLowerCase(Locale.ROOT);
                yield lower.equals("true") || lower.equals("false") ? lower : null;
            }
            case ENUM -> values.containsKey(text) ? text : null;
            case INTEGER -> text.matches("\\d{1,9}") ? String.valueOf(Integer.parseInt(text)) : null;
        };
    }

    record File(List<SituationDefinition> situations) {}
}
