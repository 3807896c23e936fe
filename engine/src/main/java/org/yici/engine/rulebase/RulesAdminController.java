package org.yici.engine.rulebase;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yici.engine.audit.Actors;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleBuildException;
import org.yici.rules.build.RuleSource;

/**
 * {@code /api/v1/admin/rules}: the live rule base, reloads (in database mode: publishing the node's
 * rules folder to every node), and dry runs of a change.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/rules", produces = "application/json")
class RulesAdminController {
    private final LiveRuleBook rules;
    private final RuleDiff diff;

    RulesAdminController(LiveRuleBook rules, RuleDiff diff) {
        this.rules = rules;
        this.diff = diff;
    }

    @GetMapping
    Map<String, Object> status() {
        RuleBook book = rules.book();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("version", book.version());
        status.put("loadedAt", rules.loadedAt());
        status.put("origin", book.source().origin());
        status.put("reloadable", rules.reloadable());
        status.put("source", rules.mode().name().toLowerCase(java.util.Locale.ROOT));
        rules.published().ifPresent(p -> status.put("published", p));
        status.put(
                "matters",
                book.matters().values().stream()
                        .map(m -> Map.of(
                                "code",
                                m.code(),
                                "name",
                                m.name(),
                                "hash",
                                book.source().hashOf("matters/" + m.code() + "/")))
                        .toList());
        status.put("warnings", book.warnings().stream().map(Object::toString).toList());
        rules.lastReload().ifPresent(r -> status.put("lastReload", r));
        return status;
    }

    /** Folder mode: reload the folder. Database mode: publish the node's rules as the version for every node. */
    @PostMapping("/reload")
    ResponseEntity<LiveRuleBook.ReloadReport> reload(HttpServletRequest http) {
        LiveRuleBook.ReloadReport report;
        if (rules.mode() == LiveRuleBook.Mode.DATABASE) {
            // The API key's name (and the person it names in X-Yici-Actor), as the audit trail has it.
            report = rules.publish(rules.source(), Actors.of(http).name());
        } else if (rules.reloadable()) {
            report = rules.reload();
        } else {
            throw new NotReloadableException();
        }
        return ResponseEntity.status(report.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(report);
    }

    /** {@code {"rulesDir": "/path/to/candidate", "since": "2026-03-01"}}. */
    @PostMapping(path = "/dry-run", consumes = "application/json")
    RuleDiff.Report dryRun(@RequestBody DryRun request) {
        Path dir = Path.of(request.rulesDir());
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("rulesDir is not a folder: " + request.rulesDir());
        }
        LocalDate since = request.since() == null ? LocalDate.of(1970, 1, 1) : request.since();
        return diff.compare(
                RuleSource.directory(dir),
                since.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    record DryRun(String rulesDir, LocalDate since) {}

    @ExceptionHandler(RuleBuildException.class)
    ProblemDetail buildFailed(RuleBuildException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "规则无法编译");
        List<String> errors = e.problems().stream().map(Object::toString).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NotReloadableException.class)
    ProblemDetail notReloadable(NotReloadableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "规则来自构建包，无法热加载；请设置 YICI_RULES_DIR 指向规则目录");
    }

    static class NotReloadableException extends RuntimeException {}
}
