package org.yici.ingest.corpus;

/**
 * How a page is spoiled on its way from paper to pixels. Names follow the fixture naming
 * convention ({@code lease-contract_rotated-2deg}).
 */
public enum Degradation {
    CLEAN("clean", 300),
    ROTATED_2DEG("rotated-2deg", 300),
    GAUSSIAN_NOISE("noise", 300),
    BLUR("blur", 300),
    JPEG_Q25("jpeg-q25", 300),
    RED_SEAL("red-seal", 300),
    LOW_DPI_150("dpi-150", 150),
    /** A phone photo: slight rotation, blur, noise, uneven light and JPEG, all at once. */
    PHONE_PHOTO("phone-photo", 200);

    private final String slug;
    private final int dpi;

    Degradation(String slug, int dpi) {
        this.slug = slug;
        this.dpi = dpi;
    }

    public String slug() {
        return slug;
    }

    /** The resolution the page is "scanned" at. */
    public int dpi() {
        return dpi;
    }
}
