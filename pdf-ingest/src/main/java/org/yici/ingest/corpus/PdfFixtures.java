package org.yici.ingest.corpus;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs made with PDFBox: born-digital with a text layer, one whose CJK font lost ToUnicode, scans. */
public final class PdfFixtures {
    private static final float MM = 72f / 25.4f;

    private PdfFixtures() {}

    /** {@code pages} A4 pages cycling through the materials, text drawn with embedded Zen Hei. */
    public static byte[] textLayerPdf(int pages) {
        try (TrueTypeCollection collection =
                        new TrueTypeCollection(CjkFonts.zenHei().toFile());
                PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, zenHei(collection), true);
            Material[] materials = Material.values();
            for (int i = 0; i < pages; i++) {
                writeMaterial(doc, font, materials[i % materials.length]);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A born-digital PDF of the given pages (text layer, embedded Zen Hei): each page's first line
     * as a centred title, the rest as body lines; a page of no lines is blank.
     */
    public static byte[] pages(List<List<String>> pages) {
        try (TrueTypeCollection collection =
                        new TrueTypeCollection(CjkFonts.zenHei().toFile());
                PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, zenHei(collection), true);
            for (List<String> lines : pages) {
                writeLines(doc, font, lines);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The material as a born-digital one-page PDF (text layer, embedded Zen Hei). */
    public static byte[] material(Material material) {
        try (TrueTypeCollection collection =
                        new TrueTypeCollection(CjkFonts.zenHei().toFile());
                PDDocument doc = new PDDocument()) {
            writeMaterial(doc, PDType0Font.load(doc, zenHei(collection), true), material);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The material as a born-digital PDF whose Type0 font has no {@code /ToUnicode} map: the glyphs
     * render, but the text layer cannot be mapped back to characters (common in PDFs from old
     * Chinese office software). Only OCR can read it.
     */
    public static byte[] withoutToUnicode(Material material) {
        try (TrueTypeCollection collection =
                        new TrueTypeCollection(CjkFonts.zenHei().toFile());
                PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, zenHei(collection), true);
            writeMaterial(doc, font, material);
            // Subsetting (and the ToUnicode map) happens on save; strip the map from the saved file.
            try (PDDocument saved = Loader.loadPDF(save(doc))) {
                for (PDPage page : saved.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        COSDictionary dict = resources.getFont(name).getCOSObject();
                        dict.removeItem(COSName.TO_UNICODE);
                    }
                }
                return save(saved);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A scanned document: each page one JPEG (quality 0.75) of a rendered material, as an office
     * scanner produces. Written straight to {@code target} so large scans need no big byte array.
     */
    public static void scannedPdf(Path target, int pages, int dpi, Font font) {
        try (PDDocument doc = new PDDocument()) {
            Material[] materials = {Material.APPLICATION_FORM, Material.LEASE_CONTRACT, Material.COMMITMENT_LETTER};
            byte[][] jpegs = new byte[materials.length][];
            for (int i = 0; i < materials.length; i++) {
                BufferedImage image = Corpus.renderClean(materials[i], font, dpi);
                jpegs[i] = Images.jpeg(image, 0.75f, dpi);
            }
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = JPEGFactory.createFromByteArray(doc, jpegs[i % jpegs.length]);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF of the split corpus with what it shows: the truth of its pages in order and their
     * field values.
     */
    public record SplitPdf(String name, byte[] content, String groundTruth, List<String> fields) {}

    /**
     * Four PDFs made of the split's clean A4 pages: scanned (two JPEG pages at 200 dpi),
     * born-digital (two pages with a text layer), mixed (a text page, then a scanned one), and one
     * page whose font has no ToUnicode map.
     */
    public static List<SplitPdf> split(Split split) {
        List<SplitPage> sheets = Corpus.split(split).stream()
                .filter(p -> p.degradation() == DegradationKind.CLEAN && p.isSheet())
                .toList();
        if (sheets.size() < 4) {
            throw new IllegalStateException("the split has fewer than four clean A4 pages");
        }
        SplitPage a = sheets.get(0);
        SplitPage b = sheets.get(1);
        SplitPage c = sheets.get(2);
        SplitPage d = sheets.get(3);
        String prefix = split.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "_";
        try (TrueTypeCollection collection =
                new TrueTypeCollection(CjkFonts.zenHei().toFile())) {
            TrueTypeFont zenHei = zenHei(collection);
            List<SplitPdf> pdfs = new java.util.ArrayList<>();
            pdfs.add(splitPdf(prefix + "scanned.pdf", zenHei, false, List.of(a, b), List.of(true, true)));
            pdfs.add(splitPdf(prefix + "born-digital.pdf", zenHei, false, List.of(c, d), List.of(false, false)));
            pdfs.add(splitPdf(prefix + "mixed.pdf", zenHei, false, List.of(d, a), List.of(false, true)));
            pdfs.add(splitPdf(prefix + "no-tounicode.pdf", zenHei, true, List.of(b), List.of(false)));
            return List.copyOf(pdfs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SplitPdf splitPdf(
            String name, TrueTypeFont ttf, boolean dropToUnicode, List<SplitPage> pages, List<Boolean> scanned)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            for (int i = 0; i < pages.size(); i++) {
                SplitPage page = pages.get(i);
                if (scanned.get(i)) {
                    BufferedImage image = page.clean(200);
                    PDRectangle box = image.getWidth() > image.getHeight()
                            ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                            : PDRectangle.A4;
                    PDPage pdfPage = new PDPage(box);
                    doc.addPage(pdfPage);
                    PDImageXObject xobject = JPEGFactory.createFromByteArray(doc, Images.jpeg(image, 0.75f, 200));
                    try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
                        cs.drawImage(xobject, 0, 0, box.getWidth(), box.getHeight());
                    }
                } else {
                    writeLines(doc, font, page.groundTruth().lines().toList());
                }
            }
            byte[] bytes = save(doc);
            if (dropToUnicode) {
                try (PDDocument saved = Loader.loadPDF(bytes)) {
                    for (PDPage page : saved.getPages()) {
                        PDResources resources = page.getResources();
                        for (COSName fontName : resources.getFontNames()) {
                            resources.getFont(fontName).getCOSObject().removeItem(COSName.TO_UNICODE);
                        }
                    }
                    bytes = save(saved);
                }
            }
            String truth =
                    String.join("\n", pages.stream().map(SplitPage::groundTruth).toList());
            List<String> fields =
                    pages.stream().flatMap(p -> p.fields().stream()).toList();
            return new SplitPdf(name, bytes, truth, fields);
        }
    }

    /** A born-digital A4 page: the first line as a centred title, the rest as body lines. */
    private static void writeLines(PDDocument doc, PDType0Font font, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float left = 20 * MM;
        float y = PDRectangle.A4.getHeight() - 28 * MM;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            for (int i = 0; i < lines.size(); i++) {
                float size = i == 0 ? 18 : 12;
                float x = i == 0
                        ? (PDRectangle.A4.getWidth() - font.getStringWidth(lines.get(0)) / 1000 * size) / 2
                        : left;
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(x, y);
                cs.showText(lines.get(i));
                cs.endText();
                y -= i == 0 ? 36 : size * 1.8f;
            }
        }
    }

    private static TrueTypeFont zenHei(TrueTypeCollection collection) throws IOException {
        TrueTypeFont font = collection.getFontByName("WenQuanYiZenHei");
        if (font == null) {
            throw new IOException("WenQuanYiZenHei not in " + CjkFonts.zenHei());
        }
        return font;
    }

    private static void writeMaterial(PDDocument doc, PDType0Font font, Material material) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float left = 22 * MM;
        float y = PDRectangle.A4.getHeight() - 30 * MM;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(font, 20);
            float titleWidth = font.getStringWidth(material.title()) / 1000 * 20;
            cs.newLineAtOffset((PDRectangle.A4.getWidth() - titleWidth) / 2, y);
            cs.showText(material.title());
            cs.endText();
            y -= 40;
            List<String> lines = material.lines();
            for (String line : lines) {
                cs.beginText();
                cs.setFont(font, 13);
                cs.newLineAtOffset(left, y);
                cs.showText(line);
                cs.endText();
                y -= 13 * 1.9f;
            }
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
