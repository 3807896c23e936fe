package org.yici.rules.model;

/**
 * What an uploaded document was recognised as, from its content (never its file name).
 *
 * @param material the id of the submitted material the file came with
 * @param document the file name, to name it in findings
 * @param type a key of {@code data/material-types.yaml}, or null when no type stood out
 * @param confidence 0..1, how clearly the content named that type
 * @param evidencePage the page whose words decided the type
 */
public record DocumentRead(String material, String document, String type, double confidence, int evidencePage) {

    public String getMaterial() {
        return material;
    }

    public String getType() {
        return type;
    }

    public double getConfidence() {
        return confidence;
    }
}
