package org.yici.ingest.corpus;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Whole packages of 个体工商户设立登记 (GTGSH-SL) scanned at once, as a window's scanner delivers
 * them (issue 18): the documents shuffled, blank separator sheets between some, ID cards scanned on
 * both sides, a lease over two pages, some pages degraded, some documents missing, some the
 * checklist does not ask for, some of another person. Each stack knows which page belongs to which
 * document and which material that document is. Deterministic per split and index; the two
 * splits draw from disjoint personas (see {@link Persona}).
 */
public final class StackCorpus {
    private static final int DPI = 200;
    private static final DegradationKind[] DEGRADED = {
        DegradationKind.NOISE,
        DegradationKind.BLUR,
        DegradationKind.JPEG,
        DegradationKind.SKEW,
        DegradationKind.FADED,
        DegradationKind.SPECKLE
    };

    private StackCorpus() {}

    /** What a document of a stack is, and the GTGSH-SL material it answers (null: not asked for). */
    public enum Role {
        APPLICATION_FORM("GTGSH-SL-01"),
        APPLICANT_ID_CARD("GTGSH-SL-02"),
        LEASE("GTGSH-SL-03"),
        POWER_OF_ATTORNEY("GTGSH-SL-04"),
        AGENT_ID_CARD("GTGSH-SL-05"),
        BUSINESS_LICENCE(null),
        HEALTH_CERTIFICATE(null),
        ANOTHER_PERSONS_ID_CARD(null);

        private final String material;

        Role(String material) {
            this.material = material;
        }

        /** The material code, or null for a document the checklist does not ask for. */
        public String material() {
            return material;
        }
    }

    /** A document of a stack: its role and its pages (1-based page numbers of the stack). */
    public record Document(Role role, List<Integer> pages) {}

