package org.yici.engine.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.yici.engine.apikey.ApiKeyFilter;
import org.yici.engine.audit.AuditTrail.Actor;

/**
 * Who is acting on an API request (window pages record the logged-in staff user themselves): the
 * API key's name, with the person at the intake system's end if it names one in {@code X-Yici-Actor} (percent-encoded UTF-8 for non-ASCII names, as HTTP
 * headers are ASCII); the remote address is always the connection's.
 */
public final class Actors {
    private Actors() {}

    public static Actor of(HttpServletRequest request) {
        String header = request.getHeader("X-Yici-Actor");
        String named = header == null
                ? null
                : URLDecoder.decode(header, StandardCharsets.UTF_8).strip();
        String key = ApiKeyFilter.keyName(request);
        String name;
        if (key == null) {
            name = named == null || named.isBlank() ? "api" : named;
        } else {
            name = "key:" + key + (named == null || named.isBlank() ? "" : "/" + named);
        }
        return new Actor(name.length() > 100 ? name.substring(0, 100) : name, request.getRemoteAddr());
    }
}
