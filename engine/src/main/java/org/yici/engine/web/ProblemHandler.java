package org.yici.engine.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.yici.engine.csv.CsvRows;
import org.yici.engine.ingest.DocumentIngest;
import org.yici.rules.check.InvalidRequestException;

/**
 * Every error as {@code application/problem+json} (RFC 9457), with a message an intake developer
 * or a clerk can act on and, for invalid requests, every problem with its field.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final ResourceBundle MESSAGES =
            ResourceBundle.getBundle("org.yici.engine.web.messages", Locale.ROOT);

    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;

    ProblemHandler(
            @Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") String maxRequestSize) {
        this.maxFileSize = DataSize.parse(maxFileSize);
        this.maxRequestSize = DataSize.parse(maxRequestSize);
    }

    /**
     * 413 for uploads over {@code yici.uploads.max-file-size} or {@code max-request-size}: the
     * container refuses them while parsing, before any byte is ingested or stored.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        boolean perFile = causedBy(e, "FileSizeLimitExceeded");
        DataSize limit = perFile ? maxFileSize : maxRequestSize;
        String key = perFile ? "upload.fileTooLarge" : "upload.requestTooLarge";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, format(MESSAGES.getString(key + ".detail"), readable(limit)));
        problem.setTitle(MESSAGES.getString(key + ".title"));
        problem.setProperty("limitBytes", limit.toBytes());
        problem.setProperty("limit", perFile ? "PER_FILE" : "PER_REQUEST");
        return handleExceptionInternal(e, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    /** Tomcat says which limit by the exception's type; its class is internal, so match the name. */
    private static boolean causedBy(Throwable e, String simpleNamePart) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains(simpleNamePart)) {
                return true;
            }
        }
        return false;
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " B";
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        HttpStatus status = e.isUnknownMatter() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(e.isUnknownMatter() ? "未知事项" : "请求无法核验");
        List<ProblemField> errors = e.problems().stream()
                .map(p -> new ProblemField(p.kind().name(), p.field(), p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Files cannot be read now; the reason (which model file, which command) is in health and the log. */
    @ExceptionHandler(DocumentIngest.OcrUnavailableException.class)
    ResponseEntity<ProblemDetail> ocrUnavailable(DocumentIngest.OcrUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "扫描件和图片暂时无法识别，请稍后再试或联系系统管理员；不含文件的核验不受影响。");
        problem.setTitle("文字识别不可用");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(org.yici.engine.storage.UploadNames.UnreadableNameException.class)
    ProblemDetail unreadableName(org.yici.engine.storage.UploadNames.UnreadableNameException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, format(MESSAGES.getString("upload.unnamedPart.detail"), e.part()));
        problem.setTitle(MESSAGES.getString("upload.unnamedPart.title"));
        problem.setProperty("part", e.part());
        return problem;
    }

    @ExceptionHandler(CsvRows.InvalidCsvException.class)
    ProblemDetail invalidCsv(CsvRows.InvalidCsvException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("文件无法导入");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Long limit = JsonBodyLimitFilter.limitOf(e);
        if (limit != null) {
            return handleExceptionInternal(
                    e, JsonBodyLimitFilter.problem(limit), headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, readableCause(e));
        problem.setTitle("请求不是有效的 JSON");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Jackson's own first line names the field and the position; the rest is a stack of noise. */
    private static String readableCause(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        String message = cause instanceof com.fasterxml.jackson.core.JsonProcessingException j
                ? j.getOriginalMessage() + locationOf(j)
                : cause.getMessage();
        return message == null ? "请求体无法解析" : message;
    }

    private static String locationOf(com.fasterxml.jackson.core.JsonProcessingException j) {
        var at = j.getLocation();
        return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    record ProblemField(String kind, String field, String message) {}

    /** MessageFormat in the root locale (numbers and dates as written, never the JVM's locale). */
    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
