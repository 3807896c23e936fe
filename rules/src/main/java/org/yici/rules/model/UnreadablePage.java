package org.yici.rules.model;

/**
 * A page of an uploaded document whose text could not be read well enough to judge it (too little
 * text, or OCR too unsure). The rules ask for a clear scan instead of guessing.
 *
 * @param confidence the page's mean OCR confidence, 0..1
 */
public record UnreadablePage(String material, String document, int page, double confidence) {

    public String getMaterial() {
        return material;
    }

    public int getPage() {
        return page;
    }
}
