package org.yici.ingest.corpus;

/**
 * One generated page image and what is printed on it. Only the encoded file is kept: 40 decoded
 * A4 pages at 300 dpi would need 1.4 GB of heap.
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
        int dpi,
        byte[] encoded,
        String groundTruth) {}
