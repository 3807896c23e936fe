package org.yici.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Turns a PDF, PNG, JPEG or TIFF into pages of text with their origin and confidence.
 *
 * <p>Thread-safe: each call works on its own document on the calling thread; OCR runs on the
 * ingestor's fixed pool with the configured engine ({@link OcrEngineKind}). Create one per
 * application and {@link #close()} it on shutdown. Every failure that is the file's fault ends in
 * an {@link IngestException}; {@link IllegalStateException} means the installation is broken (the
 * engine's models missing or altered).
 */
public final class Ingestor implements AutoCloseable {
    private final IngestConfig config;
    private final OcrPool ocrPool;

    private Ingestor(IngestConfig config) {
        this.config = config;
        this.ocrPool = new OcrPool(config);
    }

    /**
     * @throws IllegalStateException when the engine's models are missing or not the pinned ones:
     *     for PP-OCR a file of {@code config.ocrModels()}, for Tesseract a language under {@code
     *     config.tessdata()} (OCR would fail on every scan). The message names the file and how to
     *     install it.
     */
    public static Ingestor create(IngestConfig config) {
        Objects.requireNonNull(config, "config");
        if (config.ocrStrategy() != OcrStrategy.NEVER && config.ocrEngine() == OcrEngineKind.TESSERACT) {
            for (String language : config.languages().split("\\+")) {
                Path model = config.tessdata().resolve(language + ".traineddata");
                if (!Files.isRegularFile(model)) {
                    throw new IllegalStateException("Tesseract model missing: " + model
                            + " (install tesseract-ocr-chi-sim/-eng or set TESSDATA_PREFIX)");
                }
            }
        }
        return new Ingestor(config);
    }

    public IngestConfig config() {
        return config;
    }

    /**
     * Ingests an in-memory file. The array is neither modified nor retained.
     *
     * @param declaredName the uploader's file name, kept for reporting only
     * @throws IngestException when the file is unsupported, encrypted, corrupt, too large or too slow
     */
    public IngestedDocument ingest(byte[] content, String declaredName) throws IngestException {
        return ingest(content, declaredName, PageListener.NONE);
    }

    /** As {@link #ingest(byte[], String)}, telling {@code listener} as each page is read. */
    public IngestedDocument ingest(byte[] content, String declaredName, PageListener listener) throws IngestException {
        Objects.requireNonNull(content, "content");
        long start = System.nanoTime();
        checkSize(content.length);
        DocumentType type;
        try (InputStream in = new ByteArrayInputStream(content)) {
            type = TypeSniffer.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run(type, declaredName, start, listener, new Source() {
            @Override
            public RandomAccessRead pdf() {
                return new RandomAccessReadBuffer(content);
            }

            @Override
            public ImageInputStream image() throws IOException {
                return ImageIO.createImageInputStream(new ByteArrayInputStream(content));
            }
        });
    }

    /**
     * Ingests a file on disk without reading it into memory first. The file is opened and closed
     * here.
     *
     * @throws UncheckedIOException when the file itself cannot be read (missing, no permission)
     */
    public IngestedDocument ingest(Path file, String declaredName) throws IngestException {
        Objects.requireNonNull(file, "file");
        long start = System.nanoTime();
        DocumentType type;
        try {
            checkSize(Files.size(file));
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                type = TypeSniffer.detect(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run(type, declaredName, start, PageListener.NONE, new Source() {
            @Override
            public RandomAccessRead pdf() throws IOException {
                return new RandomAccessReadBufferedFile(file);
            }

            @Override
            public ImageInputStream image() throws IOException {
                return ImageIO.createImageInputStream(file.toFile());
            }
        });
    }

    private interface Source {
        RandomAccessRead pdf() throws IOException;

        ImageInputStream image() throws IOException;
    }

    private void checkSize(long bytes) throws IngestException {
        if (bytes > config.maxBytes()) {
            throw new IngestException(IngestErrorKind.TOO_LARGE, bytes + " bytes, limit " + config.maxBytes());
        }
    }

    private IngestedDocument run(
            DocumentType type, String declaredName, long start, PageListener listener, Source source)
            throws IngestException {
        Deadline deadline = Deadline.after(config.timeout());
        PageCollector collector = new PageCollector(ocrPool, deadline, config.ocrThreads(), listener);
        try {
            List<IngestedPage> pages;
            long textLayer = 0;
            long render = 0;
            if (type == DocumentType.PDF) {
                PdfIngest pdf = new PdfIngest(config, deadline);
                // Untrusted input: decoded streams spill to temp files, never to unbounded heap.
                try (PDDocument document = Loader.loadPDF(source.pdf(), "", IOUtils.createTempFileOnlyStreamCache())) {
                    // PDFBox keeps decoded images and fonts in soft references by default: a long
                    // scan then fills the heap to its limit. Keep the fonts, which every page
                    // shares, and no images, which are visited once.
                    document.setResourceCache(new FontsOnlyResourceCache());
                    pages = pdf.pages(document, collector);
                }
                textLayer = pdf.textLayerMillis;
                render = pdf.renderMillis;
            } else {
                ImageIngest images = new ImageIngest(config, deadline);
                try (ImageInputStream in = source.image()) {
                    if (in == null) {
                        throw new IngestException(IngestErrorKind.CORRUPT, "no image stream");
                    }
                    pages = images.pages(in, type, collector);
                }
                render = images.decodeMillis;
            }
            long total = (System.nanoTime() - start) / 1_000_000;
            return new IngestedDocument(
                    declaredName, type, pages, new IngestTimings(total, textLayer, render, collector.ocrMillis()));
        } catch (InvalidPasswordException e) {
            throw new IngestException(IngestErrorKind.ENCRYPTED, e.getMessage(), e);
        } catch (IngestException e) {
            collector.cancelAll();
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            collector.cancelAll();
            throw Failures.classify(e, deadline);
        } catch (OutOfMemoryError e) {
            // One oversized allocation the limits did not foresee; the document's memory is
            // unreachable once we unwind, so refusing the file keeps the service alive.
            collector.cancelAll();
            throw new IngestException(IngestErrorKind.TOO_LARGE, "out of memory: " + e.getMessage());
        }
    }

    /** Stops the OCR pool; documents in flight finish their current page. */
    @Override
    public void close() {
        ocrPool.close();
    }
}
