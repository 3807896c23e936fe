package org.yici.ingest.corpus;

/**
 * How a page of the split corpus is spoiled, each kind in three levels of severity (1 mild, 3
 * severe). {@link #CLEAN} has one level.
 */
public enum DegradationKind {
    CLEAN("clean", "as printed"),
    SKEW("skew", "turned by 1°, 3°, 6°"),
    ORIENTATION("orientation", "turned by 90°, 180°, 270°"),
    NOISE("noise", "Gaussian sensor noise σ = 12, 24, 40 grey levels"),
    BLUR("blur", "box blur of 1, 2, 3 px at 300 dpi (scaled to the resolution)"),
    JPEG("jpeg", "JPEG quality 0.60, 0.45, 0.30"),
    FADED("faded", "faded toner, grey paper: ink contrast 50 %, 35 %, 25 %"),
    SPECKLE("speckle", "photocopy: grey paper, toner specks and a dark edge, 0.1, 0.3, 0.6 % of the area"),
    SEAL("seal", "a red seal over text: 60 %, 80 % and 95 % opacity (two seals at 3)"),
    PHONE("phone", "phone photo: perspective 2, 4, 7 %, shading 20, 35, 50 %, blur, noise, JPEG 0.7"),
    SIGNATURE("signature", "handwritten signatures: beside the text, across it, and three across lines");

    private final String slug;
    private final String levels;

    DegradationKind(String slug, String levels) {
        this.slug = slug;
        this.levels = levels;
    }

    public String slug() {
        return slug;
    }

    /** What levels 1, 2 and 3 do, for reports. */
    public String levels() {
        return levels;
    }

    /** Number of severity levels: 3, or 1 for {@link #CLEAN}. */
    public int levelCount() {
        return this == CLEAN ? 1 : 3;
    }
}
