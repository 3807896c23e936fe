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
