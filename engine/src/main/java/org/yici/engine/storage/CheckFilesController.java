package org.yici.engine.storage;

import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.yici.engine.audit.Actors;
import org.yici.engine.audit.AuditTrail;
import org.yici.engine.check.CheckService;

/**
 * {@code /api/v1/checks/{id}/files}: the files a check came with (any API role), and their bytes by
 * SHA-256 (STAFF; every download is in the audit trail).
 */
@RestController
@RequestMapping("/api/v1/checks/{id}/files")
class CheckFilesController {
    private static final ResourceBundle MESSAGES =
            ResourceBundle.getBundle("org.yici.engine.storage.messages", Locale.ROOT);

    private final CheckFiles files;
    private final FileStore store;
    private final CheckService checks;
    private final AuditTrail audit;

    CheckFilesController(CheckFiles files, FileStore store, CheckService checks, AuditTrail audit) {
        this.files = files;
        this.store = store;
        this.checks = checks;
        this.audit = audit;
    }

    /** One file of a check, with where to fetch its bytes. */
    record FileView(String materialId, String fileName, String mediaType, long size, String sha256, String href) {}

    @GetMapping(produces = "application/json")
    List<FileView> list(@PathVariable String id) {
        if (checks.find(id).isEmpty()) {
            throw notFound(format(MESSAGES.getString("checkNotFound"), id));
        }
        return files.of(id).stream()
                .map(f -> new FileView(
                        f.materialId(),
                        f.fileName(),
                        f.mediaType(),
                        f.size(),
                        f.sha256(),
                        "/api/v1/checks/" + id + "/files/" + f.sha256()))
                .toList();
    }

    @GetMapping("/{sha256}")
    ResponseEntity<Resource> bytes(@PathVariable String id, @PathVariable String sha256, HttpServletRequest http) {
        CheckFiles.StoredFile file = files.file(id, sha256)
                .orElseThrow(() -> notFound(format(MESSAGES.getString("fileNotFound"), id, sha256)));
        audit.record(Actors.of(http), "FILE_DOWNLOADED", "CHECK", id, file.materialId() + " " + sha256);
        return FileResponses.download(store, file.kept());
    }

    private static ResponseStatusException notFound(String detail) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
    }

    /** MessageFormat in the root locale (numbers and dates as written, never the JVM's locale). */
    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
