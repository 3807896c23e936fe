package org.yici.ingest.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Renders materials the way a scanner or a phone would deliver them. Deterministic: the same
 * material, degradation and font always give the same pixels (seeded noise).
 */
public final class Corpus {
    private static final Color INK = new Color(25, 25, 25);
    private static final Color SEAL_RED = new Color(215, 35, 40);

    private Corpus() {}

    /** Every material under every degradation; fonts rotate so each font meets every material. */
    public static List<CorpusPage> standard(List<Font> fonts) {
        List<CorpusPage> pages = new ArrayList<>();
        int i = 0;
        for (Degradation d : Degradation.values()) {
            for (Material m : Material.values()) {
                pages.add(page(m, d, fonts.get(i++ % fonts.size())));
            }
        }
        return pages;
    }

    /** Resolutions a split page is scanned at. */
    static final int[] SPLIT_DPI = {150, 200, 240, 300};

    /** Pages per split that stay clean, on top of one page per material and degradation kind. */
    private static final int CLEAN_PAGES = 6;

    /**
     * One half of the split corpus: every {@link MaterialKind} under every {@link
     * DegradationKind} (levels rotating so each kind meets each level three times), plus six clean
     * pages; 96 pages. Each page has its own invented applicant, resolution (150 to 300 dpi) and
     * face from {@link CjkFonts#corpusFaces()}; handwritten values use {@link
     * CjkFonts#handwritingFace()}. Deterministic for a given set of installed fonts.
     */
    public static List<SplitPage> split(Split split) {
        List<Font> faces = CjkFonts.corpusFaces();
        Font hand = CjkFonts.handwritingFace().orElse(faces.get(0));
        List<SplitPage> pages = new ArrayList<>();
        MaterialKind[] materials = MaterialKind.values();
        for (MaterialKind m : materials) {
            for (DegradationKind k : DegradationKind.values()) {
                if (k == DegradationKind.CLEAN) {
                    continue;
                }
                int level = (m.ordinal() + k.ordinal() + split.half()) % 3 + 1;
                pages.add(splitPage(split, pages.size(), m, k, level, faces, hand));
            }
        }
        for (int j = 0; j < CLEAN_PAGES; j++) {
            MaterialKind m = materials[(j * 2 + split.half()) % materials.length];
            pages.add(splitPage(split, pages.size(), m, DegradationKind.CLEAN, 1, faces, hand));
        }
        return List.copyOf(pages);
    }

    /** First page index of {@link #tuneVariants}: above the split, content and stack corpora's. */
    static final int FIRST_VARIANT_INDEX = 3000;

    /**
     * More {@link Split#TUNE} pages of the given materials, for finding what goes wrong with a kind
     * of page when the split's ten or so pages of it are all read right: {@code perMaterial} pages
     * of each, every degradation kind and level in turn, each with its own applicant, resolution
     * and face, as {@link #split} makes them. TUNE only, so nothing learnt from them is learnt on
     * the held-out split.
     */
    public static List<SplitPage> tuneVariants(List<MaterialKind> materials, int perMaterial) {
        List<Font> faces = CjkFonts.corpusFaces();
        Font hand = CjkFonts.handwritingFace().orElse(faces.get(0));
        DegradationKind[] kinds = DegradationKind.values();
        List<SplitPage> pages = new ArrayList<>();
        int index = FIRST_VARIANT_INDEX;
        for (MaterialKind m : materials) {
            for (int j = 0; j < perMaterial; j++) {
                DegradationKind k = kinds[j % kinds.length];
                int level = k == DegradationKind.CLEAN ? 1 : (j / kinds.length) % 3 + 1;
                pages.add(splitPage(Split.TUNE, index++, m, k, level, faces, hand));
            }
        }
        return List.copyOf(pages);
    }

    private static SplitPage splitPage(
            Split split, int index, MaterialKind m, DegradationKind k, int level, List<Font> faces, Font hand) {
        Random random = new Random(split.seed(index));
        Persona persona = Persona.draw(split, random);
        int dpi = SPLIT_DPI[random.nextInt(SPLIT_DPI.length)];
        Font font = faces.get((index + split.half() * 3) % faces.size());
        return new SplitPage(split, index, m, k, level, dpi, font, hand, m.sheet(persona, random));
    }

