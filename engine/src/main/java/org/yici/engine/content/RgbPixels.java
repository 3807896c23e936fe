package org.yici.engine.content;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Reads single pixels of a page picture as {@link BufferedImage#getRGB(int, int)} does, straight
 * from the pixel array for the types page pictures come in (a PDF page rendered to {@code
 * TYPE_INT_RGB}, a JPEG decoded to {@code TYPE_3BYTE_BGR}): {@code getRGB} goes through the colour
 * model for each pixel, which made the seal look a visible share of reading a scanned stack (issue
 * 18). Any other type is read through {@code getRGB}.
 */
@FunctionalInterface
interface RgbPixels {
    /** The pixel as {@code getRGB} gives it (alpha in the top byte, then red, green, blue). */
    int rgb(int x, int y);

    static RgbPixels of(BufferedImage image) {
        Raster raster = image.getRaster();
        boolean plain = raster.getParent() == null
                && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0;
        if (plain
                && (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB)
                && raster.getDataBuffer() instanceof DataBufferInt ints
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel packed
                && ints.getNumBanks() == 1) {
            int[] data = ints.getData();
            int offset = ints.getOffset();
            int stride = packed.getScanlineStride();
            int opaque = image.getType() == BufferedImage.TYPE_INT_RGB ? 0xff000000 : 0;
            return (x, y) -> data[offset + y * stride + x] | opaque;
        }
        if (plain
                && image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && raster.getDataBuffer() instanceof DataBufferByte bytes
                && raster.getSampleModel() instanceof ComponentSampleModel components
                && bytes.getNumBanks() == 1) {
            byte[] data = bytes.getData();
            int offset = bytes.getOffset();
            int stride = components.getScanlineStride();
            int pixel = components.getPixelStride();
            int[] band = components.getBandOffsets();
            int r = band[0], g = band[1], b = band[2];
            return (x, y) -> {
                int i = offset + y * stride + x * pixel;
                return 0xff000000 | (data[i + r] & 0xff) << 16 | (data[i + g] & 0xff) << 8 | (data[i + b] & 0xff);
            };
        }
        return image::getRGB;
    }
}
