package org.yici.engine.job;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.yici.engine.audit.Actors;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.model.Form;

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
        List<JobService.Upload> uploads = new ArrayList<>();
        request = withUnassigned(request, http.getMultiFileMap().getOrDefault(UNASSIGNED, List.of()), uploads);
        Set<String> ids = new HashSet<>();
        request.materials().forEach(m -> ids.add(m.id()));
        for (Map.Entry<String, MultipartFile> part : http.getFileMap().entrySet()) {
            if (part.getKey().equals("request") || part.getKey().equals(UNASSIGNED)) {
                continue;
            }
            if (!ids.contains(part.getKey())) {
                throw new UnknownPartException(part.getKey());
            }
            MultipartFile file = part.getValue();
            uploads.add(new JobService.Upload(part.getKey(), file.getOriginalFilename(), file.getBytes()));
        }
        return accepted(jobs.submit(request, idempotencyKey, Actors.of(http), uploads));
    }

    /** The part name of a file sent without a material (as CheckController.UNASSIGNED). */
    static final String UNASSIGNED = "file";

    /**
     * One uncoded material per unassigned file, numbered {@code file-1}, {@code file-2}, … in the
     * same way as the synchronous call, so both paths make the same request of the same parts.
     */
    private static CheckRequest withUnassigned(
            CheckRequest request, List<MultipartFile> unassigned, List<JobService.Upload> uploads) throws IOException {
        if (unassigned.isEmpty()) {
            return request;
        }
        List<CheckRequest.Material> materials = new ArrayList<>(request.materials());
        Form form = "ONLINE".equals(request.channel()) ? Form.ELECTRONIC : Form.COPY;
        int n = 0;
        for (MultipartFile file : unassigned) {
            String id = UNASSIGNED + "-" + ++n;
            materials.add(new CheckRequest.Material(id, null, form, 1, file.getOriginalFilename(), null));
            uploads.add(new JobService.Upload(id, file.getOriginalFilename(), file.getBytes()));
        }
        return request.withMaterials(materials);
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

    @ExceptionHandler(UnknownPartException.class)
    ProblemDetail unknownPart(UnknownPartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, format(JobRunner.MESSAGES.getString("unknownPart.detail"), e.part));
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

    /** A file part whose name is no material id of the request. */
    static class UnknownPartException extends RuntimeException {
        final String part;

        UnknownPartException(String part) {
            super(part);
            this.part = part;
        }
    }

    /** MessageFormat in the root locale (numbers and dates as written, never the JVM's locale). */
    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
