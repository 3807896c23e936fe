package org.yici.rules.build;

/**
 * A problem found while building or linting a rule base, pointing at a file and line so a rule
 * maintainer can go straight to it.
 *
 * @param line 1-based, or 0 when the problem concerns the file as a whole
 * @param column 1-based, or 0 when the compiler did not say
 */
public record BuildProblem(Severity severity, String file, int line, int column, String message) {

    public BuildProblem(Severity severity, String file, int line, String message) {
        this(severity, file, line, 0, message);
    }

    public enum Severity {
        ERROR,
        WARNING
    }

    public static BuildProblem error(String file, int line, String message) {
        return new BuildProblem(Severity.ERROR, file, line, message);
    }

    public static BuildProblem warning(String file, int line, String message) {
        return new BuildProblem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: SEVERITY message}, the form editors and CI logs link from. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + severity + " " + message;
    }
}
