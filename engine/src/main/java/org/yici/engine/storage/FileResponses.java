package org.yici.engine.storage;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The bytes of a stored file as an HTTP answer, the same for the API and the window. */
public final class FileResponses {
    private FileResponses() {}

    /** A file that was kept: its object in the store, and what was said about it on upload. */
    public record Kept(String sha256, String fileName, String mediaType, long size) {}

    /** To save (API clients): {@code Content-Disposition: attachment}. */
    public static ResponseEntity<Resource> download(FileStore store, Kept file) {
        return answer(store, file, ContentDisposition.attachment());
    }

    /**
     * To look at in the browser (staff next to a result). Ingest only keeps PDFs and images (sniffed
     * from the bytes), and the answer forbids sniffing and runs nothing (CSP sandbox).
     */
    public static ResponseEntity<Resource> inline(FileStore store, Kept file) {
        return answer(store, file, ContentDisposition.inline());
    }

    private static ResponseEntity<Resource> answer(FileStore store, Kept file, ContentDisposition.Builder disposition) {
        Resource object = store.open(file.sha256())
                .orElseThrow(() -> new IllegalStateException("file " + file.sha256()
                        + " is recorded but the store has no such object (" + store.describe() + ")"));
        // Names are cleaned on upload; cleaning again keeps records made before that safe too.
        String clean = UploadNames.clean(file.fileName());
        String name = clean == null ? file.sha256() : clean;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .eTag("\"" + file.sha256() + "\"")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .body(object);
    }
}
