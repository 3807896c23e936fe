package org.yici.engine.ingest;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.IngestException;
import org.yici.ingest.IngestedDocument;
import org.yici.ingest.Ingestor;
import org.yici.ingest.OcrEngineKind;

/**
 * Health: the configured OCR engine and its models work. Once, after start-up and off the start-up
 * path, a small rendered image goes through the real ingest (type sniffing, the engine's models
 * checked against their pinned digests, OCR); the outcome is cached, so health checks cost
 * nothing. A missing library or model is DOWN with the reason (naming the file and the command
 * that installs it) and logged as an error at start-up; while the check is running the state is
 * UNKNOWN. Only in the web service: CLI commands do not pay for an OCR engine they do not use.
 */
@Component("ocr")
@ConditionalOnWebApplication
class OcrHealthIndicator implements HealthIndicator {
    private static final Logger log = LoggerFactory.getLogger(OcrHealthIndicator.class);
    /**
     * What the test image says: Chinese and digits, which every engine's models read; no Latin
     * capitals (I, l and 1 look alike without context).
     */
    static final String EXPECTED = "材料预审 2026";

    private final IngestConfig config;
    private volatile Health result =
            Health.unknown().withDetail("selfTest", "pending").build();

    OcrHealthIndicator(IngestConfig config) {
        this.config = config;
    }

    @Override
    public Health health() {
        return result;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startSelfTest() {
        Thread thread = new Thread(() -> result = selfTest(config), "ocr-self-test");
        thread.setDaemon(true);
        thread.start();
    }

    static Health selfTest(IngestConfig configured) {
        IngestConfig config = configured.toBuilder().ocrThreads(1).build();
        Health.Builder health =
                Health.up().withDetail("engine", config.ocrEngine().name().toLowerCase(Locale.ROOT));
        if (config.ocrEngine() == OcrEngineKind.PADDLE) {
            health.withDetail("models", config.ocrModels().toString());
        } else {
            health.withDetail("tessdata", config.tessdata().toString()).withDetail("languages", config.languages());
        }
        long start = System.nanoTime();
        try (Ingestor ingestor = Ingestor.create(config)) {
            IngestedDocument document = ingestor.ingest(image(EXPECTED), "self-test.png");
            String read = document.text().strip();
            health.withDetail("read", read).withDetail("ms", (System.nanoTime() - start) / 1_000_000);
            if (!normalized(read).contains(normalized(EXPECTED))) {
                return health.down()
                        .withDetail("reason", "OCR read \"" + read + "\" instead of \"" + EXPECTED + "\"")
                        .build();
            }
            return health.build();
        } catch (IngestException | RuntimeException | LinkageError e) {
            // LinkageError: a native library (Tesseract, ONNX Runtime) is missing or of another version.
            log.error("OCR self-test failed, scanned files cannot be read: {}", e.getMessage());
            return health.down()
                    .withDetail("reason", String.valueOf(e.getMessage()))
                    .build();
        }
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Black text on white, 300 dpi-sized, as a PNG. */
    static byte[] image(String text) {
        BufferedImage image = new BufferedImage(900, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
            g.drawString(text, 60, 130);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
