package org.yici.engine.apikey;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every API endpoint but the API document and health needs a key ({@code Authorization: Bearer
 * <key>} or {@code X-API-Key: <key>}) with a role that may use it; refusals are problem+json.
 * The key's name becomes the actor of the audit trail.
 */
public class ApiKeyFilter extends OncePerRequestFilter {
    /** Request attribute holding the authenticated {@link ApiKeys.ApiKey}. */
    static final String KEY = ApiKeyFilter.class.getName() + ".key";

    private final ApiKeys keys;
    private final ObjectMapper json;

    ApiKeyFilter(ApiKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/v1/openapi.json") || path.startsWith("/api/v1/docs");
    }

    private static boolean isHealth(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isHealth(request)) {
            // Health answers anyone with its status; a valid key (like a staff login) also sees the
            // details (management.endpoint.health.show-details: when-authorized).
            Optional<ApiKeys.ApiKey> key = keys.authenticate(presented(request));
            chain.doFilter(key.isPresent() ? new KeyPrincipal(request, key.get()) : request, response);
            return;
        }
        Optional<ApiKeys.ApiKey> key = keys.authenticate(presented(request));
        if (key.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            refuse(response, HttpStatus.UNAUTHORIZED, "需要有效的 API 密钥（Authorization: Bearer <key> 或 X-API-Key）");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ApiRole needed = ApiAccess.roleFor(request.getMethod(), path);
        if (!ApiAccess.allows(key.get().roles(), needed)) {
            refuse(response, HttpStatus.FORBIDDEN, "API 密钥 " + key.get().name() + " 无权访问此接口（需要 " + needed + " 角色）");
            return;
        }
        request.setAttribute(KEY, key.get());
        chain.doFilter(request, response);
    }

    /** The name of the API key the request was authenticated with, or null. */
    public static String keyName(HttpServletRequest request) {
        return request.getAttribute(KEY) instanceof ApiKeys.ApiKey key ? key.name() : null;
    }

    private static String presented(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7);
        }
        return request.getHeader("X-API-Key");
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request as made by the holder of an API key: its name is the principal. */
    private static final class KeyPrincipal extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final ApiKeys.ApiKey key;

        KeyPrincipal(HttpServletRequest request, ApiKeys.ApiKey key) {
            super(request);
            this.key = key;
        }

        @Override
        public java.security.Principal getUserPrincipal() {
            return () -> "key:" + key.name();
        }

        @Override
        public boolean isUserInRole(String role) {
            return key.roles().stream().anyMatch(r -> r.name().equals(role));
        }
    }
}
