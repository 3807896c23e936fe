package org.yici.engine.content;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.yici.ingest.IngestedPage;
import org.yici.ingest.PageSource;

/**
 * What the picture of one scanned page shows besides its text: whether it bears a red seal, and
 * whether there is ink at each place on it that asks for a signature.
 *
 * @param page the page's number in its file
 * @param signatures one per signature place, in the order the places were found
 */
public record PageMarks(int page, boolean seal, List<Signed> signatures) {
    public PageMarks {
        signatures = List.copyOf(signatures);
    }

    /** A place to sign, by the party its label names, and whether ink was found there. */
    public record Signed(String party, boolean inked) {}

    /**
     * Looks at a page recognised by OCR on the picture it was recognised from (any resolution: the
     * seal look samples it down, the ink look places the OCR words through {@code page.frame()}).
     *
     * @return null for a page that was not recognised from a picture (a text layer page)
     */
    public static PageMarks of(IngestedPage page, BufferedImage picture) {
        if (page.source() != PageSource.OCR) {
            return null;
        }
        List<Signed> signed = new ArrayList<>();
        // Without a frame (OCR found nothing) there are no words to find a place to sign by.
        List<SignaturePlaces.Place> places = page.frame() == null ? List.of() : SignaturePlaces.of(page.words());
        for (SignaturePlaces.Place place : places) {
            signed.add(new Signed(place.party(), SignatureInk.signed(place, page.frame(), picture)));
        }
        return new PageMarks(page.number(), SealDetector.hasRedSeal(picture), signed);
    }
}
