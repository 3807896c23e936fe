package org.yici.ingest.corpus;

import java.awt.image.BufferedImage;

/**
 * One generated page image and what is printed on it.
 *
 * @param name fixture name, e.g. {@code lease-contract_rotated-2deg}
 * @param encoded the image as the scanner or phone would deliver it (PNG, or JPEG for JPEG
 *     degradations), with its resolution in the metadata
 */
public record CorpusPage(
        String name,
        Material material,
        Degradation degradation,
        String fontFamily,
        BufferedImage image,
        int dpi,
        byte[] encoded,
        String groundTruth) {}
