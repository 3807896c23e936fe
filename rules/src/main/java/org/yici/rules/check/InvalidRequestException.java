package org.yici.rules.check;

import java.util.List;

/**
 * A request the rules cannot check as it stands; every problem is listed so an intake system can
 * fix them in one go. Nothing is checked or stored for such a request.
 */
public class InvalidRequestException extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidRequestException(List<Problem> problems) {
        super(problems.stream()
                .map(Problem::message)
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid request"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Whether the only problem is an unknown matter (a 404 rather than a 400 for REST). */
    public boolean isUnknownMatter() {
        return problems.size() == 1 && problems.get(0).kind() == Kind.UNKNOWN_MATTER;
    }

    public enum Kind {
        MISSING_FIELD,
        UNKNOWN_MATTER,
        UNKNOWN_MATERIAL,
        MATERIAL_OF_ANOTHER_MATTER,
        INVALID_SITUATION,
        INVALID_COMMITMENT,
        INVALID_MATERIAL
    }

    /**
     * @param field the JSON pointer-like path of the offending field, e.g. {@code materials[2].code}
     */
    public record Problem(Kind kind, String field, String message) {}
}
