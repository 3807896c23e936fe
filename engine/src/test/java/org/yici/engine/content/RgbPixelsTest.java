package org.yici.engine.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The seal look's pixel reads give exactly what {@link BufferedImage#getRGB(int, int)} gives. */
class RgbPixelsTest {

    private static BufferedImage noise(int type, long seed) {
        BufferedImage image = new BufferedImage(37, 23, type);
        Random r = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, r.nextInt());
            }
        }
        return image;
    }

    private static void assertSameAsGetRgb(BufferedImage image) {
        RgbPixels pixels = RgbPixels.of(image);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(pixels.rgb(x, y)).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y));
            }
        }
    }

    @Test
    void readsRenderedAndDecodedPagePicturesAsGetRgbDoes() {
        assertSameAsGetRgb(noise(BufferedImage.TYPE_INT_RGB, 1));
        assertSameAsGetRgb(noise(BufferedImage.TYPE_INT_ARGB, 2));
        assertSameAsGetRgb(noise(BufferedImage.TYPE_3BYTE_BGR, 3));
    }

    @Test
    void readsOtherTypesAndCutOutPicturesThroughGetRgb() {
        assertSameAsGetRgb(noise(BufferedImage.TYPE_BYTE_GRAY, 4));
        assertSameAsGetRgb(noise(BufferedImage.TYPE_INT_ARGB_PRE, 5));
        assertSameAsGetRgb(noise(BufferedImage.TYPE_INT_RGB, 6).getSubimage(3, 4, 20, 10));
        assertSameAsGetRgb(noise(BufferedImage.TYPE_3BYTE_BGR, 7).getSubimage(5, 1, 11, 17));
    }
}
