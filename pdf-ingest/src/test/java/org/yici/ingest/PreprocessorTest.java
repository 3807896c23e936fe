package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PreprocessorTest {
    @Test
    void flattensAPageWhoseLastBlockRowHoldsOneUnsampledPixelRow() {
        // 640x404: blocks of 13 px leave a last block row of one pixel row (y = 403), which the
        // every-other-row sampling never visits.
        BufferedImage gray = paper(640, 404, 180);

        Preprocessor.flattenBackground(gray);

        assertThat(darkest(gray)).isGreaterThanOrEqualTo(250);
    }

    @Test
    void flattensAPageWhoseLastBlockColumnHoldsOneUnsampledPixelColumn() {
        BufferedImage gray = paper(404, 640, 180);

        Preprocessor.flattenBackground(gray);

        assertThat(darkest(gray)).isGreaterThanOrEqualTo(250);
    }

    /** Grey paper becomes white everywhere, the partial last blocks included. */
    private static int darkest(BufferedImage gray) {
        int min = 255;
        for (byte b : pixels(gray)) {
            min = Math.min(min, b & 0xff);
        }
        return min;
    }

    private static BufferedImage paper(int w, int h, int level) {
        BufferedImage gray = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Arrays.fill(pixels(gray), (byte) level);
        return gray;
    }

    private static byte[] pixels(BufferedImage gray) {
        return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    }
}
