package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yici.ingest.corpus.Cer;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.CorpusPage;
import org.yici.ingest.corpus.Degradation;
import org.yici.ingest.corpus.Images;
import org.yici.ingest.corpus.Material;

/** The PP-OCR engine with the installed, pinned models: orientation, model checks, noise. */
class PaddleEngineTest {
    private static final Path MODELS = IngestConfig.defaults().ocrModels();

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void readsAPageScannedSidewaysOrUpsideDownAndSaysHowItWasTurned(int degrees) throws Exception {
        CorpusPage page = Corpus.page(
                Material.COMMITMENT_LETTER,
                Degradation.CLEAN,
                CjkFonts.renderingFonts(1).get(0));
        BufferedImage turned = turned(Images.decode(page.encoded()), degrees);
        IngestedPage read = SharedIngestor.DEFAULT
                .ingest(Images.png(turned, 300), "turned.png")
                .pages()
                .get(0);
        assertThat(Cer.of(page.groundTruth(), read.text())).as(read.text()).isLessThan(0.03);
        // The engine turned it back by the opposite quarter turns.
        assertThat(read.frame().rotation() % 360).isEqualTo((360 - degrees) % 360.0);
        assertThat(read.frame().pageWidth()).isEqualTo(turned.getWidth());
    }

    @Test
    void aPageOfNoiseGivesNoInventedText() throws Exception {
        BufferedImage noise = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(11);
        byte[] pixels = ((java.awt.image.DataBufferByte) noise.getRaster().getDataBuffer()).getData();
        random.nextBytes(pixels);
        IngestedPage read = SharedIngestor.DEFAULT
                .ingest(Images.png(noise, 300), "noise.png")
                .pages()
                .get(0);
        assertThat(read.text().replaceAll("\\s", "").length()).as(read.text()).isLessThan(20);
    }

    @Test
    void aMissingModelIsNamedWithTheCommandThatInstallsIt(@TempDir Path empty) {
        assertThatThrownBy(() -> PaddleModels.verify(empty))
                .hasMessageContaining("OCR model missing")
                .hasMessageContaining(
                        empty.resolve("ch_PP-OCRv4_det_infer.onnx").toString())
                .hasMessageContaining("scripts/install-models.sh")
                .hasMessageContaining("YICI_OCR_MODELS");
        assertThatThrownBy(() ->
                        Ingestor.create(IngestConfig.builder().ocrModels(empty).build()))
                .hasMessageContaining("OCR model missing");
    }

    @Test
    void aModelWithOtherBytesIsRefused(@TempDir Path copy) throws IOException {
        for (String name : PaddleModels.pinned().keySet()) {
            Files.copy(MODELS.resolve(name), copy.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(copy.resolve("ppocr_keys_v1.txt"), "x\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> PaddleModels.verify(copy))
                .hasMessageContaining("ppocr_keys_v1.txt")
                .hasMessageContaining("expected")
                .hasMessageContaining("scripts/install-models.sh");
    }

    @Test
    void theSmallestRectangleAroundASlantedLineFollowsItsSlant() {
        // Points of a 200 x 20 bar turned 10 degrees clockwise about (300, 300).
        double a = Math.toRadians(10);
        int n = 0;
        int[] xs = new int[4000];
        int[] ys = new int[4000];
        for (int i = -100; i < 100; i++) {
            for (int j = -10; j < 10; j++) {
                xs[n] = (int) Math.round(300 + i * Math.cos(a) - j * Math.sin(a));
                ys[n++] = (int) Math.round(300 + i * Math.sin(a) + j * Math.cos(a));
            }
        }
        Quad q = Quad.minAreaRect(xs, ys, n);
        assertThat(Math.toDegrees(q.angle())).isCloseTo(10, org.assertj.core.data.Offset.offset(1.0));
        assertThat(q.width()).isCloseTo(200, org.assertj.core.data.Offset.offset(4.0));
        assertThat(q.height()).isCloseTo(20, org.assertj.core.data.Offset.offset(4.0));
    }

    private static BufferedImage turned(BufferedImage src, int degrees) {
        int w = src.getWidth();
        int h = src.getHeight();
        boolean quarter = degrees % 180 != 0;
        BufferedImage out = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = src.getRGB(x, y);
                switch (degrees) {
                    case 90 -> out.setRGB(h - 1 - y, x, rgb);
                    case 180 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
                    default -> out.setRGB(y, w - 1 - x, rgb);
                }
            }
        }
        return out;
    }
}
