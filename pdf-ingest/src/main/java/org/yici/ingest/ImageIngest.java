package org.yici.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * PNG, JPEG and (multi-page) TIFF. Dimensions are read from the header and checked before any
 * pixel is decoded, so a tiny file declaring a gigapixel image is refused without allocating it.
 */
final class ImageIngest {
    private static final double A4_LONG_EDGE_INCH = 11.69;

    private final IngestConfig config;
    private final Deadline deadline;
    long decodeMillis;

    ImageIngest(IngestConfig config, Deadline deadline) {
        this.config = config;
        this.deadline = deadline;
    }

    /** @param in positioned at the start; the caller closes it */
    List<IngestedPage> pages(ImageInputStream in, DocumentType type, PageCollector collector)
            throws IOException, IngestException {
        ImageReader reader = readerFor(in, type);
        try {
            reader.setInput(in, false, false);
            int maxImages = type == DocumentType.TIFF ? config.maxPages() : 1;
            for (int i = 0; ; i++) {
                if (i > 0 && !hasImage(reader, i)) {
                    break;
                }
                if (i >= maxImages) {
                    throw new IngestException(IngestErrorKind.TOO_LARGE, "more than " + maxImages + " images");
                }
                deadline.check();
                long t0 = System.nanoTime();
                Decoded decoded = decode(reader, i);
                decodeMillis += (System.nanoTime() - t0) / 1_000_000;
                if (config.ocrStrategy() == OcrStrategy.NEVER) {
                    collector.add(new IngestedPage(i + 1, PageSource.NONE, "", 0, 0, 0, 0.0, 0, List.of()));
                } else {
                    collector.addOcr(decoded.image(), decoded.dpi(), i + 1, 0, 0);
                }
            }
            return collector.finish();
        } finally {
            reader.dispose();
        }
    }

    private record Decoded(BufferedImage image, int dpi) {}

    private Decoded decode(ImageReader reader, int index) throws IOException, IngestException {
        int w = reader.getWidth(index);
        int h = reader.getHeight(index);
        if (w <= 0 || h <= 0) {
            throw new IngestException(IngestErrorKind.CORRUPT, "image " + w + "x" + h);
        }
        if ((long) w * h > config.maxPixelsPerPage()) {
            throw new IngestException(
                    IngestErrorKind.TOO_LARGE,
                    "image " + w + "x" + h + ", limit " + config.maxPixelsPerPage() + " pixels");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        // Oversized photos are read subsampled: OCR gains nothing above ~300 dpi of an A3 page.
        int step = (int) Math.ceil((double) Math.max(w, h) / config.maxRenderEdge());
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        BufferedImage image = reader.read(index, param);
        int dpi = declaredDpi(reader, index).orElseGet(() -> guessDpi(w, h));
        return new Decoded(image, Math.max(1, dpi / step));
    }

    private static boolean hasImage(ImageReader reader, int index) throws IOException {
        try {
            reader.getWidth(index);
            return true;
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
    }

    private static ImageReader readerFor(ImageInputStream in, DocumentType type) throws IngestException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
        if (!readers.hasNext()) {
            throw new IngestException(IngestErrorKind.UNSUPPORTED_TYPE, "no ImageIO reader for " + type);
        }
        return readers.next();
    }

    /** Resolution from the file's metadata (PNG pHYs, JFIF density, TIFF resolution). */
    private static OptionalInt declaredDpi(ImageReader reader, int index) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return OptionalInt.empty();
            }
            Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!"Dimension".equals(n.getNodeName())) {
                    continue;
                }
                for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if ("HorizontalPixelSize".equals(c.getNodeName())) {
                        double mmPerPixel = Double.parseDouble(
                                c.getAttributes().getNamedItem("value").getNodeValue());
                        int dpi = (int) Math.round(25.4 / mmPerPixel);
                        // 72 and 96 are what software writes when nobody measured anything.
                        if (dpi >= 50 && dpi <= 2400 && dpi != 72 && dpi != 96) {
                            return OptionalInt.of(dpi);
                        }
                    }
                }
            }
        } catch (IIOException | RuntimeException e) {
            // Broken metadata does not make the pixels unreadable; fall back to the guess.
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        return OptionalInt.empty();
    }

    /** Without metadata, an A4-shaped image is assumed to be a whole A4 page; otherwise 300 dpi. */
    static int guessDpi(int w, int h) {
        double aspect = (double) Math.max(w, h) / Math.min(w, h);
        if (aspect > 1.3 && aspect < 1.5) {
            return (int) Math.round(Math.max(w, h) / A4_LONG_EDGE_INCH);
        }
        return 300;
    }
}
