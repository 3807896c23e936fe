package org.yici.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Files an attacker or a broken scanner could send, generated so the corpus is reproducible. */
final class HostileCorpus {
    private HostileCorpus() {}

    static byte[] simpleTextPdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            return save(doc);
        }
    }

    /** Needs the user password "secret" to open. */
    static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(simpleTextPdf("Confidential lease contract text"))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            return save(doc);
        }
    }

    static byte[] truncated(byte[] content, int length) {
        return Arrays.copyOf(content, length);
    }

    /** An image XObject declaring 100000 x 100000 grey pixels from a 10 KB Flate stream. */
    static byte[] imageBombPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = new PDImageXObject(
                    doc,
                    new ByteArrayInputStream(deflate(new byte[10_000_000])),
                    COSName.FLATE_DECODE,
                    100_000,
                    100_000,
                    8,
                    PDDeviceGray.INSTANCE);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 595, 842);
            }
            return save(doc);
        }
    }

    /** A page whose content stream inflates from ~200 KB to 200 MB of path operators. */
    static byte[] contentBombPdf() throws IOException {
        byte[] op = "1 0 0 1 0 0 cm\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] chunk = new byte[op.length * 10_000];
            for (int i = 0; i < 10_000; i++) {
                System.arraycopy(op, 0, chunk, i * op.length, op.length);
            }
            long target = 200L * 1024 * 1024;
            for (long written = 0; written < target; written += chunk.length) {
                out.write(chunk);
            }
        }
        return pageWithRawContent(compressed.toByteArray(), COSName.FLATE_DECODE, PDRectangle.A4);
    }

    /** Two million transformation operators: parses fine, takes long. */
    static byte[] operatorFloodPdf() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 2_000_000; i++) {
            s.append("q 1 0 0 1 0 0 cm Q\n");
        }
        return pageWithRawContent(
                deflate(s.toString().getBytes(StandardCharsets.US_ASCII)), COSName.FLATE_DECODE, PDRectangle.A4);
    }

    static byte[] hugeMediaBoxPdf() throws IOException {
        return pageWithRawContent(
                "0 0 m 100000 100000 l S".getBytes(StandardCharsets.US_ASCII), null, new PDRectangle(100_000, 100_000));
    }

    static byte[] manyPagesPdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            return save(doc);
        }
    }

    /** A form XObject that draws itself: infinite recursion for a naive renderer. */
    static byte[] selfReferencingFormPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(PDRectangle.A4);
            PDResources formResources = new PDResources();
            form.setResources(formResources);
            COSName name = formResources.add(form);
            try (OutputStream out = form.getContentStream().createOutputStream()) {
                out.write(("/" + name.getName() + " Do").getBytes(StandardCharsets.US_ASCII));
            }
            PDResources pageResources = new PDResources();
            page.setResources(pageResources);
            COSName pageName = pageResources.add(form);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
            }
            return save(doc);
        }
    }

    /** A page tree whose Kids array contains the tree itself. */
    static byte[] pageTreeCyclePdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            COSDictionary pages = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
            COSArray kids = pages.getCOSArray(COSName.KIDS);
            kids.add(pages);
            pages.setInt(COSName.COUNT, 2);
            return save(doc);
        }
    }

    /** Arrays nested 50000 deep inside a content stream. */
    static byte[] deepNestingPdf() throws IOException {
        String open = "[".repeat(50_000);
        String close = "]".repeat(50_000);
        byte[] content = (open + close + " TJ").getBytes(StandardCharsets.US_ASCII);
        return pageWithRawContent(content, null, PDRectangle.A4);
    }

    /** A PDF header followed by noise. */
    static byte[] garbagePdf() {
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(head, 4096);
        java.util.Random random = new java.util.Random(42);
        for (int i = head.length; i < out.length; i++) {
            out[i] = (byte) random.nextInt(256);
        }
        return out;
    }

    /** A valid PNG header declaring a 100000 x 100000 image, with a few bytes of data. */
    static byte[] pngBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(100_000)
                .putInt(100_000)
                .put((byte) 8)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", deflate(new byte[100_001]));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    static byte[] zipArchive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("contract.docx"));
            zip.write("not a pdf".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] pageWithRawContent(byte[] content, COSName filter, PDRectangle box) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(box);
            doc.addPage(page);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(content);
            }
            if (filter != null) {
                stream.setItem(COSName.FILTER, filter);
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            return save(doc);
        }
    }

    static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            d.write(data);
        }
        return out.toByteArray();
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
