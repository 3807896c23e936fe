package org.yici.rules.model;

/**
 * The result of looking for a red seal on one page image of an uploaded document. Pages that were
 * not looked at (e.g. a text-layer PDF without images) have no such fact, so the absence of a seal
 * is only concluded where someone looked.
 */
public record SealLook(String material, String document, int page, boolean found) {

    public String getMaterial() {
        return material;
    }

    public int getPage() {
        return page;
    }

    public boolean isFound() {
        return found;
    }
}
