package org.yici.engine.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.yici.engine.content.PageMarksListener;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.IngestErrorKind;
import org.yici.ingest.IngestException;
import org.yici.ingest.IngestOutcome;
import org.yici.ingest.IngestRequest;
import org.yici.ingest.IngestService;
import org.yici.ingest.Ingestor;

/**
 * Reads the files of a check (in parallel, bounded by {@code yici.ingest.parallelism}), looking at
 * each scanned page's picture for seals and signature ink while it is read ({@link
 * PageMarksListener}). The OCR engines are created on first use, so a service that only sees
 * ticked paper never loads them.
 */
@Service
public class DocumentIngest implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(DocumentIngest.class);
    private final int parallelism;
    private final MeterRegistry metrics;
    private final IngestConfig config;
    private Ingestor ingestor;
    private IngestService service;

    DocumentIngest(@Value("${yici.ingest.parallelism:2}") int parallelism, MeterRegistry metrics, IngestConfig config) {
        this.parallelism = parallelism;
        this.metrics = metrics;
        this.config = config;
    }

    /**
     * Told about each page and each file as soon as it has been read (asynchronous checks report
     * progress).
     */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = evidence -> {};

        void documentDone(DocumentEvidence evidence);

        /** A page of the file sent for material {@code id} was read; called on an ingest thread. */
        default void pageDone(String id, int pagesDoneInFile) {}
    }

    /**
     * Ingests every file; a file that cannot be read is evidence with its error, not an exception.
     *
     * @param files material id to (declared name, bytes)
     */
    public List<DocumentEvidence> ingest(Map<String, IngestRequest> files) {
        return ingest(files, Progress.NONE);
    }

    /**
     * As {@link #ingest(Map)}, telling {@code progress} about each page and file. With a listener
     * the files are read one after another, so progress moves in order; the pages of one file are
     * still OCRed in parallel on the OCR pool.
     */
    public List<DocumentEvidence> ingest(Map<String, IngestRequest> files, Progress progress) {
        if (files.isEmpty()) {
            return List.of();
        }
        long start = System.nanoTime();
        List<String> ids = new ArrayList<>(files.keySet());
        List<DocumentEvidence> evidence = new ArrayList<>();
        if (progress == Progress.NONE) {
            List<String> read =
                    ids.stream().filter(id -> !isEmpty(files.get(id))).toList();
            List<PageMarksListener> marks =
                    read.stream().map(id -> new PageMarksListener()).toList();
            List<IngestOutcome> outcomes = read.isEmpty()
                    ? List.of()
                    : service().ingestAll(read.stream().map(files::get).toList(), marks);
            var next = outcomes.iterator();
            var nextMarks = marks.iterator();
            for (String id : ids) {
                evidence.add(
                        isEmpty(files.get(id))
                                ? DocumentEvidence.of(id, empty(files.get(id)))
                                : DocumentEvidence.of(id, next.next())
                                        .withMarks(nextMarks.next().marks()));
            }
        } else {
            for (String id : ids) {
                PageMarksListener marks = new PageMarksListener(pages -> progress.pageDone(id, pages));
                DocumentEvidence one = isEmpty(files.get(id))
                        ? DocumentEvidence.of(id, empty(files.get(id)))
                        : DocumentEvidence.of(id, service().ingest(files.get(id), marks))
                                .withMarks(marks.marks());
                evidence.add(one);
                progress.documentDone(one);
            }
        }
        record(evidence, System.nanoTime() - start);
        return evidence;
    }

    private static boolean isEmpty(IngestRequest file) {
        return file.content().length == 0;
    }

    /** A file of no bytes is its own error, not an unsupported type. */
    private static IngestOutcome empty(IngestRequest file) {
        return IngestOutcome.failed(
                file.declaredName(), new IngestException(IngestErrorKind.EMPTY, "the file has no bytes"));
    }

    /** Ingest latency per request with files, and how many pages needed OCR. */
    private void record(List<DocumentEvidence> evidence, long nanos) {
        metrics.timer("yici.ingest").record(Duration.ofNanos(nanos));
        long ocrPages = evidence.stream()
                .filter(e -> e.pageEvidence() != null)
                .flatMap(e -> e.pageEvidence().stream())
                .filter(p -> p.source().equals("OCR"))
                .count();
        metrics.counter("yici.ocr.pages").increment(ocrPages);
    }

    private synchronized IngestService service() {
        if (service == null) {
            try {
                ingestor = Ingestor.create(config);
            } catch (IllegalStateException | LinkageError e) {
                // Not kept: once the models are installed the next file is read without a restart.
                log.error("OCR engine unavailable: {}", e.getMessage());
                throw new OcrUnavailableException(e);
            }
            service = new IngestService(ingestor, parallelism);
        }
        return service;
    }

    /** The OCR engine cannot start (models or native library missing); health says why. */
    public static class OcrUnavailableException extends RuntimeException {
        OcrUnavailableException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    @Override
    public synchronized void destroy() {
        if (service != null) {
            service.close();
            ingestor.close();
        }
    }
}
