package org.yici.engine;

import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * Test clients (TestRestTemplate) present the test suite's API key from
 * {@code src/test/resources/application.properties}, unless a test sets its own.
 */
@Configuration
class TestApiKeyClient {
    static final String KEY = "yk_test_suite_key_not_a_secret_0123456789";

    @Bean
    RestTemplateCustomizer testApiKey() {
        return template -> template.getInterceptors().add((request, body, execution) -> {
            HttpHeaders headers = request.getHeaders();
            if (!headers.containsKey(HttpHeaders.AUTHORIZATION) && !headers.containsKey("X-API-Key")) {
                headers.setBearerAuth(KEY);
            }
            return execution.execute(request, body);
        });
    }
}
