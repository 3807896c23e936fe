package org.yici.engine.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /}: a person (a browser) is sent to the window, which asks for the login first; a
 * program asking for JSON gets where the API document, the OpenAPI description and health are.
 * Both answers carry those as {@code Link} headers (RFC 8631 relations).
 */
@RestController
class HomeController {
    static final String LINKS = "</api/v1/docs>; rel=\"service-doc\", </api/v1/openapi.json>; rel=\"service-desc\", "
            + "</actuator/health>; rel=\"status\"";

    @GetMapping("/")
    ResponseEntity<Map<String, String>> home(
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        if (wantsJson(accept)) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.LINK, LINKS)
                    .body(Map.of(
                            "window", "/window",
                            "apiDocs", "/api/v1/docs",
                            "openApi", "/api/v1/openapi.json",
                            "health", "/actuator/health"));
        }
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create("/window"))
                .header(HttpHeaders.LINK, LINKS)
                .build();
    }

    /** JSON asked for by name, and HTML not: a program, not a browser. */
    private static boolean wantsJson(String accept) {
        if (accept == null) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON) && !t.isWildcardType())
                    && types.stream().noneMatch(t -> t.includes(MediaType.TEXT_HTML) && !t.isWildcardType());
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
