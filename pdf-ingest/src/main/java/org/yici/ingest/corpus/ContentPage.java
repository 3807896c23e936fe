package org.yici.ingest.corpus;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

/**
 * One page of the content corpus ({@link ContentCorpus}): a {@link SplitPage} with one defect (or
 * none), and what a content check needs to know to judge it: who the applicant truly is, someone
 * else, the document's dates.
 */
public final class ContentPage {
    private final SplitPage page;
    private final ContentDefect defect;
    private final Persona applicant;
    private final Persona someoneElse;
    private final LocalDate date;
    private final LocalDate validUntil;
    private final String blankLabel;

    ContentPage(
            SplitPage page,
            ContentDefect defect,
            Persona applicant,
            Persona someoneElse,
            LocalDate date,
            LocalDate validUntil,
            String blankLabel) {
        this.page = page;
        this.defect = defect;
        this.applicant = applicant;
        this.someoneElse = someoneElse;
        this.date = date;
        this.validUntil = validUntil;
        this.blankLabel = blankLabel;
    }

    /** File-name form, e.g. {@code held-out-1017_lease_seal-1_unsigned}. */
    public String name() {
        String base = page.name();
        if (defect == ContentDefect.UNREADABLE) {
            // The page is smeared, not degraded as the split page would be.
            base = base.substring(0, base.lastIndexOf('_')) + "_smear-" + page.level();
        }
        return base + "_" + defect.slug();
    }

    public Split split() {
        return page.split();
    }

    public MaterialKind material() {
        return page.material();
    }

    public ContentDefect defect() {
        return defect;
    }

    public DegradationKind degradation() {
        return page.degradation();
    }

    public int level() {
        return page.level();
    }

    public int dpi() {
        return page.dpi();
    }

    public String fontFamily() {
        return page.fontFamily();
    }

    /** Everything printed on the page (signatures and seals excluded). */
    public String groundTruth() {
        return page.groundTruth();
    }

    /** The applicant (a person): the holder of the ID card, the form's 经营者, the lessee, the principal. */
    public String applicantName() {
        return applicant.name();
    }

    /** The applicant's true ID number (the page may print a wrong one: {@link ContentDefect#BAD_ID_NUMBER}). */
    public String applicantIdNumber() {
        return applicant.idNumber();
    }

    /** The applicant company: the licence's holder. */
    public String company() {
        return applicant.company();
    }

    /** The company's true credit code. */
    public String creditCode() {
        return applicant.creditCode();
    }

    /** The agent a power of attorney names (受托人). */
    public String agentName() {
        return applicant.otherName();
    }

    public String agentIdNumber() {
        return applicant.otherIdNumber();
    }

    /** Another applicant of the same split, who is not on the page. */
    public String otherName() {
        return someoneElse.name();
    }

    public String otherIdNumber() {
        return someoneElse.idNumber();
    }

    public String otherCompany() {
        return someoneElse.company();
    }

    public String otherCreditCode() {
        return someoneElse.creditCode();
    }

    /** The date the document was made or signed (a form's 申请日期, a lease's start). */
    public LocalDate date() {
        return date;
    }

    /** When the document stops being valid: an ID card's term, a lease's, a power of attorney's. */
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    /** The label whose cell was left empty ({@link ContentDefect#BLANK_FIELD}), else null. */
    public String blankLabel() {
        return blankLabel;
    }

    /** The page as delivered: the split page's degradation, or smeared past reading. */
    public byte[] encoded() {
        if (defect != ContentDefect.UNREADABLE) {
            return page.encoded();
        }
        int dpi = page.dpi();
        BufferedImage image = page.clean(dpi);
        // Text 2 to 4 pixels high once shrunk: a 12 pt line at 25, 20 and 17 dpi.
        int factor = (int) Math.round(new int[] {8, 10, 12}[page.level() - 1] * dpi / 200.0);
        image = Distort.smear(image, factor);
        Distort.noise(image, 6, new Random(page.seed()));
        return Images.jpeg(image, 0.7f, dpi);
    }
}
