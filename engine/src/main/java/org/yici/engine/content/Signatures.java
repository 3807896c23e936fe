package org.yici.engine.content;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.yici.ingest.IngestedPage;
import org.yici.ingest.PageSource;
import org.yici.rules.model.SignatureLook;

/** Looks at every signature place of a scanned page for ink. */
final class Signatures {
    private Signatures() {}

    /**
     * @param image a colour picture of the page, asked for only when the page has a place to sign
     * @return one look per signature place; none when the page was not OCRed (no words to find
     *     labels by) or no picture of it is at hand
     */
    static List<SignatureLook> look(
            String material, String document, IngestedPage page, Supplier<BufferedImage> image) {
        if (page.source() != PageSource.OCR || page.frame() == null) {
            return List.of();
        }
        List<SignaturePlaces.Place> places = SignaturePlaces.of(page.words());
        if (places.isEmpty()) {
            return List.of();
        }
        BufferedImage picture = image.get();
        if (picture == null) {
            return List.of();
        }
        List<SignatureLook> looks = new ArrayList<>();
        for (SignaturePlaces.Place place : places) {
            boolean signed = false;
            for (Rectangle area : place.areas()) {
                signed |= SignatureInk.inked(area, page.frame(), picture);
            }
            looks.add(new SignatureLook(material, document, page.number(), place.party(), signed));
        }
        return looks;
    }
}
