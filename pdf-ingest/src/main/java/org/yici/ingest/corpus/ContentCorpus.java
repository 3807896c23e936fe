package org.yici.ingest.corpus;

import java.awt.Font;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages for measuring the content checks, in the two halves of {@link Split}: the materials a
 * service centre receives (application form, ID card front and back, lease, power of attorney,
 * business licence), most complete and correct, the rest with one defect each that a check must
 * find, every page scanned under a realistic degradation (clean, copier, phone photo, a seal over
 * the text, mild blur, noise, JPEG, faded toner, skew).
 *
 * <p>Built the way {@link Corpus#split} builds its pages, with the same mechanism: each page's
 * seed is {@link Split#seed} of its own index (from {@value #FIRST_INDEX}, above the split
 * corpus's), each page has its own {@link Persona} drawn from the split's half of every value pool,
 * and resolution and face rotate the same way. So no seed and no field value is shared between
 * {@link Split#TUNE} and {@link Split#HELD_OUT}.
 */
public final class ContentCorpus {
    /** First page index: the split corpus uses 0 to 95, so the seeds stay distinct from its pages. */
    static final int FIRST_INDEX = 1000;
    /** Pages per defect: every check gets at least ten positives. */
    static final int PER_DEFECT = 11;

    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final String ID_CHECKS = "0123456789X";
    private static final String FORM_SIGNATURE = "经营者签字：";
    private static final String PRINCIPAL_SIGNATURE = "委托人（签字）：";
    private static final String LESSOR_SIGNATURE = "甲方签字：";
    private static final String LESSEE_SIGNATURE = "乙方签字：";
    /** The application form's cells an applicant leaves empty, in turn. */
    private static final List<String> BLANKABLE = List.of("联系电话", "经营场所", "经营范围", "申请日期");

    /** How a page is scanned: realistic, mostly mild. */
    private record Look(DegradationKind kind, int level) {}

    private static final List<Look> LOOKS = List.of(
            new Look(DegradationKind.CLEAN, 1),
            new Look(DegradationKind.SPECKLE, 1),
            new Look(DegradationKind.PHONE, 1),
            new Look(DegradationKind.SEAL, 1),
            new Look(DegradationKind.BLUR, 1),
            new Look(DegradationKind.NOISE, 1),
            new Look(DegradationKind.SPECKLE, 2),
            new Look(DegradationKind.PHONE, 2),
            new Look(DegradationKind.JPEG, 1),
            new Look(DegradationKind.FADED, 1),
            new Look(DegradationKind.SEAL, 2),
            new Look(DegradationKind.NOISE, 2),
            new Look(DegradationKind.SKEW, 1),
            new Look(DegradationKind.BLUR, 2));

    private record Plan(MaterialKind material, ContentDefect defect) {}

    private ContentCorpus() {}

    /**
     * One half: 27 correct documents (4 forms, 4 ID card fronts, 6 backs, 6 leases, 4 licences, 3
     * powers of attorney) and {@value #PER_DEFECT} pages of each defect; 93 pages. Deterministic for
     * a given set of installed fonts; pixels are made only when a page is read.
     */
    public static List<ContentPage> split(Split split) {
        List<Font> faces = CjkFonts.corpusFaces();
        Font hand = CjkFonts.handwritingFace().orElse(faces.get(0));
        List<Plan> plans = plans();
        List<ContentPage> pages = new ArrayList<>(plans.size());
        for (int n = 0; n < plans.size(); n++) {
            pages.add(page(split, n, plans.get(n), faces, hand));
        }
        return List.copyOf(pages);
    }

    private static List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        add(plans, ContentDefect.NONE, 4, MaterialKind.APPLICATION_FORM);
        add(plans, ContentDefect.NONE, 4, MaterialKind.ID_CARD_FRONT);
        add(plans, ContentDefect.NONE, 6, MaterialKind.ID_CARD_BACK);
        add(plans, ContentDefect.NONE, 6, MaterialKind.LEASE);
        add(plans, ContentDefect.NONE, 4, MaterialKind.BUSINESS_LICENCE);
        add(plans, ContentDefect.NONE, 3, MaterialKind.POWER_OF_ATTORNEY);
        add(
                plans,
                ContentDefect.BAD_ID_NUMBER,
                PER_DEFECT,
                MaterialKind.ID_CARD_FRONT,
                MaterialKind.APPLICATION_FORM,
                MaterialKind.LEASE);
        add(plans, ContentDefect.BAD_CREDIT_CODE, PER_DEFECT, MaterialKind.BUSINESS_LICENCE);
        add(plans, ContentDefect.BLANK_FIELD, PER_DEFECT, MaterialKind.APPLICATION_FORM);
        add(
                plans,
                ContentDefect.UNSIGNED,
                PER_DEFECT,
                MaterialKind.APPLICATION_FORM,
                MaterialKind.LEASE,
                MaterialKind.POWER_OF_ATTORNEY);
        add(plans, ContentDefect.UNSEALED, PER_DEFECT, MaterialKind.BUSINESS_LICENCE);
        add(
                plans,
                ContentDefect.UNREADABLE,
                PER_DEFECT,
                MaterialKind.APPLICATION_FORM,
                MaterialKind.ID_CARD_FRONT,
                MaterialKind.LEASE,
                MaterialKind.BUSINESS_LICENCE,
                MaterialKind.POWER_OF_ATTORNEY,
                MaterialKind.ID_CARD_BACK);
        return plans;
    }

    private static void add(List<Plan> plans, ContentDefect defect, int count, MaterialKind... materials) {
        for (int i = 0; i < count; i++) {
            plans.add(new Plan(materials[i % materials.length], defect));
        }
    }

    private static ContentPage page(Split split, int n, Plan plan, List<Font> faces, Font hand) {
        int index = FIRST_INDEX + n;
        Random random = new Random(split.seed(index));
        Persona applicant = Persona.draw(split, random);
        Persona someoneElse = Persona.draw(split, random);
        while (someoneElse.name().equals(applicant.name())
                || someoneElse.company().equals(applicant.company())) {
            someoneElse = Persona.draw(split, random);
        }
        int dpi = Corpus.SPLIT_DPI[random.nextInt(Corpus.SPLIT_DPI.length)];
        Font font = faces.get((index + split.half() * 3) % faces.size());
        Look look = look(n + split.half(), plan.defect());
        Persona printed =
                switch (plan.defect()) {
                    case BAD_ID_NUMBER -> applicant.withIdNumber(wrongIdCheck(applicant.idNumber(), random));
                    case BAD_CREDIT_CODE -> applicant.withCreditCode(wrongCreditCheck(applicant.creditCode(), random));
                    default -> applicant;
                };
        Sheet sheet = plan.material().sheet(printed, random);
        String blank = null;
        switch (plan.material()) {
            case APPLICATION_FORM -> {
                if (plan.defect() == ContentDefect.BLANK_FIELD) {
                    blank = BLANKABLE.get(n % BLANKABLE.size());
                    blankCell(sheet, blank);
                }
                signIf(sheet, plan.defect() != ContentDefect.UNSIGNED, FORM_SIGNATURE);
            }
            case POWER_OF_ATTORNEY -> signIf(sheet, plan.defect() != ContentDefect.UNSIGNED, PRINCIPAL_SIGNATURE);
            case LEASE -> {
                // Both parties sign by hand; an unsigned lease misses one of them.
                unprintSignatures(sheet);
                boolean lessorSigns = plan.defect() != ContentDefect.UNSIGNED || random.nextBoolean();
                signIf(sheet, lessorSigns, LESSOR_SIGNATURE);
                signIf(sheet, plan.defect() != ContentDefect.UNSIGNED || !lessorSigns, LESSEE_SIGNATURE);
            }
            case BUSINESS_LICENCE -> {
                if (plan.defect() == ContentDefect.UNSEALED) {
                    sheet.ownSeal = null;
                }
            }
            default -> {}
        }
        LocalDate validUntil =
                switch (plan.material()) {
                    case ID_CARD_BACK -> dotted(sheet.fields.get(sheet.fields.size() - 1));
                    case LEASE, POWER_OF_ATTORNEY -> chinese(applicant.laterDate());
                    default -> null;
                };
        SplitPage page =
                new SplitPage(split, index, plan.material(), look.kind(), look.level(), dpi, font, hand, sheet);
        return new ContentPage(
                page, plan.defect(), applicant, someoneElse, chinese(applicant.date()), validUntil, blank);
    }

    /**
     * The page's look: rotating through {@link #LOOKS}. A seal over the text would seal an unsealed
     * licence and could land on a missing signature's place, so those pages get a JPEG instead; an
     * unreadable page is smeared at the look's level whatever its kind.
     */
    private static Look look(int n, ContentDefect defect) {
        Look look = LOOKS.get(n % LOOKS.size());
        if (defect == ContentDefect.UNREADABLE) {
            return new Look(DegradationKind.CLEAN, 1 + n % 3);
        }
        if (look.kind() == DegradationKind.SEAL
                && (defect == ContentDefect.UNSEALED || defect == ContentDefect.UNSIGNED)) {
            return new Look(DegradationKind.JPEG, look.level());
        }
        return look;
    }

    private static void signIf(Sheet sheet, boolean signs, String label) {
        if (signs) {
            sheet.signedLabels.add(label);
        }
    }

    /** The split corpus's lease prints the parties' names after 签字: here they sign by hand. */
    private static void unprintSignatures(Sheet sheet) {
        for (int i = 0; i < sheet.blocks.size(); i++) {
            if (sheet.blocks.get(i) instanceof Sheet.Pair p && p.left().startsWith(LESSOR_SIGNATURE)) {
                sheet.blocks.set(i, new Sheet.Pair(LESSOR_SIGNATURE, LESSEE_SIGNATURE));
            }
        }
    }

    /** Empties the handwritten cell right of {@code label} in the form's table. */
    private static void blankCell(Sheet sheet, String label) {
        for (int i = 0; i < sheet.blocks.size(); i++) {
            if (!(sheet.blocks.get(i) instanceof Sheet.Table t)) {
                continue;
            }
            List<List<Sheet.Cell>> rows = new ArrayList<>();
            for (List<Sheet.Cell> row : t.rows()) {
                List<Sheet.Cell> cells = new ArrayList<>(row);
                for (int c = 1; c < cells.size(); c++) {
                    if (cells.get(c - 1).text().equals(label)) {
                        sheet.fields.remove(cells.get(c).text());
                        cells.set(c, new Sheet.Cell("", cells.get(c).width(), true));
                    }
                }
                rows.add(Collections.unmodifiableList(cells));
            }
            sheet.blocks.set(i, new Sheet.Table(List.copyOf(rows)));
        }
    }

    /** The ID number with another check character than GB 11643's. */
    static String wrongIdCheck(String id, Random random) {
        return id.substring(0, 17) + other(ID_CHECKS, id.charAt(17), random);
    }

    /** The credit code with another check character than GB 32100's. */
    static String wrongCreditCheck(String code, Random random) {
        return code.substring(0, 17) + other("0123456789ABCDEFGHJKLMNPQRTUWXY", code.charAt(17), random);
    }

    private static char other(String alphabet, char right, Random random) {
        char c;
        do {
            c = alphabet.charAt(random.nextInt(alphabet.length()));
        } while (c == right);
        return c;
    }

    static LocalDate chinese(String date) {
        Matcher m = CHINESE_DATE.matcher(date);
        if (!m.matches()) {
            throw new IllegalArgumentException(date);
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static LocalDate dotted(String date) {
        String[] p = date.split("\\.");
        return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }
}
