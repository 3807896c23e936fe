package org.yici.rules.data;

import java.util.List;

/**
 * An entry of {@code data/material-types.yaml}: a kind of document and how to recognise it.
 *
 * @param keywords words that identify the type anywhere in the text
 * @param titles words that identify it when printed as a heading (a short line near the top of a
 *     page); a heading is the strongest layout cue a scan gives
 * @param reusable whether a holder's document of this type, handed in with an accepted check and
 *     still valid, may serve a later application instead of being handed in again (免于提交):
 *     true for what an authority issued or registered about the holder, false for what is written
 *     for one application (forms, commitments, powers of attorney, plans, reports)
 */
public record MaterialTypeDefinition(
        String key,
        String name,
        List<String> keywords,
        List<String> titles,
        String fields,
        String sealOrSignature,
        String validity,
        boolean reusable) {

    public MaterialTypeDefinition {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    public String getKey() {
        return key;
    }

    record File(List<MaterialTypeDefinition> types) {}
}
