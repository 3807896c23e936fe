package org.yici.ingest.corpus;

import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One page of the split corpus ({@link Corpus#split}): what is printed on it and which of its
 * values a content check would read. The pixels are made on demand by {@link #encoded()}
 * (deterministic: the same page always gives the same bytes), so a split of ~100 pages costs no
 * memory until read.
 */
public final class SplitPage {
    private final Split split;
    private final int index;
    private final MaterialKind material;
    private final DegradationKind degradation;
    private final int level;
    private final int dpi;
    private final Font font;
    private final Font hand;
    private final Sheet sheet;

    SplitPage(
            Split split,
            int index,
            MaterialKind material,
            DegradationKind degradation,
            int level,
            int dpi,
            Font font,
            Font hand,
            Sheet sheet) {
        this.split = split;
        this.index = index;
        this.material = material;
        this.degradation = degradation;
        this.level = level;
        this.dpi = dpi;
        this.font = font;
        this.hand = hand;
        this.sheet = sheet;
    }

    /** File-name form, e.g. {@code held-out-017_lease_seal-2}. */
    public String name() {
        return String.format(
                Locale.ROOT,
                "%s-%03d_%s_%s-%d",
                split.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                index,
                material.slug(),
                degradation.slug(),
                level);
    }

    public Split split() {
        return split;
    }

    public long seed() {
        return split.seed(index);
    }

    public MaterialKind material() {
        return material;
    }

    public DegradationKind degradation() {
        return degradation;
    }

    /** 1 (mild) to 3 (severe); 1 for a clean page. */
    public int level() {
        return level;
    }

    public int dpi() {
        return dpi;
    }

    public String fontFamily() {
        return font.getFamily(Locale.ROOT);
    }

    /** Everything printed or written on the page, one line per printed line. */
    public String groundTruth() {
        return sheet.groundTruth();
    }

    /** The values a content check reads (names, ID numbers, credit codes, dates, addresses...). */
    public List<String> fields() {
        return List.copyOf(sheet.fields);
    }

    /** Whether the material is A4 (portrait or landscape), not a card. */
    public boolean isSheet() {
        return sheet.shape != Sheet.Shape.CARD;
    }

    /** The page as printed, before any degradation, at {@code dpi}. */
    BufferedImage clean(int dpi) {
        return SheetRenderer.render(sheet, font, hand, dpi, new Random(seed() * 7919L))
                .image();
    }

    /** The page as the scanner or phone delivers it: PNG, or JPEG for JPEG and phone pages. */
    public byte[] encoded() {
        Random random = new Random(seed() * 7919L);
        SheetRenderer.Rendered r = SheetRenderer.render(sheet, font, hand, dpi, random);
        BufferedImage image = r.image();
        double pxPerMm = dpi / 25.4;
        switch (degradation) {
            case CLEAN, JPEG -> {}
            case SKEW -> image =
                    Distort.rotateExpanded(image, (random.nextBoolean() ? 1 : -1) * new double[] {1, 3, 6}[level - 1]);
            case ORIENTATION -> image = Distort.quarterTurns(image, level);
            case NOISE -> Distort.noise(image, new double[] {12, 24, 40}[level - 1], random);
            case BLUR -> image = Distort.blur(image, Math.max(1, (int) Math.round(level * dpi / 300.0)));
            case FADED -> Distort.fade(
                    image, new double[] {0.5, 0.35, 0.25}[level - 1], new int[] {245, 232, 220}[level - 1], random);
            case SPECKLE -> Distort.speckle(image, new double[] {0.001, 0.003, 0.006}[level - 1], dpi, random);
            case SEAL -> sealOverText(image, r.lines(), random);
            case PHONE -> {
                image = Distort.perspective(image, new double[] {0.02, 0.04, 0.07}[level - 1], random);
                Distort.unevenLight(image, new double[] {0.2, 0.35, 0.5}[level - 1]);
                image = Distort.blur(image, 1);
                Distort.noise(image, 4 + 3 * level, random);
            }
            case SIGNATURE -> signatures(image, r, pxPerMm, random);
        }
        return switch (degradation) {
            case JPEG -> Images.jpeg(image, new float[] {0.60f, 0.45f, 0.30f}[level - 1], dpi);
            case PHONE -> Images.jpeg(image, 0.7f, dpi);
            default -> Images.png(image, dpi);
        };
    }

    private void sealOverText(BufferedImage image, List<Rectangle> lines, Random random) {
        double opacity = new double[] {0.6, 0.8, 0.95}[level - 1];
        double radiusMm = sheet.shape == Sheet.Shape.CARD ? 11 : 20;
        int seals = level == 3 ? 2 : 1;
        for (int s = 0; s < seals; s++) {
            Rectangle line =
                    lines.get(Math.min(lines.size() - 1, (lines.size() * (s + 1)) / (seals + 1) + random.nextInt(2)));
            int cx = line.x + (int) (line.width * (level == 1 ? 0.9 : 0.3 + random.nextDouble() * 0.4));
            Seals.stamp(image, sealName(), font, dpi, cx, line.y + line.height / 2, radiusMm, opacity, random);
        }
    }

    private String sealName() {
        return switch (material) {
            case ID_CARD_FRONT, ID_CARD_BACK, HEALTH_CERTIFICATE -> "疾病预防控制中心体检专用章";
            case BUSINESS_LICENCE -> "市场监督管理局登记专用章";
            default -> "行政审批服务中心业务专用章";
        };
    }

    private void signatures(BufferedImage image, SheetRenderer.Rendered r, double pxPerMm, Random random) {
        Rectangle last = r.lines().get(r.lines().size() - 1);
        Rectangle box = r.signature() != null
                ? r.signature()
                : new Rectangle((int) (image.getWidth() * 0.55), last.y + last.height, (int) (40 * pxPerMm), (int)
                        (14 * pxPerMm));
        if (sheet.shape == Sheet.Shape.CARD) {
            box = new Rectangle(
                    (int) (image.getWidth() * 0.35), (int) (image.getHeight() * 0.45), (int) (22 * pxPerMm), (int)
                            (9 * pxPerMm));
        }
        if (level >= 2) {
            // Across the text: the signature starts over the label and the line above.
            box = new Rectangle(box.x - box.width / 3, box.y - box.height / 3, box.width, box.height);
        }
        Seals.sign(image, box.x, box.y, box.width, box.height, dpi, random);
        if (level == 3) {
            for (int k = 0; k < 2; k++) {
                Rectangle line = r.lines().get(random.nextInt(r.lines().size()));
                Seals.sign(
                        image,
                        line.x + random.nextInt(Math.max(1, line.width / 2)),
                        line.y - line.height / 2,
                        box.width,
                        box.height,
                        dpi,
                        random);
            }
        }
    }
}
