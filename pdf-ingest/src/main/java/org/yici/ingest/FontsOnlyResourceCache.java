package org.yici.ingest;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;

/**
 * PDFBox's resource cache without images. A document's fonts are few and shared by its pages:
 * parsing a CJK font again for every page made text-layer extraction several times slower. Its
 * images are many and visited once: caching them (PDFBox's default) filled the heap on long scans.
 */
final class FontsOnlyResourceCache extends DefaultResourceCache {

    @Override
    public void put(COSObject indirect, PDXObject xobject) {
        // Images and forms are read once per page; keep nothing.
    }
}
