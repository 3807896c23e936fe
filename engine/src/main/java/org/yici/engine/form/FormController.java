package org.yici.engine.form;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yici.engine.notice.NoticePdf;

/**
 * {@code /api/v1/matters/{code}/form.{html,pdf}}: the matter's application form pre-filled for
 * an applicant ({@code idNumber} and {@code name}, or {@code creditCode}) or for the applicant of
 * a check ({@code checkId}). Staff only, like notices: the form shows licence data and earlier
 * checks. The window serves the same form to logged-in staff.
 */
@RestController
@RequestMapping({"/api/v1/matters/{code}", "/window/matters/{code}"})
class FormController {
    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    /** ID numbers, credit codes and check ids: letters and digits only. */
    private static final Pattern IDENTIFIER = Pattern.compile("[0-9A-Za-z]{1,40}");

    private final FormService forms;

    FormController(FormService forms) {
        this.forms = forms;
    }

    @GetMapping("/form.html")
    ResponseEntity<String> html(
            @PathVariable String code,
            @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String checkId) {
        FilledForm form = fill(code, idNumber, name, creditCode, checkId);
        return ResponseEntity.ok().contentType(HTML_UTF8).body(forms.html(form));
    }

    @GetMapping("/form.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String code,
            @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String checkId) {
        FilledForm form = fill(code, idNumber, name, creditCode, checkId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("form-" + code + ".pdf")
                                .build()
                                .toString())
                .body(forms.pdf(form));
    }

    private FilledForm fill(String code, String idNumber, String name, String creditCode, String checkId) {
        for (String identifier : new String[] {idNumber, creditCode, checkId}) {
            if (identifier != null
                    && !identifier.isBlank()
                    && !IDENTIFIER.matcher(identifier.strip()).matches()) {
                throw new FormException(FormException.Kind.NO_APPLICANT, "证件号码或核验编号只能由字母和数字组成：" + identifier);
            }
        }
        if (checkId != null && !checkId.isBlank()) {
            return forms.fillForCheck(code, checkId.strip());
        }
        return forms.fill(code, new ApplicantQuery(idNumber, name, creditCode));
    }

    @ExceptionHandler(FormException.class)
    ResponseEntity<ProblemDetail> cannotFill(FormException e) {
        HttpStatus status = e.kind() == FormException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("form cannot be filled");
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** No font, no printed form: say what to install rather than a bare 500. */
    @ExceptionHandler(NoticePdf.NoticeFontException.class)
    ResponseEntity<ProblemDetail> fontMissing(NoticePdf.NoticeFontException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("form font unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
