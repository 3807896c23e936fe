package org.yici.engine.check;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.MDC;
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
import org.yici.ingest.IngestRequest;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.model.Form;

/** {@code /api/v1/checks}: check a package, read a recorded check. */
@RestController
@RequestMapping("/api/v1/checks")
class CheckController {
    private final CheckService checks;

    CheckController(CheckService checks) {
        this.checks = checks;
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    ResponseEntity<CheckResult> check(
            @RequestBody CheckRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest http) {
        return respond(request, idempotencyKey, http, Map.of());
    }

    /**
     * A package with files: a {@code request} part (JSON) and one part per file, named by the id of
     * the material it is for ({@code materials[].id}). Files the sender did not assign go in parts
     * named {@value #UNASSIGNED} (any number): each becomes a material without a code, id
     * {@code file-1}, {@code file-2}, …, whose type is read from its content and matched.
     */
    @PostMapping(consumes = "multipart/form-data", produces = "application/json")
    ResponseEntity<CheckResult> checkWithFiles(
            @RequestPart("request") CheckRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            MultipartHttpServletRequest http)
            throws IOException {
        Map<String, IngestRequest> files = new LinkedHashMap<>();
        request = withUnassigned(request, http.getMultiFileMap().getOrDefault(UNASSIGNED, List.of()), files);
        Set<String> ids = new HashSet<>();
        request.materials().forEach(m -> ids.add(m.id()));
        for (Map.Entry<String, MultipartFile> part : http.getFileMap().entrySet()) {
            if (part.getKey().equals("request") || part.getKey().equals(UNASSIGNED)) {
                continue;
            }
            if (!ids.contains(part.getKey())) {
                throw new UnknownFilePartException(part.getKey());
            }
            MultipartFile file = part.getValue();
            files.put(part.getKey(), new IngestRequest(file.getOriginalFilename(), file.getBytes()));
        }
        return respond(request, idempotencyKey, http, files);
    }

    /** The part name of a file sent without a material: its type is classified from content. */
    static final String UNASSIGNED = "file";

    /**
     * The request with one uncoded material per unassigned file: an electronic file online, a
     * scanned copy at the window.
     */
    private static CheckRequest withUnassigned(
            CheckRequest request, List<MultipartFile> unassigned, Map<String, IngestRequest> files) throws IOException {
        if (unassigned.isEmpty()) {
            return request;
        }
        List<CheckRequest.Material> materials = new ArrayList<>(request.materials());
        Form form = "ONLINE".equals(request.channel()) ? Form.ELECTRONIC : Form.COPY;
        int n = 0;
        for (MultipartFile file : unassigned) {
            String id = UNASSIGNED + "-" + ++n;
            materials.add(new CheckRequest.Material(id, null, form, 1, file.getOriginalFilename(), null));
            files.put(id, new IngestRequest(file.getOriginalFilename(), file.getBytes()));
        }
        return request.withMaterials(materials);
    }

    private ResponseEntity<CheckResult> respond(
            CheckRequest request, String idempotencyKey, HttpServletRequest http, Map<String, IngestRequest> files) {
        try {
            CheckService.Checked checked = checks.checkOnce(request, idempotencyKey, Actors.of(http), files);
            if (checked.replayed()) {
                return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(checked.result());
            }
            return ResponseEntity.created(
                            URI.create("/api/v1/checks/" + checked.result().checkId()))
                    .body(checked.result());
        } finally {
            MDC.remove("checkId");
        }
    }

    @ExceptionHandler(UnknownFilePartException.class)
    ProblemDetail unknownPart(UnknownFilePartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("文件与材料不对应");
        return problem;
    }

    /** A file part whose name is no material id of the request. */
    static class UnknownFilePartException extends RuntimeException {
        UnknownFilePartException(String part) {
            super("文件部分 " + part + " 不对应请求中的任何材料标识（materials[].id）");
        }
    }

    @ExceptionHandler(CheckService.IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(CheckService.IdempotencyKeyReusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Idempotency-Key 已用于另一请求");
        return problem;
    }

    @GetMapping(path = "/{id}", produces = "application/json")
    CheckResult find(@PathVariable String id) {
        return checks.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的核验记录"));
    }
}