    public static CorpusPage page(Material material, Degradation degradation, Font font) {
        Random random = new Random(material.ordinal() * 1009L + degradation.ordinal() * 31L + 7);
        int dpi = degradation.dpi();
        BufferedImage image = renderClean(material, font, dpi);
        switch (degradation) {
            case CLEAN, LOW_DPI_150, JPEG_Q25 -> {}
            case ROTATED_2DEG -> image = Distort.rotate(image, 2.0);
            case GAUSSIAN_NOISE -> Distort.noise(image, 28, random);
            case BLUR -> image = Distort.blur(image, 2);
            case RED_SEAL -> stampSeal(image, material, font, dpi, random);
            case PHONE_PHOTO -> {
                image = Distort.rotate(image, -1.2);
                Distort.unevenLight(image, 0.35);
                image = Distort.blur(image, 1);
                Distort.noise(image, 12, random);
            }
        }
        byte[] encoded =
                switch (degradation) {
                    case JPEG_Q25 -> Images.jpeg(image, 0.25f, dpi);
                    case PHONE_PHOTO -> Images.jpeg(image, 0.6f, dpi);
                    default -> Images.png(image, dpi);
                };
        String name = material.slug() + "_" + degradation.slug();
        return new CorpusPage(
                name, material, degradation, font.getFamily(Locale.ROOT), dpi, encoded, material.groundTruth());
    }

    /** The material printed on white paper at the given resolution. */
    public static BufferedImage renderClean(Material material, Font font, int dpi) {
        double pxPerMm = dpi / 25.4;
        int w = (int) Math.round(material.layout().widthMm * pxPerMm);
        int h = (int) Math.round(material.layout().heightMm * pxPerMm);
        boolean card = material.layout() == Material.Layout.CARD;
        double marginMm = card ? 5 : 22;
        float bodyPt = card ? 8.5f : 13f;
        float titlePt = card ? 11f : 20f;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(card ? new Color(246, 244, 236) : Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(INK);
            Font title = font.deriveFont(Font.PLAIN, titlePt * dpi / 72f);
            Font body = font.deriveFont(Font.PLAIN, bodyPt * dpi / 72f);
            g.setFont(title);
            FontMetrics tm = g.getFontMetrics();
            int y = (int) Math.round(marginMm * pxPerMm) + tm.getAscent();
            g.drawString(material.title(), (w - tm.stringWidth(material.title())) / 2, y);
            y += (int) (tm.getHeight() * (card ? 1.2 : 1.8));
            g.setFont(body);
            FontMetrics bm = g.getFontMetrics();
            int x = (int) Math.round(marginMm * pxPerMm);
            for (String line : material.lines()) {
                g.drawString(line, x, y);
                y += (int) (bm.getHeight() * (card ? 1.35 : 1.7));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * An official seal (ring, star, name on an arc) printed over the last lines of text with a
     * multiply blend, as ink on paper: black text under the seal stays black.
     */
    static void stampSeal(BufferedImage page, Material material, Font font, int dpi, Random random) {
        double pxPerMm = dpi / 25.4;
        boolean card = material.layout() == Material.Layout.CARD;
        int radius = (int) Math.round((card ? 12 : 21) * pxPerMm);
        int cx = (int) (page.getWidth() * (card ? 0.72 : 0.55));
        int cy = (int) (page.getHeight() * (card ? 0.62 : material.layout() == Material.Layout.A4 ? 0.52 : 0.75));
        cx += random.nextInt(Math.max(1, radius / 4));
        BufferedImage seal = new BufferedImage(2 * radius + 4, 2 * radius + 4, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = seal.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(SEAL_RED);
            int c = radius + 2;
            g.setStroke(new BasicStroke((float) (1.1 * pxPerMm)));
            int ring = radius - (int) pxPerMm;
            g.drawOval(c - ring, c - ring, 2 * ring, 2 * ring);
            g.fill(Seals.star(c, c, radius * 0.28));
            String name = "北京市海淀区市场监督管理局";
            Font f = font.deriveFont(Font.BOLD, (float) (radius * 0.24));
            g.setFont(f);
            double arc = Math.toRadians(250);
            double start = -Math.PI / 2 - arc / 2;
            for (int i = 0; i < name.length(); i++) {
                double a = start + arc * (i + 0.5) / name.length();
                AffineTransform saved = g.getTransform();
                g.translate(c + Math.cos(a) * radius * 0.68, c + Math.sin(a) * radius * 0.68);
                g.rotate(a + Math.PI / 2);
                String ch = name.substring(i, i + 1);
                g.drawString(
                        ch,
                        -g.getFontMetrics().stringWidth(ch) / 2,
                        g.getFontMetrics().getAscent() / 2);
                g.setTransform(saved);
            }
        } finally {
            g.dispose();
        }
        Distort.multiply(page, seal, cx - radius - 2, cy - radius - 2, 0.85);
    }
}
