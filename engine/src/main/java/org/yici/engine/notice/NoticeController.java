package org.yici.engine.notice;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/checks/{id}/notice.{html,pdf}}: the check's notice, issued on first request and
 * reprinted from the archive after; {@code /notice} describes it as JSON.
 */
@RestController
// The window serves the same notices to logged-in staff, so the print button needs no API key.
@RequestMapping({"/api/v1/checks/{id}", "/window/checks/{id}"})
class NoticeController {
    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final NoticeService notices;

    NoticeController(NoticeService notices) {
        this.notices = notices;
    }

    /** What a client links to; the shape of the result's {@code notice} (ARCHITECTURE §3). */
    record NoticeLinks(NoticeType type, String number, String supersedes, String sha256, String html, String pdf) {}

    @GetMapping("/notice")
    NoticeLinks links(@PathVariable String id) {
        Notice n = notice(id);
        String base = "/api/v1/checks/" + id + "/notice";
        return new NoticeLinks(n.type(), n.number(), n.supersedes(), n.sha256(), base + ".html", base + ".pdf");
    }

    @GetMapping("/notice.html")
    ResponseEntity<String> html(@PathVariable String id) {
        Notice n = notice(id);
        return ResponseEntity.ok().contentType(HTML_UTF8).eTag(n.sha256()).body(n.html());
    }

    @GetMapping("/notice.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        Notice n = notice(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .eTag(n.sha256())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("notice-" + id + ".pdf")
                                .build()
                                .toString())
                .body(n.pdf());
    }

    private Notice notice(String id) {
        return notices.noticeOf(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的核验记录"));
    }

    /** No font, no notice: say what to install rather than a bare 500. */
    @ExceptionHandler(NoticePdf.NoticeFontException.class)
    ResponseEntity<ProblemDetail> fontMissing(NoticePdf.NoticeFontException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("notice font unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
