package org.yici.rules.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
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
            throw new InvalidRuleFileException(
                    BuildProblem.error(file, at == null ? 0 : at.getLineNr(), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
