package org.yici.engine.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yici.engine.OwnDataFolder;

/** Who may call what: every endpoint but health and the API document needs a key with a role. */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiKeyTest {
    @LocalServerPort
    int port;

    @Autowired
    ApiKeys keys;

    @Autowired
    JdbcClient jdbc;

    HttpResponse<String> get(String path, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (header != null) {
            request.header(header, value);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAndTheApiDocumentNeedNoKeyButEverythingElseDoes() throws Exception {
        assertThat(get("/actuator/health", null, null).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/openapi.json", null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = get("/api/v1/matters", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/matters", "Authorization", "Bearer yk_made_up").statusCode())
                .isEqualTo(401);
    }

    @Test
    void eachRoleReachesItsOwnEndpointsOnly() throws Exception {
        String intake = keys.create("intake-portal", EnumSet.of(ApiRole.INTAKE)).key();
        String staff = keys.create("back-office", EnumSet.of(ApiRole.STAFF)).key();
        String admin = keys.create("rules-team", EnumSet.of(ApiRole.RULE_ADMIN)).key();

        assertThat(get("/api/v1/matters", "Authorization", "Bearer " + intake).statusCode())
                .isEqualTo(200);
        assertThat(get("/api/v1/matters", "X-API-Key", intake).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/deferrals", "X-API-Key", intake).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/admin/rules", "X-API-Key", intake).statusCode()).isEqualTo(403);

        assertThat(get("/api/v1/deferrals", "X-API-Key", staff).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/matters", "X-API-Key", staff).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/admin/rules", "X-API-Key", staff).statusCode()).isEqualTo(403);

        assertThat(get("/api/v1/admin/rules", "X-API-Key", admin).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/deferrals", "X-API-Key", admin).statusCode()).isEqualTo(403);
    }

    @Test
    void aRevokedKeyIsRefusedAndKeysAreStoredOnlyAsHashes() throws Exception {
        var created = keys.create("old-portal", EnumSet.of(ApiRole.INTAKE));
        assertThat(get("/api/v1/matters", "X-API-Key", created.key()).statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_key WHERE key_hash = :k")
                        .param("k", created.key())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(keys.revoke(created.record().id())).isTrue();
        assertThat(get("/api/v1/matters", "X-API-Key", created.key()).statusCode())
                .isEqualTo(401);
    }
}
