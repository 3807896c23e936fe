package org.yici.ingest;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * A renderer whose page drawer honours the deadline on every content stream operator and refuses
 * embedded images that declare more pixels than allowed (a few KB of Flate can claim 10^10 pixels).
 */
final class GuardedRenderer extends PDFRenderer {
    private final Deadline deadline;
    private final long maxPixels;

    GuardedRenderer(PDDocument document, Deadline deadline, long maxPixels) {
        super(document);
        this.deadline = deadline;
        this.maxPixels = maxPixels;
        // Large images are read at the resolution they are drawn at, not at full size.
        setSubsamplingAllowed(true);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new PageDrawer(parameters) {
            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                deadline.checkUnchecked();
                super.processOperator(operator, operands);
            }

            @Override
            public void drawImage(PDImage pdImage) throws IOException {
                if ((long) pdImage.getWidth() * pdImage.getHeight() > maxPixels) {
                    throw new ImageTooLarge(pdImage.getWidth(), pdImage.getHeight());
                }
                super.drawImage(pdImage);
            }
        };
    }

    /** Unchecked so it passes through PDFBox; the ingestor maps it to TOO_LARGE. */
    static final class ImageTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ImageTooLarge(int width, int height) {
            super("embedded image of " + width + "x" + height + " pixels", null, false, false);
        }
    }
}
