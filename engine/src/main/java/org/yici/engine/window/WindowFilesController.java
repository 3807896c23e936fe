package org.yici.engine.window;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.yici.engine.audit.AuditTrail;
import org.yici.engine.storage.CheckFiles;
import org.yici.engine.storage.FileResponses;
import org.yici.engine.storage.FileStore;

/**
 * A check's uploaded file opened in the browser for staff (the scan next to its result), with the
 * staff user in the audit trail as for every download.
 */
@Controller
class WindowFilesController {
    private final CheckFiles files;
    private final FileStore store;
    private final AuditTrail audit;

    WindowFilesController(CheckFiles files, FileStore store, AuditTrail audit) {
        this.files = files;
        this.store = store;
        this.audit = audit;
    }

    @GetMapping("/window/checks/{id}/files/{sha256}")
    ResponseEntity<Resource> file(
            @PathVariable String id, @PathVariable String sha256, Principal principal, HttpServletRequest http) {
        CheckFiles.StoredFile file =
                files.file(id, sha256).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(
                new AuditTrail.Actor(principal.getName(), http.getRemoteAddr()),
                "FILE_VIEWED",
                "CHECK",
                id,
                file.materialId() + " " + sha256);
        return FileResponses.inline(store, file.kept());
    }
}
