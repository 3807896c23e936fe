package org.yici.rules.model;

/**
 * The result of looking for a signature at one signature place of an uploaded document: the area
 * after a printed 签字/签名/签章 label on a page image, or a signature field of a fillable PDF.
 * Where no label was found or no image was there to look at, there is no such fact, so a missing
 * signature is only concluded where someone could see the place it belongs.
 *
 * @param party who signs there, as printed before the label (经营者, 承诺人, 甲方), or "" when the
 *     label names nobody
 * @param signed whether ink (or a seal) was found in the signature place, or the field was filled
 */
public record SignatureLook(String material, String document, int page, String party, boolean signed) {

    public SignatureLook {
        party = party == null ? "" : party;
    }

    public String getMaterial() {
        return material;
    }

    public int getPage() {
        return page;
    }

    public String getParty() {
        return party;
    }

    public boolean isSigned() {
        return signed;
    }
}
