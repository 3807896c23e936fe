package org.yici.engine.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A JSON request body over {@code yici.uploads.max-json-size} is answered 413 (problem+json)
 * before it is parsed: by its Content-Length when it has one, otherwise as soon as the bytes read
 * pass the limit. Multipart bodies have their own limits (spring.servlet.multipart); without this,
 * a JSON body had none, and Jackson would hold any size in memory.
 */
public class JsonBodyLimitFilter extends OncePerRequestFilter {
    private final DataSize limit;
    private final ObjectMapper json;

    public JsonBodyLimitFilter(DataSize limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return true;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return !(MediaType.APPLICATION_JSON.isCompatibleWith(media)
                    || media.getSubtype().endsWith("+json"));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit.toBytes()) {
            refuse(response);
            return;
        }
        try {
            chain.doFilter(new Limited(request, limit.toBytes()), response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByLimit(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(response);
        }
    }

    /** Jackson and Spring wrap what the stream throws; the limit is somewhere in the causes. */
    static boolean causedByLimit(Throwable e) {
        return limitOf(e) != null;
    }

    /** The limit a body passed, when that is why {@code e} was thrown; else null. */
    static Long limitOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge.limit;
            }
        }
        return null;
    }

    /** The 413 problem for a JSON body over {@code limitBytes}. */
    static ProblemDetail problem(long limitBytes) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "JSON 请求体不得超过 " + ProblemHandler.readable(DataSize.ofBytes(limitBytes)) + "；扫描件等文件请以 multipart 上传");
        problem.setTitle("请求过大（Request too large）");
        problem.setProperty("limitBytes", limitBytes);
        problem.setProperty("limit", "PER_JSON_REQUEST");
        return problem;
    }

    private void refuse(HttpServletResponse response) throws IOException {
        ProblemDetail problem = problem(limit.toBytes());
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE); // JSON is UTF-8 (RFC 8259)
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Thrown by the body stream past the limit (an IOException, as the reader expects of a stream). */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        BodyTooLargeException(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }
    }

    /** The request with a body stream that stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(
                    getInputStream(),
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding()));
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
