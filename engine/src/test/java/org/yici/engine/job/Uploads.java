package org.yici.engine.job;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** Multipart check bodies as an intake system sends them: a {@code request} part and file parts. */
public final class Uploads {
    private Uploads() {}

    public static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(
            String request, Map<String, byte[]> files, String idempotencyKey) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("request", new HttpEntity<>(request.getBytes(StandardCharsets.UTF_8), jsonPart));
        files.forEach((id, bytes) -> parts.add(id, file(bytes, id + ".bin")));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return new HttpEntity<>(parts, headers);
    }

    public static HttpEntity<String> json(String request, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return new HttpEntity<>(request, headers);
    }

    /** A file part with the uploader's file name. */
    public static HttpEntity<ByteArrayResource> file(byte[] bytes, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(
                new ByteArrayResource(bytes) {
                    @Override
                    public String getFilename() {
                        return name;
                    }
                },
                headers);
    }
}
