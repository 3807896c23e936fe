package org.yici.engine.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The examples of ARCHITECTURE §3 in the API document: on the CheckRequest and CheckResult schemas
 * and on {@code POST /api/v1/checks}. They live as JSON files under {@code openapi/} so they are
 * checked as JSON and kept next to, not inside, Java code.
 */
@Component
class OpenApiExamples implements OpenApiCustomizer {
    static final String REQUEST = "openapi/check-request.example.json";
    static final String RESULT = "openapi/check-result.example.json";

    private final Object request;
    private final Object result;

    OpenApiExamples(ObjectMapper json) {
        this.request = read(json, REQUEST);
        this.result = read(json, RESULT);
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents();
        if (components != null && components.getSchemas() != null) {
            exampleOn(components.getSchemas().get("CheckRequest"), request);
            exampleOn(components.getSchemas().get("CheckResult"), result);
        }
        PathItem checks = api.getPaths() == null ? null : api.getPaths().get("/api/v1/checks");
        Operation post = checks == null ? null : checks.getPost();
        if (post == null) {
            return;
        }
        if (post.getRequestBody() != null) {
            exampleOn(post.getRequestBody().getContent(), "application/json", "ARCHITECTURE §3", request);
        }
        if (post.getResponses() != null) {
            ApiResponse created = post.getResponses().get("201");
            if (created != null) {
                exampleOn(created.getContent(), "application/json", "ARCHITECTURE §3", result);
            }
        }
    }

    private static void exampleOn(Schema<?> schema, Object example) {
        if (schema != null) {
            schema.setExample(example);
        }
    }

    private static void exampleOn(Content content, String type, String name, Object example) {
        MediaType media = content == null ? null : content.get(type);
        if (media != null) {
            media.addExamples(name, new Example().summary(name).value(example));
        }
    }

    private static Object read(ObjectMapper json, String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenAPI example " + resource, e);
        }
    }
}
