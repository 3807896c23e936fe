package org.yici.engine.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An asynchronous check as {@code GET /api/v1/jobs/{id}} shows it.
 *
 * @param progress files and pages read of all; pages are estimated until each file has been read
 * @param checkId the recorded check once DONE
 * @param result where the check's result is, once DONE
 * @param problem why it FAILED (problem+json, as the synchronous call would have answered)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(
        String jobId,
        JobStatus status,
        Progress progress,
        String checkId,
        String result,
        JsonNode problem,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    /** Documents and pages done of total. */
    public record Progress(int documentsDone, int documentsTotal, int pagesDone, int pagesTotal) {}

    static JobView of(JobRepository.JobRow row, JsonNode problem) {
        return new JobView(
                row.id(),
                row.status(),
                new Progress(row.documentsDone(), row.documentsTotal(), row.pagesDone(), row.pagesTotal()),
                row.checkId(),
                row.checkId() == null ? null : "/api/v1/checks/" + row.checkId(),
                problem,
                row.createdAt(),
                row.startedAt(),
                row.finishedAt());
    }
}
