package org.yici.engine.job;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * How many pages a file will have, for job progress before it is read: the page count of a PDF,
 * the frames of a TIFF, one for another image, none for anything else. Only an estimate (ingest
 * may refuse a file or stop at its page limit): progress counts the real pages of each file once
 * it has been read.
 */
final class PageCounter {
    private PageCounter() {}

    static int estimate(byte[] content) {
        try {
            if (startsWith(content, "%PDF")) {
                try (PDDocument pdf = Loader.loadPDF(
                        new RandomAccessReadBuffer(content), "", IOUtils.createTempFileOnlyStreamCache())) {
                    return pdf.getNumberOfPages();
                }
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
                if (in == null) {
                    return 0;
                }
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    return 0;
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    return Math.max(1, reader.getNumImages(true));
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // Ingest will say what is wrong with the file; for progress it is one page.
            return 1;
        }
    }

    private static boolean startsWith(byte[] content, String magic) {
        if (content.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (content[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