    /**
     * A generated stack.
     *
     * @param blankPages the separator sheets
     * @param agentName null when the applicant comes in person
     */
    public record Stack(
            String name,
            String applicantName,
            String applicantId,
            String agentName,
            String agentId,
            List<Document> documents,
            List<Integer> blankPages,
            List<BufferedImage> images) {

        /** The whole stack as one scanned PDF. */
        public byte[] pdf() {
            List<Integer> all = new ArrayList<>();
            for (int i = 1; i <= images.size(); i++) {
                all.add(i);
            }
            return pdf(all);
        }

        /** The given pages (1-based) as one scanned PDF: a document sent on its own. */
        public byte[] pdf(List<Integer> pages) {
            try (PDDocument doc = new PDDocument()) {
                for (int number : pages) {
                    BufferedImage image = images.get(number - 1);
                    float w = image.getWidth() * 72f / DPI;
                    float h = image.getHeight() * 72f / DPI;
                    PDPage page = new PDPage(new PDRectangle(w, h));
                    doc.addPage(page);
                    PDImageXObject x = JPEGFactory.createFromImage(doc, image, 0.85f, DPI);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cs.drawImage(x, 0, 0, w, h);
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code count} stacks of the split. */
    public static List<Stack> stacks(Split split, int count) {
        List<Stack> stacks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stacks.add(stack(split, i));
        }
        return stacks;
    }

    /** One planned document: its role and the sheets of its pages. */
    private record Planned(Role role, List<Sheet> sheets, MaterialKind kind) {}

    static Stack stack(Split split, int index) {
        Random r = new Random(split.seed(10_000 + index));
        Persona applicant = Persona.draw(split, r);
        boolean agent = r.nextDouble() < 0.4;
        Persona agentPerson = applicant.swapped();
        List<Planned> docs = new ArrayList<>();
        docs.add(new Planned(
                Role.APPLICATION_FORM,
                List.of(MaterialKind.APPLICATION_FORM.sheet(applicant, r)),
                MaterialKind.APPLICATION_FORM));
        docs.add(card(Role.APPLICANT_ID_CARD, applicant, r));
        List<Sheet> lease = new ArrayList<>(List.of(MaterialKind.LEASE.sheet(applicant, r)));
        if (r.nextDouble() < 0.6) {
            lease.add(leaseContinued(applicant));
        }
        docs.add(new Planned(Role.LEASE, lease, MaterialKind.LEASE));
        if (agent) {
            docs.add(new Planned(
                    Role.POWER_OF_ATTORNEY,
                    List.of(MaterialKind.POWER_OF_ATTORNEY.sheet(applicant, r)),
                    MaterialKind.POWER_OF_ATTORNEY));
            docs.add(card(Role.AGENT_ID_CARD, agentPerson, r));
        }
        if (r.nextDouble() < 0.25) {
            docs.remove(r.nextInt(docs.size()));
        }
        if (r.nextDouble() < 0.3) {
            docs.add(new Planned(
                    Role.BUSINESS_LICENCE,
                    List.of(MaterialKind.BUSINESS_LICENCE.sheet(applicant, r)),
                    MaterialKind.BUSINESS_LICENCE));
        }
        if (r.nextDouble() < 0.25) {
            docs.add(new Planned(
                    Role.HEALTH_CERTIFICATE,
                    List.of(MaterialKind.HEALTH_CERTIFICATE.sheet(applicant, r)),
                    MaterialKind.HEALTH_CERTIFICATE));
        }
        if (r.nextDouble() < 0.25) {
            docs.add(card(Role.ANOTHER_PERSONS_ID_CARD, Persona.draw(split, r), r));
        }
        Collections.shuffle(docs, r);

        List<Font> faces = CjkFonts.corpusFaces();
        Font hand = CjkFonts.handwritingFace().orElse(faces.get(0));
        List<BufferedImage> images = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<Integer> blanks = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            if (d > 0 && r.nextDouble() < 0.3) {
                images.add(blankSheet());
                blanks.add(images.size());
            }
            Planned planned = docs.get(d);
            Font font = faces.get(r.nextInt(faces.size()));
            List<Integer> pages = new ArrayList<>();
            for (Sheet sheet : planned.sheets()) {
                boolean degraded = r.nextDouble() < 0.3;
                DegradationKind kind = degraded ? DEGRADED[r.nextInt(DEGRADED.length)] : DegradationKind.CLEAN;
                SplitPage page = new SplitPage(
                        split, 10_000 + index * 100 + images.size(), planned.kind(), kind, 1, DPI, font, hand, sheet);
                images.add(Images.decode(page.encoded()));
                pages.add(images.size());
            }
            documents.add(new Document(planned.role(), List.copyOf(pages)));
        }
        String name = String.format(
                Locale.ROOT,
                "%s-stack-%02d",
                split.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                index);
        return new Stack(
                name,
                applicant.name(),
                applicant.idNumber(),
                agent ? agentPerson.name() : null,
                agent ? agentPerson.idNumber() : null,
                List.copyOf(documents),
                List.copyOf(blanks),
                List.copyOf(images));
    }

    /** An ID card copy: both sides, front first unless the back was put on the glass first. */
    private static Planned card(Role role, Persona p, Random r) {
        Sheet front = MaterialKind.ID_CARD_FRONT.sheet(p, r);
        Sheet back = MaterialKind.ID_CARD_BACK.sheet(p, r);
        List<Sheet> sides = r.nextDouble() < 0.25 ? List.of(back, front) : List.of(front, back);
        return new Planned(role, sides, MaterialKind.ID_CARD_FRONT);
    }

    /** A lease's second page: the remaining clauses and the signatures, no title. */
    private static Sheet leaseContinued(Persona p) {
        Sheet s = new Sheet(Sheet.Shape.A4);
        s.space(6);
        s.paragraph("第五条　租赁期间，乙方应合理使用房屋及其附属设施，因使用不当造成损坏的，乙方负责修复或赔偿。");
        s.paragraph("第六条　租赁期满，乙方需继续承租的，应于期满前一个月书面通知甲方，经甲方同意后重新签订合同。");
        s.paragraph("第七条　本合同未尽事宜，由甲乙双方协商解决；协商不成的，可向房屋所在地人民法院起诉。");
        s.line("第八条　本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。");
        s.space(6).pair("甲方签字：" + p.otherName(), "乙方签字：" + p.name());
        s.signatureLabel = "甲方签字：";
        return s;
    }

    /** A separator: an empty A4 sheet with the scanner's faint grey. */
    private static BufferedImage blankSheet() {
        int w = (int) Math.round(210 / 25.4 * DPI);
        int h = (int) Math.round(297 / 25.4 * DPI);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(250, 250, 248));
            g.fillRect(0, 0, w, h);
        } finally {
            g.dispose();
        }
        return image;
    }
}
