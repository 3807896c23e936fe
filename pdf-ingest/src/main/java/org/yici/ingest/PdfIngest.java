package org.yici.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;

/** Page by page: text layer first, OCR where the text layer is missing or unusable. */
final class PdfIngest {
    private final IngestConfig config;
    private final Deadline deadline;
    long textLayerMillis;
    long renderMillis;

    PdfIngest(IngestConfig config, Deadline deadline) {
        this.config = config;
        this.deadline = deadline;
    }

    List<IngestedPage> pages(PDDocument document, PageCollector collector) throws IOException, IngestException {
        int count = document.getNumberOfPages();
        if (count > config.maxPages()) {
            throw new IngestException(IngestErrorKind.TOO_LARGE, count + " pages, limit " + config.maxPages());
        }
        if (count == 0) {
            throw new IngestException(IngestErrorKind.CORRUPT, "no pages");
        }
        CountingTextStripper stripper = new CountingTextStripper(deadline);
        GuardedRenderer renderer = new GuardedRenderer(document, deadline, config.maxPixelsPerPage());
        for (int i = 0; i < count; i++) {
            deadline.check();
            long t0 = System.nanoTime();
            stripper.resetCounts();
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            String text = TextNormalizer.normalize(stripper.getText(document));
            int chars = TextNormalizer.countNonWhitespace(text);
            int unmapped = stripper.unmappedGlyphs();
            textLayerMillis += (System.nanoTime() - t0) / 1_000_000;
            if (needsOcr(chars, unmapped)) {
                long t1 = System.nanoTime();
                float scale = renderScale(document.getPage(i));
                BufferedImage image = renderer.renderImage(i, scale, ImageType.RGB);
                renderMillis += (System.nanoTime() - t1) / 1_000_000;
                collector.addOcr(image, Math.round(scale * 72), i + 1, chars, unmapped);
            } else {
                collector.add(new IngestedPage(
                        i + 1, PageSource.TEXT_LAYER, text, chars, chars, unmapped, 1.0, 0, List.of()));
            }
        }
        return collector.finish();
    }

    private boolean needsOcr(int chars, int unmapped) {
        return switch (config.ocrStrategy()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> chars <= config.minTextChars() || unmapped > config.maxUnmappedGlyphs();
        };
    }

    /**
     * The configured dpi, reduced when the page is so large that the long edge or the pixel count
     * would pass their caps (a 100000 pt MediaBox is legal PDF).
     */
    private float renderScale(PDPage page) throws IngestException {
        PDRectangle box = page.getCropBox();
        double w = Math.abs(box.getWidth());
        double h = Math.abs(box.getHeight());
        if (!(w >= 1 && h >= 1) || Double.isInfinite(w) || Double.isInfinite(h)) {
            throw new IngestException(IngestErrorKind.CORRUPT, "page box " + box);
        }
        double scale = config.renderDpi() / 72.0;
        scale = Math.min(scale, config.maxRenderEdge() / Math.max(w, h));
        scale = Math.min(scale, Math.sqrt(config.maxPixelsPerPage() / (w * h)));
        return (float) scale;
    }
}
