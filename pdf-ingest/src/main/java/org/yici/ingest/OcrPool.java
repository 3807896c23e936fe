package org.yici.ingest;

import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of OCR threads, each owning one {@link OcrEngine} for its whole life: engines are not
 * thread-safe, and loading Tesseract's chi_sim model costs far more than recognising a page. The
 * PP-OCR models are loaded once ({@link PaddleModels}) and shared by every thread's engine. An
 * engine is freed when its thread ends ({@link #close()}).
 *
 * <p>Set {@code OMP_THREAD_LIMIT=1} in the environment of the JVM: Debian's Tesseract is built with
 * OpenMP and would otherwise start extra threads per engine that fight the pool for the cores.
 */
final class OcrPool implements AutoCloseable {
    private final IngestConfig config;
    private final PaddleModels paddle;
    private final ExecutorService executor;
    private final ThreadLocal<OcrEngine> engine = new ThreadLocal<>();

    /** @throws IllegalStateException when the configured engine's models are missing or wrong */
    OcrPool(IngestConfig config) {
        this.config = config;
        this.paddle = config.ocrStrategy() != OcrStrategy.NEVER && config.ocrEngine() == OcrEngineKind.PADDLE
                ? PaddleModels.load(config.ocrModels(), config.ocrThreads())
                : null;
        this.executor = Executors.newFixedThreadPool(config.ocrThreads(), threadFactory());
    }

    private ThreadFactory threadFactory() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(
                    () -> {
                        try {
                            task.run();
                        } finally {
                            OcrEngine e = engine.get();
                            if (e != null) {
                                e.close();
                            }
                        }
                    },
                    "yici-ocr-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Recognises one page image on a pool thread. The future yields {@code null} when the deadline
     * stopped the engine.
     */
    Future<OcrResult> submit(BufferedImage image, int dpi, int pageNumber, Deadline deadline) {
        return executor.submit(() -> deadline.expired() ? null : engine().recognize(image, dpi, pageNumber, deadline));
    }

    private OcrEngine engine() {
        OcrEngine e = engine.get();
        if (e == null) {
            e = paddle != null
                    ? new PaddleEngine(
                            paddle,
                            config.detectionMaxSide(),
                            config.preprocessing().contains(Preprocessing.SEAL_SUPPRESSION))
                    : new TesseractOcr(config);
            engine.set(e);
        }
        return e;
    }

    /** Stops accepting work; running pages finish, then each thread frees its engine. */
    @Override
    public void close() {
        executor.shutdown();
        if (paddle != null) {
            // Sessions in use finish their run first: ONNX Runtime closes a session only when idle.
            paddle.closeWhenIdle(executor);
        }
    }
}
