package org.yici.engine.form;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springdoc.core.annotations.ParameterObject;
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

    static final String DESCRIPTION =
            """
            The matter's application form (申请书) pre-filled (智能预填) from the request's applicant \
            (idNumber and name, or creditCode; or those of check checkId, with its agent), the licence \
            directory (电子证照) and the applicant's earlier checks within yici.prefill.max-age. Each filled \
            field names its source (申请人提供, 电子证照, 既往办件 with check id and date); a field nothing \
            knows is blank. 404 for an unknown matter, check, or a matter without a form; 400 without an \
            applicant. STAFF key.""";

    /** Whom to fill the form for: the query parameters both endpoints take. */
    record FormQuery(
            @Parameter(description = "the applicant's 公民身份号码") String idNumber,
            @Parameter(description = "the applicant's name as they give it") String name,
            @Parameter(description = "the applicant's 统一社会信用代码") String creditCode,
            @Parameter(description = "fill for the applicant and agent of this check, with what was known then")
                    String checkId) {}

    @Operation(summary = "Pre-filled application form as HTML", description = DESCRIPTION)
    @GetMapping("/form.html")
    ResponseEntity<String> html(
            @Parameter(description = "matter code, e.g. GTGSH-SL") @PathVariable String code,
            @ParameterObject FormQuery query) {
        return ResponseEntity.ok().contentType(HTML_UTF8).body(forms.html(fill(code, query)));
    }

    @Operation(summary = "Pre-filled application form as PDF (A4, font embedded)", description = DESCRIPTION)
    @GetMapping("/form.pdf")
    ResponseEntity<byte[]> pdf(
            @Parameter(description = "matter code, e.g. GTGSH-SL") @PathVariable String code,
            @ParameterObject FormQuery query) {
        FilledForm form = fill(code, query);
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

    private FilledForm fill(String code, FormQuery query) {
        String checkId = query.checkId();
        for (String identifier : new String[] {query.idNumber(), query.creditCode(), checkId}) {
            if (identifier != null
                    && !identifier.isBlank()
                    && !IDENTIFIER.matcher(identifier.strip()).matches()) {
                throw new FormException(FormException.Kind.NO_APPLICANT, "证件号码或核验编号只能由字母和数字组成：" + identifier);
            }
        }
        if (checkId != null && !checkId.isBlank()) {
            return forms.fillForCheck(code, checkId.strip());
        }
        return forms.fill(code, new ApplicantQuery(query.idNumber(), query.name(), query.creditCode()));
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
