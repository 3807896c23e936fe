package org.yici.engine.check;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.yici.ingest.IngestRequest;
import org.yici.rules.check.CheckRequest;

/** {@code /api/v1/checks}: check a package, read a recorded check. */
@RestController
@RequestMapping("/api/v1/checks")
class CheckController {
    private final CheckService checks;

    CheckController(CheckService checks) {
        this.checks = checks;
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @CheckResultResponses
    ResponseEntity<byte[]> check(
            @RequestBody CheckRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest http) {
        return respond(request, idempotencyKey, http, Map.of());
    }

    /**
     * A package with files: a {@code request} part (JSON) and one part per file, named by the id of
     * the material it is for ({@code materials[].id}). Files the sender did not assign go in parts
     * named {@value MultipartPackage#UNASSIGNED} (any number): each becomes a material without a code, id
     * {@code file-1}, {@code file-2}, …, whose type is read from its content and matched. Whole
     * stacks scanned at once go in parts named {@value MultipartPackage#STACK} (any number): each
     * is cut into documents, listed in the result's {@code stacks} with their pages.
     */
    @PostMapping(consumes = "multipart/form-data", produces = "application/json")
    @CheckResultResponses
    ResponseEntity<byte[]> checkWithFiles(
            @RequestPart("request") CheckRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            MultipartHttpServletRequest http)
            throws IOException {
        MultipartPackage pkg = MultipartPackage.read(request, http);
        return respond(pkg.request(), idempotencyKey, http, pkg.files());
    }

    /**
     * The answer's body is the result's JSON as recorded ({@code check_record.result_json}): written
     * once per check, not once for the record and again for the answer.
     */
    private ResponseEntity<byte[]> respond(
            CheckRequest request, String idempotencyKey, HttpServletRequest http, Map<String, IngestRequest> files) {
        try {
            CheckService.Checked checked = checks.checkOnce(request, idempotencyKey, Actors.of(http), files);
            byte[] body = checked.json().getBytes(StandardCharsets.UTF_8);
            if (checked.replayed()) {
                return ResponseEntity.ok()
                        .header("Idempotent-Replayed", "true")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(body);
            }
            return ResponseEntity.created(
                            URI.create("/api/v1/checks/" + checked.result().checkId()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body);
        } finally {
            MDC.remove("checkId");
        }
    }

    @ExceptionHandler(MultipartPackage.UnknownPartException.class)
    ProblemDetail unknownPart(MultipartPackage.UnknownPartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("文件与材料不对应");
        return problem;
    }

    @ExceptionHandler(CheckService.IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(CheckService.IdempotencyKeyReusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Idempotency-Key 已用于另一请求");
        return problem;
    }

    /** What the API document says the check endpoints answer: a {@link CheckResult}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "201",
            description = "Checked and recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CheckResult.class)))
    @ApiResponse(
            responseCode = "200",
            description = "An idempotent retry (header Idempotent-Replayed: true): the recorded check",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CheckResult.class)))
    @interface CheckResultResponses {}

    @GetMapping(path = "/{id}", produces = "application/json")
    CheckResult find(@PathVariable String id) {
        return checks.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的核验记录"));
    }
}
