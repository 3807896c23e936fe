package org.yici.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ingests the files of a request in parallel on a bounded pool of document threads; OCR itself
 * runs on the {@link Ingestor}'s OCR pool. When the queue is full the caller's thread does the
 * work, which slows bursts down instead of queueing without bound. The service does not own the
 * ingestor: close both.
 */
public final class IngestService implements AutoCloseable {
    /** Beyond the ingestor's own deadline: only reached if a native call ignores its deadline. */
    private static final long BACKSTOP_MILLIS = 30_000;

    private final Ingestor ingestor;
    private final ThreadPoolExecutor executor;

    public IngestService(Ingestor ingestor, int parallelism) {
        if (parallelism <= 0) {
            throw new IllegalArgumentException("parallelism must be positive");
        }
        this.ingestor = ingestor;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                parallelism,
                parallelism,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(64 * parallelism),
                r -> {
                    Thread t = new Thread(r, "yici-ingest-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /**
     * Ingests every request; the outcomes are in request order and never throw for a bad file.
     *
     * @throws IllegalStateException when OCR is not installed
     */
    public List<IngestOutcome> ingestAll(List<IngestRequest> requests) {
        return ingestAll(requests, requests.stream().map(r -> PageListener.NONE).toList());
    }

    /**
     * As {@link #ingestAll(List)}, telling each request's listener (same index) about its pages.
     *
     * @throws IllegalArgumentException when there is not one listener per request
     */
    public List<IngestOutcome> ingestAll(List<IngestRequest> requests, List<? extends PageListener> listeners) {
        if (listeners.size() != requests.size()) {
            throw new IllegalArgumentException(requests.size() + " requests, " + listeners.size() + " listeners");
        }
        List<Future<IngestedDocument>> futures = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            IngestRequest request = requests.get(i);
            PageListener listener = listeners.get(i);
            futures.add(executor.submit(() -> ingestor.ingest(request.content(), request.declaredName(), listener)));
        }
        long backstop = ingestor.config().timeout().toMillis() + BACKSTOP_MILLIS;
        List<IngestOutcome> outcomes = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            outcomes.add(await(requests.get(i).declaredName(), futures.get(i), backstop));
        }
        return outcomes;
    }

    /**
     * Ingests one file on the pool, telling {@code listener} as each page is read; never throws for
     * a bad file.
     */
    public IngestOutcome ingest(IngestRequest request, PageListener listener) {
        Future<IngestedDocument> future =
                executor.submit(() -> ingestor.ingest(request.content(), request.declaredName(), listener));
        return await(request.declaredName(), future, ingestor.config().timeout().toMillis() + BACKSTOP_MILLIS);
    }

    private static IngestOutcome await(String name, Future<IngestedDocument> future, long backstopMillis) {
        try {
            return IngestOutcome.of(name, future.get(backstopMillis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException | CancellationException e) {
            future.cancel(true);
            return IngestOutcome.failed(name, new IngestException(IngestErrorKind.TIMEOUT, "backstop expired"));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return IngestOutcome.failed(name, new IngestException(IngestErrorKind.TIMEOUT, "interrupted"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IngestException ie) {
                return IngestOutcome.failed(name, ie);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
