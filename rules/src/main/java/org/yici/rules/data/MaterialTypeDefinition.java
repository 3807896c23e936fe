package org.yici.rules.data;

import java.util.List;

/** An entry of {@code data/material-types.yaml}: a kind of document and how to recognise it. */
public record MaterialTypeDefinition(
        String key, String name, List<String> keywords, String fields, String sealOrSignature, String validity) {

    public MaterialTypeDefinition {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public String getKey() {
        return key;
    }

    record File(List<MaterialTypeDefinition> types) {}
}
