package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.yici.ingest.corpus.Cer;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.Material;

class TiffTest {
    private static byte[] multiPageTiff(List<BufferedImage> pages) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage card() {
        return Corpus.renderClean(Material.ID_CARD, CjkFonts.renderingFonts(1).get(0), 300);
    }

    @Test
    void readsEveryPageOfAMultiPageTiff() throws Exception {
        byte[] tiff = multiPageTiff(List.of(card(), card()));
        IngestedDocument doc = SharedIngestor.DEFAULT.ingest(tiff, "scan.tif");
        assertThat(doc.type()).isEqualTo(DocumentType.TIFF);
        assertThat(doc.pages()).extracting(IngestedPage::number).containsExactly(1, 2);
        assertThat(Cer.of(Material.ID_CARD.groundTruth(), doc.pages().get(1).text()))
                .isLessThanOrEqualTo(0.15);
    }

    @Test
    void refusesATiffWithMorePagesThanAllowed() throws Exception {
        byte[] tiff = multiPageTiff(List.of(card(), card(), card()));
        try (Ingestor two = Ingestor.create(IngestConfig.builder().maxPages(2).build())) {
            IngestException e = catchThrowableOfType(IngestException.class, () -> two.ingest(tiff, "scan.tif"));
            assertThat(e.kind()).isEqualTo(IngestErrorKind.TOO_LARGE);
        }
    }
}
