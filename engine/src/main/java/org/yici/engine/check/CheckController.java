package org.yici.engine.check;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
    ResponseEntity<CheckResult> check(@RequestBody CheckRequest request, HttpServletRequest http) {
        CheckResult result = checks.check(request, Actors.of(http));
        return ResponseEntity.created(URI.create("/api/v1/checks/" + result.checkId()))
                .body(result);
    }

    @GetMapping(path = "/{id}", produces = "application/json")
    CheckResult find(@PathVariable String id) {
        return checks.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的核验记录"));
    }
}
