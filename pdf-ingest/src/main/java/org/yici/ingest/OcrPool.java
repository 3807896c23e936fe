package org.yici.ingest;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of OCR threads, each owning one Tesseract engine for its whole life: loading the
 * chi_sim model costs far more than recognising a page, and engines are not thread-safe. The
 * engine is freed when its thread ends ({@link #close()}).
 *
 * <p>Set {@code OMP_THREAD_LIMIT=1} in the environment of the JVM: Debian's Tesseract is built with
 * OpenMP and would otherwise start extra threads per engine that fight the pool for the cores.
 */
final class OcrPool implements AutoCloseable {
    private final IngestConfig config;
    private final ExecutorService executor;
    private final ThreadLocal<TesseractEngine> engine = new ThreadLocal<>();

    OcrPool(IngestConfig config) {
        this.config = config;
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
                            TesseractEngine e = engine.get();
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
     * Preprocesses and recognises one page image on a pool thread. The future yields {@code null}
     * when the deadline stopped Tesseract.
     */
    Future<OcrResult> submit(BufferedImage image, int dpi, int pageNumber, Deadline deadline) {
        return executor.submit(() -> {
            if (deadline.expired()) {
                return null;
            }
            Preprocessor.Prepared prepared = Preprocessor.prepare(image, dpi, config);
            OcrResult result =
                    engine().recognize(prepared.gray(), prepared.dpi(), pageNumber, deadline.remainingMillis());
            if (result == null && !deadline.expired()) {
                // Tesseract refuses some images outright (a few pixels): an empty page, not a timeout.
                return new OcrResult("", 0.0, prepared.dpi(), List.of(), 0, null);
            }
            OcrFrame frame =
                    new OcrFrame(prepared.gray().getWidth(), prepared.gray().getHeight(), prepared.rotation());
            return result == null ? null : result.in(frame);
        });
    }

    private TesseractEngine engine() {
        TesseractEngine e = engine.get();
        if (e == null) {
            e = new TesseractEngine(config);
            engine.set(e);
        }
        return e;
    }

    /** Stops accepting work; running pages finish, then each thread frees its engine. */
    @Override
    public void close() {
        executor.shutdown();
    }
}
