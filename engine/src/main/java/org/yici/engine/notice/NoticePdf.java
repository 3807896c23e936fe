package org.yici.engine.notice;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * HTML to PDF with the CJK font embedded as a subset. The output is a function of the HTML and
 * the check time only (fixed producer, dates and document ID), so a notice rendered twice is the
 * same bytes and the archived copy is canonical. Public so that other printed documents (the
 * pre-filled application forms) go through the same pipeline and font.
 */
public final class NoticePdf {
    /** The family name the templates ask for; whatever font file is configured is registered under it. */
    public static final String FONT_FAMILY = "NoticeFont";

    static final String PRODUCER = "Yici";

    private final Path font;
    private final String fontName;
    private final TimeZone zone;

    public NoticePdf(NoticeProperties properties) {
        this.font = properties.font();
        this.fontName = properties.fontName();
        this.zone = TimeZone.getTimeZone(properties.zone());
    }

    /**
     * Checks that the font can be loaded; the service calls this at startup to log a clear error.
     *
     * @throws NoticeFontException when the file is missing or has no usable font
     */
    public void checkFont() {
        try (LoadedFont loaded = load()) {
            loaded.font().getNumberOfGlyphs();
        } catch (IOException e) {
            throw new NoticeFontException(font, fontName, e);
        }
    }

    /**
     * @param html a well-formed XHTML document
     * @param createdAt the check time, used as the PDF's creation and modification date
     * @param identity what makes this document unique (e.g. the check id and notice number); the
     *     PDF's document ID is derived from it
     */
    public byte[] render(String html, Instant createdAt, String identity) {
        try (LoadedFont loaded = load();
                PDDocument document = new PDDocument()) {
            PDType0Font pdFont = PDType0Font.load(document, loaded.font(), true);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .useFastMode()
                    .withProducer(PRODUCER)
                    .withHtmlContent(html, null);
            for (int weight : new int[] {400, 700}) {
                // One weight only in the font: bold text uses it too rather than falling back to an
                // unembedded standard font without CJK glyphs.
                builder.useFont(new PDFontSupplier(pdFont), FONT_FAMILY, weight, FontStyle.NORMAL, true);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                canonicalise(document, createdAt, identity);
                document.save(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render notice PDF", e);
        }
    }

    private void canonicalise(PDDocument document, Instant createdAt, String identity) {
        GregorianCalendar at = new GregorianCalendar(zone, Locale.ROOT);
        at.setTimeInMillis(createdAt.toEpochMilli());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(at);
        info.setModificationDate(at);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        byte[] id = Arrays.copyOf(sha256(identity.getBytes(StandardCharsets.UTF_8)), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private LoadedFont load() throws IOException {
        if (!Files.isReadable(font)) {
            throw new NoticeFontException(font, fontName, null);
        }
        String file = font.getFileName().toString().toLowerCase(Locale.ROOT);
        if (file.endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(font.toFile());
            TrueTypeFont ttf = collection.getFontByName(fontName);
            if (ttf == null) {
                collection.close();
                throw new NoticeFontException(font, fontName, null);
            }
            return new LoadedFont(ttf, collection);
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()));
        return new LoadedFont(ttf, ttf);
    }

    /** A font and what must stay open until the document is saved. */
    private record LoadedFont(TrueTypeFont font, Closeable owner) implements Closeable {
        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    /** The configured notice font cannot be used; notices cannot be printed until it is fixed. */
    public static final class NoticeFontException extends RuntimeException {
        NoticeFontException(Path font, String name, Throwable cause) {
            super(
                    "notice font unusable: " + font + " (font " + name
                            + "). Install fonts-wqy-zenhei or set yici.notices.font (and yici.notices.font-name for a .ttc)"
                            + " to a TrueType CJK font; CFF/OpenType fonts such as Noto CJK cannot be embedded",
                    cause);
        }
    }
}
