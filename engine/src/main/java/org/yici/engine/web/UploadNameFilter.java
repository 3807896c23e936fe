package org.yici.engine.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart upload whose file name the container cannot read (a NUL in it) is answered 400
 * naming the part and the name. Tomcat throws while parsing and keeps an empty list of parts, so
 * without this the controller only saw "Required part 'request' is not present"; its exception
 * carries the name only, so the part is found in the body's last bytes ({@link RecentBodyBytes}).
 * The name cannot be cleaned instead: Tomcat refuses the whole request before any part is kept.
 * The parts are parsed here, first; any other parse failure is left to the handlers that know it
 * (413 for sizes).
 */
class UploadNameFilter extends OncePerRequestFilter {
    private static final ResourceBundle MESSAGES =
            ResourceBundle.getBundle("org.yici.engine.web.messages", Locale.ROOT);
    private final ObjectMapper json;

    UploadNameFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (InvalidFileNameException e) {
            refuse(response, e.getName(), refusedPart(request));
            return;
        } catch (IOException | ServletException | IllegalStateException e) {
            // Sizes and malformed bodies: the container keeps the failure and throws it again when
            // Spring asks for the parts; ProblemHandler answers it there.
        }
        chain.doFilter(request, response);
    }

    /** The form field of the refused part, from the body's last bytes (null if not found there). */
    private static String refusedPart(HttpServletRequest request) {
        RecentBodyBytes recent = RecentBodyBytes.of(request);
        if (recent == null) {
            return null;
        }
        try {
            String boundary = MediaType.parseMediaType(request.getContentType()).getParameter("boundary");
            return boundary == null ? null : recent.partWithNulInFileName(unquoted(boundary));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    private void refuse(HttpServletResponse response, String name, String part) throws IOException {
        String shown = name == null ? "" : org.yici.engine.storage.UploadNames.escaped(name);
        String detail = part == null ? "upload.unreadableName.detail" : "upload.unreadableName.partDetail";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                new MessageFormat(MESSAGES.getString(detail), Locale.ROOT).format(new Object[] {shown, part}));
        problem.setTitle(MESSAGES.getString("upload.unreadableName.title"));
        problem.setProperty("fileName", shown);
        if (part != null) {
            problem.setProperty("part", part);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
