package org.yici.engine.deferral;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.yici.engine.audit.Actors;
import org.yici.engine.audit.AuditTrail;
import org.yici.engine.check.CheckService;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.engine.ingest.DocumentIngest;
import org.yici.engine.storage.FileResponses;
import org.yici.engine.storage.FileStore;
import org.yici.ingest.IngestRequest;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.model.Form;

/** {@code /api/v1/deferrals}: staff follow 容缺受理 materials until they are supplemented. */
@RestController
@RequestMapping(path = "/api/v1/deferrals", produces = "application/json")
class DeferralController {
    private final DeferralService deferrals;
    private final CheckService checks;
    private final DocumentIngest ingest;
    private final FileStore store;
    private final AuditTrail audit;

    DeferralController(
            DeferralService deferrals, CheckService checks, DocumentIngest ingest, FileStore store, AuditTrail audit) {
        this.deferrals = deferrals;
        this.checks = checks;
        this.ingest = ingest;
        this.store = store;
        this.audit = audit;
    }

    @GetMapping
    List<Deferral> list(
            @RequestParam(required = false) Deferral.Status status, @RequestParam(required = false) String checkId) {
        return checkId != null ? deferrals.ofCheck(checkId) : deferrals.list(status);
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        return Map.of("deferral", deferrals.get(id), "history", deferrals.history(id));
    }

    @PostMapping(path = "/{id}/supplements", consumes = "application/json")
    DeferralService.SupplementResult supplement(
            @PathVariable String id, @RequestBody CheckRequest.Material material, HttpServletRequest http) {
        Deferral d = deferrals.get(id);
        return deferrals.supplement(id, checks.requestOf(d.checkId()), material, Actors.of(http));
    }

    /**
     * A supplement as an uploaded scan: a {@code material} part ({@code {"form": "ELECTRONIC",
     * "copies": 1}}) and a {@code file} part, read by ingest before the re-check.
     */
    @PostMapping(path = "/{id}/supplements", consumes = "multipart/form-data")
    DeferralService.SupplementResult supplementFile(
            @PathVariable String id,
            @RequestPart("material") CheckRequest.Material material,
            @RequestPart("file") MultipartFile file,
            HttpServletRequest http)
            throws IOException {
        Deferral d = deferrals.get(id);
        byte[] content = file.getBytes();
        String name = org.yici.engine.storage.UploadNames.ofPart("file", file.getOriginalFilename());
        DocumentEvidence document =
                ingest.ingest(Map.of("file", new IngestRequest(name, content))).get(0);
        CheckRequest.Material withFile = new CheckRequest.Material(
                material.id(),
                material.code(),
                material.form() == null ? Form.ELECTRONIC : material.form(),
                material.copies(),
                name,
                material.fields());
        return deferrals.supplement(
                id,
                checks.requestOf(d.checkId()),
                withFile,
                new DeferralService.SuppliedFile(document, content),
                Actors.of(http));
    }

    /** A supplement as listed: the file, when it came as one, with where to fetch its bytes. */
    record SupplementView(
            String id,
            boolean passed,
            List<CheckOutcome.FindingView> findings,
            String actor,
            java.time.Instant at,
            FileResponses.Kept file,
            String fileHref) {}

    @GetMapping("/{id}/supplements")
    List<SupplementView> supplements(@PathVariable String id) {
        return deferrals.supplements(id).stream()
                .map(s -> new SupplementView(
                        s.id(),
                        s.passed(),
                        s.findings(),
                        s.actor(),
                        s.at(),
                        s.file(),
                        s.file() == null ? null : "/api/v1/deferrals/" + id + "/supplements/" + s.id() + "/file"))
                .toList();
    }

    /** The scan a supplement came as (every download is in the audit trail, as for a check's files). */
    @GetMapping(path = "/{id}/supplements/{supplementId}/file", produces = MediaType.ALL_VALUE)
    ResponseEntity<Resource> supplementFile(
            @PathVariable String id, @PathVariable String supplementId, HttpServletRequest http) {
        FileResponses.Kept file = deferrals
                .supplementFile(id, supplementId)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "容缺材料 " + id + " 没有带文件的补交记录 " + supplementId));
        audit.record(
                Actors.of(http), "FILE_DOWNLOADED", DeferralService.SUBJECT, id, supplementId + " " + file.sha256());
        return FileResponses.download(store, file);
    }

    @PostMapping(path = "/{id}/withdraw", consumes = "application/json")
    Deferral withdraw(@PathVariable String id, @RequestBody Map<String, String> body, HttpServletRequest http) {
        return deferrals.withdraw(id, body.getOrDefault("reason", ""), Actors.of(http));
    }

    @ExceptionHandler(DeferralService.DeferralNotFoundException.class)
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(DeferralService.DeferralConflictException.class)
    ProblemDetail conflict(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("容缺材料无法按此处理");
        return problem;
    }
}
