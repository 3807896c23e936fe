package org.yici.engine.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * What the API document says about itself: its title, the version of the build (from {@code
 * META-INF/build-info.properties}), a description, and how to authenticate (a bearer key, or the
 * same key as {@code X-API-Key}; either one), so that generated clients know.
 */
@Configuration
class OpenApiConfiguration {
    static final String BEARER = "bearer";
    static final String API_KEY = "apiKey";

    @Bean
    OpenAPI yiciOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info()
                        .title("Yici (一次) materials pre-check API")
                        .version(properties == null ? "development" : properties.getVersion())
                        .description(description()))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("API key: Authorization: Bearer <key>"))
                        .addSecuritySchemes(
                                API_KEY,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-API-Key")
                                        .description("the same API key in X-API-Key")))
                // Two requirements: either one authenticates.
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }

    private static String description() {
        try (InputStream in = new ClassPathResource("openapi/description.md").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read openapi/description.md", e);
        }
    }
}
