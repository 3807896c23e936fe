package org.yici.rules.data;

import java.util.List;

/**
 * An entry of {@code data/material-types.yaml}: a kind of document and how to recognise it.
 *
 * @param keywords words that identify the type anywhere in the text
 * @param titles words that identify it when printed as a heading (a short line near the top of a
 *     page); a heading is the strongest layout cue a scan gives
 */
public record MaterialTypeDefinition(
        String key,
        String name,
        List<String> keywords,
        List<String> titles,
        String fields,
        String sealOrSignature,
        String validity) {

    public MaterialTypeDefinition {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    public String getKey() {
        return key;
    }

    record File(List<MaterialTypeDefinition> types) {}
}
