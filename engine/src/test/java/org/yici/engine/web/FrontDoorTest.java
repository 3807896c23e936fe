package org.yici.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yici.engine.OwnDataFolder;

/**
 * What someone finds who opens the service: {@code /} leads to the window's login (programs get
 * the links as JSON), health shows its details only to a key holder or a logged-in clerk, and the
 * API document says what it is and how to authenticate. Plain HTTP, no test key sent by default.
 */
@OwnDataFolder
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"yici.window.bootstrap-user=zhao", "yici.window.bootstrap-password=front-door-password"})
class FrontDoorTest {
    static final String KEY = "yk_test_suite_key_not_a_secret_0123456789";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    final HttpClient plain = HttpClient.newHttpClient();

    URI at(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> get(HttpClient client, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(at(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theRootSendsAPersonToTheWindowLoginAndTellsAProgramWhereTheApiIs() throws Exception {
        HttpResponse<String> browser = get(plain, "/", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location")).hasValue("/window");
        assertThat(browser.headers().firstValue("Link").orElseThrow())
                .contains("</api/v1/docs>; rel=\"service-doc\"", "</actuator/health>; rel=\"status\"");

        HttpClient following = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<String> page = get(following, "/", "Accept", "text/html");
        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.body()).contains("窗口人员登录", "href=\"/api/v1/docs\"", "href=\"/actuator/health\"");

        HttpResponse<String> program = get(plain, "/", "Accept", "application/json");
        assertThat(program.statusCode()).isEqualTo(200);
        JsonNode links = json.readTree(program.body());
        assertThat(links.path("apiDocs").asText()).isEqualTo("/api/v1/docs");
        assertThat(links.path("openApi").asText()).isEqualTo("/api/v1/openapi.json");
        assertThat(links.path("health").asText()).isEqualTo("/actuator/health");
    }

    @Test
    void healthTellsAnyoneItsStatusAndOnlyKeyHoldersAndStaffItsDetails() throws Exception {
        JsonNode anonymous = json.readTree(get(plain, "/actuator/health").body());
        assertThat(anonymous.path("status").asText()).isNotEmpty();
        assertThat(anonymous.has("components")).isFalse();
        assertThat(anonymous.toString()).doesNotContain("tessdata", "H2", "/");

        JsonNode wrongKey = json.readTree(
                get(plain, "/actuator/health", "X-API-Key", "yk_not_a_key").body());
        assertThat(wrongKey.has("components")).isFalse();

        JsonNode withKey = json.readTree(
                get(plain, "/actuator/health", "Authorization", "Bearer " + KEY).body());
        assertThat(withKey.path("components")
                        .path("db")
                        .path("details")
                        .path("database")
                        .asText())
                .isEqualTo("H2");
        JsonNode withHeaderKey =
                json.readTree(get(plain, "/actuator/health", "X-API-Key", KEY).body());
        assertThat(withHeaderKey
                        .path("components")
                        .path("rules")
                        .path("details")
                        .has("version"))
                .isTrue();

        HttpClient staff =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = get(staff, "/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).as(login.body()).isTrue();
        HttpResponse<String> loggedIn = staff.send(
                HttpRequest.newBuilder(at("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=zhao&password=front-door-password&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).endsWith("/window");
        JsonNode forStaff = json.readTree(get(staff, "/actuator/health").body());
        assertThat(forStaff.path("components")
                        .path("db")
                        .path("details")
                        .path("database")
                        .asText())
                .isEqualTo("H2");
    }

    @Test
    void theApiDocumentNamesItselfItsVersionAndBothWaysToAuthenticate() throws Exception {
        JsonNode api = json.readTree(get(plain, "/api/v1/openapi.json").body());
        assertThat(api.path("info").path("title").asText()).isEqualTo("Yici (一次) materials pre-check API");
        assertThat(api.path("info").path("version").asText()).isNotIn("v0", "").matches("\\d+\\.\\d+.*|development");
        assertThat(api.path("info").path("description").asText()).contains("一次性告知", "X-API-Key");
        JsonNode schemes = api.path("components").path("securitySchemes");
        assertThat(schemes.path("bearer").path("type").asText()).isEqualTo("http");
        assertThat(schemes.path("bearer").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("apiKey").path("type").asText()).isEqualTo("apiKey");
        assertThat(schemes.path("apiKey").path("in").asText()).isEqualTo("header");
        assertThat(schemes.path("apiKey").path("name").asText()).isEqualTo("X-API-Key");
        assertThat(api.path("security").findValuesAsText("bearer")).isNotNull();
        assertThat(api.path("security").toString()).contains("\"bearer\"", "\"apiKey\"");
    }
}
