package org.yici.engine.job;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.yici.engine.audit.Actors;
import org.yici.engine.check.MultipartPackage;
import org.yici.rules.check.CheckRequest;

/**
 * {@code POST /api/v1/checks?async=true} (JSON or multipart, as the synchronous call): 202 with
 * {@code Location: /api/v1/jobs/{id}}; {@code GET /api/v1/jobs/{id}} reports status, progress and,
 * once done, the check.
 */
@RestController
@RequestMapping("/api/v1")
class JobController {
    private final JobService jobs;

    JobController(JobService jobs) {
        this.jobs = jobs;
    }

    @PostMapping(path = "/checks", params = "async=true", consumes = "application/json", produces = "application/json")
    ResponseEntity<JobView> submit(
            @RequestBody CheckRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest http) {
        return accepted(jobs.submit(request, idempotencyKey, Actors.of(http), List.of()));
    }

    /**
     * A package with files: a {@code request} part and one part per material id; files without a
     * material in parts named {@code file}, as for the synchronous call (CheckController).
     */
    @PostMapping(
            path = "/checks",
            params = "async=true",
            consumes = "multipart/form-data",
            produces = "application/json")
    ResponseEntity<JobView> submitWithFiles(
            @RequestPart("request") CheckRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            MultipartHttpServletRequest http)
            throws IOException {
        MultipartPackage pkg = MultipartPackage.read(request, http);
        List<JobService.Upload> uploads = new ArrayList<>();
        pkg.files().forEach((id, file) -> uploads.add(new JobService.Upload(id, file.declaredName(), file.content())));
        return accepted(jobs.submit(pkg.request(), idempotencyKey, Actors.of(http), uploads));
    }

    private static ResponseEntity<JobView> accepted(JobService.Submitted submitted) {
        var response = ResponseEntity.accepted()
                .location(URI.create("/api/v1/jobs/" + submitted.job().jobId()))
                .header("Retry-After", "1");
        if (submitted.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(submitted.job());
    }

    @GetMapping(path = "/jobs/{id}", produces = "application/json")
    JobView job(@PathVariable String id) {
        return jobs.find(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, format(JobRunner.MESSAGES.getString("jobNotFound"), id)));
    }

    @ExceptionHandler(MultipartPackage.UnknownPartException.class)
    ProblemDetail unknownPart(MultipartPackage.UnknownPartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, format(JobRunner.MESSAGES.getString("unknownPart.detail"), e.part()));
        problem.setTitle(JobRunner.MESSAGES.getString("unknownPart.title"));
        return problem;
    }

    @ExceptionHandler(JobService.KeyReusedException.class)
    ProblemDetail keyReused() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_ENTITY, JobRunner.MESSAGES.getString("keyReused.detail"));
        problem.setTitle(JobRunner.MESSAGES.getString("keyReused.title"));
        return problem;
    }

    /** MessageFormat in the root locale (numbers and dates as written, never the JVM's locale). */
    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
