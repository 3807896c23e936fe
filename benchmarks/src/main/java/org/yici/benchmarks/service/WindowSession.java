package org.yici.benchmarks.service;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A logged-in member of staff at the window, timing what they wait for: from pressing 核验 on a
 * ticked paper package to the result page (the POST, its redirect and the rendered page).
 */
final class WindowSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;

    WindowSession(URI base, String user, String password) throws IOException, InterruptedException {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = get("/login").body();
        HttpResponse<String> response =
                post("/login", Map.of("username", user, "password", password, "_csrf", csrf(login)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("window login failed: " + response.statusCode() + " " + location);
        }
    }

    /** One paper check of a complete 个体工商户设立登记 package; true when the result page showed. */
    boolean paperCheck() throws IOException, InterruptedException {
        String page = get("/window/matters/GTGSH-SL").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf(page));
        form.put("idempotencyKey", UUID.randomUUID().toString());
        form.put("applicantType", "PERSON");
        form.put("applicantName", "张三");
        form.put("applicantId", "11010519491231002X");
        StringBuilder body = new StringBuilder(encode(form));
        for (String code : new String[] {"GTGSH-SL-01", "GTGSH-SL-02", "GTGSH-SL-03"}) {
            body.append("&present=").append(code);
        }
        body.append("&form.GTGSH-SL-01=ORIGINAL&form.GTGSH-SL-02=COPY&form.GTGSH-SL-03=COPY");
        body.append("&sit.preApproval=false&sit.familyBusiness=false");
        long start = System.nanoTime();
        HttpResponse<String> posted = http.send(
                HttpRequest.newBuilder(base.resolve("/window/matters/GTGSH-SL/checks"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = posted.headers().firstValue("Location").orElse(null);
        if (posted.statusCode() != 302 || location == null) {
            return false;
        }
        HttpResponse<String> result = get(URI.create(location).getPath());
        lastNanos = System.nanoTime() - start;
        return result.statusCode() == 200 && result.body().contains("data-decision=\"ACCEPTED\"");
    }

    private long lastNanos;

    /** The wait of the last {@link #paperCheck()}, excluding loading the empty form before it. */
    long lastNanos() {
        return lastNanos;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
