package org.yici.ingest;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Collects pages in order while OCR runs on the pool. At most {@code window} rendered images wait
 * or run at once, so a 500-page scan is held one window at a time, not all at once, while still
 * keeping every OCR thread busy.
 */
final class PageCollector {
    /** Tesseract checks its deadline between words; allow it a moment to notice before giving up. */
    private static final long GRACE_MILLIS = 2_000;

    /** A page being recognised; its picture is kept to lend to the listener once OCR is done. */
    private record Pending(
            int slot,
            Future<OcrResult> future,
            BufferedImage image,
            int pageNumber,
            int textLayerChars,
            int unmapped) {}

    private final OcrPool pool;
    private final Deadline deadline;
    private final int window;
    private final PageListener listener;
    private final List<IngestedPage> pages = new ArrayList<>();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private long ocrMillis;
    private int pagesDone;

    PageCollector(OcrPool pool, Deadline deadline, int window, PageListener listener) {
        this.pool = pool;
        this.deadline = deadline;
        this.window = Math.max(1, window);
        this.listener = listener;
    }

    void add(IngestedPage page) {
        pages.add(page);
        listener.pageDone(++pagesDone);
    }

    /** Queues OCR of a page image; blocks while the window is full. */
    void addOcr(BufferedImage image, int dpi, int pageNumber, int textLayerChars, int unmapped) throws IngestException {
        Future<OcrResult> future = pool.submit(image, dpi, pageNumber, deadline);
        pending.add(new Pending(pages.size(), future, image, pageNumber, textLayerChars, unmapped));
        pages.add(null);
        while (pending.size() >= window) {
            resolve(pending.poll());
        }
    }

    List<IngestedPage> finish() throws IngestException {
        while (!pending.isEmpty()) {
            resolve(pending.poll());
        }
        return List.copyOf(pages);
    }

    long ocrMillis() {
        return ocrMillis;
    }

    /** Drops queued work after a failure so the pool moves on to other documents. */
    void cancelAll() {
        pending.forEach(p -> p.future().cancel(true));
        pending.clear();
    }

    private void resolve(Pending p) throws IngestException {
        OcrResult result;
        try {
            result = p.future().get(deadline.remainingMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | CancellationException e) {
            cancelAll();
            throw deadline.timeout();
        } catch (InterruptedException e) {
            cancelAll();
            Thread.currentThread().interrupt();
            throw deadline.timeout();
        } catch (ExecutionException e) {
            cancelAll();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        if (result == null) {
            cancelAll();
            throw deadline.timeout();
        }
        ocrMillis += result.millis();
        String text = result.text();
        IngestedPage page = new IngestedPage(
                p.pageNumber(),
                PageSource.OCR,
                text,
                TextNormalizer.countNonWhitespace(text),
                p.textLayerChars(),
                p.unmapped(),
                result.meanConfidence(),
                result.dpi(),
                result.words(),
                result.frame());
        pages.set(p.slot(), page);
        listener.pageSeen(page, p.image());
        listener.pageDone(++pagesDone);
    }
}
