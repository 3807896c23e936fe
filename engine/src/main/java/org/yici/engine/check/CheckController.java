package org.yici.engine.check;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.yici.engine.audit.Actors;
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
    ResponseEntity<CheckResult> check(
            @RequestBody CheckRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest http) {
        try {
            CheckService.Checked checked = checks.checkOnce(request, idempotencyKey, Actors.of(http));
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
