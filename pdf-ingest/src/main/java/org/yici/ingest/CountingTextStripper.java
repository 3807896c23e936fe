package org.yici.ingest;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's text stripper that also counts glyphs without a Unicode mapping (Tika's AUTO OCR rule
 * needs them) and stops when the document's deadline passes. Single use per page, one thread.
 */
final class CountingTextStripper extends PDFTextStripper {
    private final Deadline deadline;
    private int unmapped;

    CountingTextStripper(Deadline deadline) {
        this.deadline = deadline;
        setSortByPosition(true);
        setLineSeparator("\n");
        setPageEnd("\n");
    }

    int unmappedGlyphs() {
        return unmapped;
    }

    void resetCounts() {
        unmapped = 0;
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        super.showGlyph(textRenderingMatrix, font, code, displacement);
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            unmapped++;
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        deadline.checkUnchecked();
        super.processOperator(operator, operands);
    }
}
