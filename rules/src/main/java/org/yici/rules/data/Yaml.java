package org.yici.rules.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.yici.rules.build.BuildProblem;

/**
 * The YAML reader for rule files. Unknown properties fail, so a maintainer's typo
 * ({@code requirment:}) is an error with its line rather than a silently ignored field.
 */
public final class Yaml {
    public static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private Yaml() {}

    /** Reads {@code text} as {@code type}; a malformed file becomes a problem naming file and line. */
    public static <T> T read(String file, String text, Class<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            if (e instanceof UnrecognizedPropertyException u) {
                line = lineOfKey(text, u.getPropertyName(), line);
            }
            throw new InvalidRuleFileException(BuildProblem.error(file, line, e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records are read through their constructor, so Jackson reports an unknown key where the
     * enclosing object ends; the maintainer needs the line of the key itself.
     */
    private static int lineOfKey(String text, String key, int reported) {
        String[] lines = text.split("\n", -1);
        Pattern keyLine = Pattern.compile("^\\s*(-\\s*)?" + Pattern.quote(key) + "\\s*:");
        for (int i = Math.min(reported, lines.length) - 1; i >= 0; i--) {
            if (keyLine.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return reported;
    }

    /** A rule data file that cannot be read; carries the problem with its location. */
    public static final class InvalidRuleFileException extends RuntimeException {
        private final transient BuildProblem problem;

        InvalidRuleFileException(BuildProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public BuildProblem problem() {
            return problem;
        }
    }
}
