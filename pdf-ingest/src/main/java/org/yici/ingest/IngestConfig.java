package org.yici.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Limits and OCR settings. Start from {@link #defaults()} or {@link #builder()}; every value has a
 * default that suits a service centre. Limits apply per document.
 *
 * @param maxBytes larger files are refused as {@code TOO_LARGE} before parsing
 * @param maxPages more pages (PDF or TIFF) are refused as {@code TOO_LARGE}
 * @param maxPixelsPerPage images (or images inside a PDF) with more pixels are refused
 * @param timeout per document; exceeded means {@code TIMEOUT}
 * @param renderDpi resolution at which PDF pages are rendered for OCR
 * @param maxRenderEdge cap on the long edge of a rendered page in pixels (huge MediaBoxes)
 * @param ocrStrategy when to OCR
 * @param minTextChars a PDF page with at most this many characters is OCRed (Tika: 10)
 * @param maxUnmappedGlyphs a PDF page with more unmapped glyphs is OCRed (Tika: 10)
 * @param languages Tesseract languages, e.g. {@code chi_sim+eng}
 * @param tessdata the tessdata directory (the value TESSDATA_PREFIX would hold)
 * @param ocrThreads size of the fixed OCR pool (pages recognised at once)
 * @param pageSegMode Tesseract page segmentation mode
 * @param preprocessing clean-up steps before Tesseract (the PP-OCR engine takes the page as it is)
 * @param ocrEngine which engine reads scanned pages
 * @param ocrModels the folder holding the PP-OCR model files listed in {@code paddle/models.sha256}
 * @param detectionMaxSide the PP-OCR detector sees the page scaled to at most this many pixels on
 *     its long side
 */
public record IngestConfig(
        long maxBytes,
        int maxPages,
        long maxPixelsPerPage,
        Duration timeout,
        int renderDpi,
        int maxRenderEdge,
        OcrStrategy ocrStrategy,
        int minTextChars,
        int maxUnmappedGlyphs,
        String languages,
        Path tessdata,
        int ocrThreads,
        int pageSegMode,
        Set<Preprocessing> preprocessing,
        OcrEngineKind ocrEngine,
        Path ocrModels,
        int detectionMaxSide) {

    /** Debian 12's tesseract-ocr 5 package puts its models here. */
    public static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

    public IngestConfig {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(ocrStrategy, "ocrStrategy");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(tessdata, "tessdata");
        Objects.requireNonNull(ocrEngine, "ocrEngine");
        Objects.requireNonNull(ocrModels, "ocrModels");
        preprocessing = preprocessing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(preprocessing));
        if (maxBytes <= 0 || maxPages <= 0 || maxPixelsPerPage <= 0 || renderDpi <= 0 || maxRenderEdge <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (detectionMaxSide < 32) {
            throw new IllegalArgumentException("detectionMaxSide must be at least 32");
        }
        if (ocrThreads <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ocrThreads and timeout must be positive");
        }
    }

    public static IngestConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxBytes = maxBytes;
        b.maxPages = maxPages;
        b.maxPixelsPerPage = maxPixelsPerPage;
        b.timeout = timeout;
        b.renderDpi = renderDpi;
        b.maxRenderEdge = maxRenderEdge;
        b.ocrStrategy = ocrStrategy;
        b.minTextChars = minTextChars;
        b.maxUnmappedGlyphs = maxUnmappedGlyphs;
        b.languages = languages;
        b.tessdata = tessdata;
        b.ocrThreads = ocrThreads;
        b.pageSegMode = pageSegMode;
        b.preprocessing = preprocessing.isEmpty() ? EnumSet.noneOf(Preprocessing.class) : EnumSet.copyOf(preprocessing);
        b.ocrEngine = ocrEngine;
        b.ocrModels = ocrModels;
        b.detectionMaxSide = detectionMaxSide;
        return b;
    }

    /** Tesseract's own convention: TESSDATA_PREFIX names the tessdata directory. */
    static Path defaultTessdata() {
        String prefix = System.getenv("TESSDATA_PREFIX");
        return prefix == null || prefix.isBlank() ? DEBIAN_TESSDATA : Path.of(prefix);
    }

    /**
     * {@code YICI_OCR_MODELS}, else the {@code models/ppocr} folder of the installation (the
     * nearest one above this module's jar or classes, where {@code scripts/install-models.sh} puts
     * it), else {@code models/ppocr} under the working directory.
     */
    static Path defaultOcrModels() {
        String configured = System.getenv("YICI_OCR_MODELS");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return OcrModelFolder.nearestInstalled().orElse(Path.of("models", "ppocr"));
    }

    public static final class Builder {
        private long maxBytes = 50L * 1024 * 1024;
        private int maxPages = 300;
        private long maxPixelsPerPage = 50_000_000L;
        private Duration timeout = Duration.ofMinutes(5);
        private int renderDpi = 300;
        // A3 at 300 dpi; beyond that a page is rendered smaller rather than refused.
        private int maxRenderEdge = 4960;
        private OcrStrategy ocrStrategy = OcrStrategy.AUTO;
        private int minTextChars = 10;
        private int maxUnmappedGlyphs = 10;
        private String languages = "chi_sim+eng";
        private Path tessdata = defaultTessdata();
        private int ocrThreads = Math.max(1, Runtime.getRuntime().availableProcessors());
        // Measured on the generated corpus (docs/benchmarks/ingest.md): mean CER 0.064 with 6, 0.069 with 3.
        private int pageSegMode = 6;
        // Off by measurement (docs/benchmarks/ingest.md): DENOISE cost more on clean and 150 dpi
        // pages than it won on noisy ones; UPSCALE_LOW_DPI made 150 dpi scans worse (0.067 vs 0.053),
        // Tesseract copes better with the true resolution.
        private EnumSet<Preprocessing> preprocessing = EnumSet.of(
                Preprocessing.SEAL_SUPPRESSION,
                Preprocessing.FLATTEN_BACKGROUND,
                Preprocessing.CONTRAST,
                Preprocessing.DESKEW);

        private OcrEngineKind ocrEngine = OcrEngineKind.PADDLE;
        private Path ocrModels = defaultOcrModels();
        // PP-OCRv4's detector at this long side keeps small print of an A4 page legible
        // (docs/benchmarks/ingest.md has the sweep).
        private int detectionMaxSide = 1280;

        private Builder() {}

        public Builder maxBytes(long v) {
            maxBytes = v;
            return this;
        }

        public Builder maxPages(int v) {
            maxPages = v;
            return this;
        }

        public Builder maxPixelsPerPage(long v) {
            maxPixelsPerPage = v;
            return this;
        }

        public Builder timeout(Duration v) {
            timeout = v;
            return this;
        }

        public Builder renderDpi(int v) {
            renderDpi = v;
            return this;
        }

        public Builder maxRenderEdge(int v) {
            maxRenderEdge = v;
            return this;
        }

        public Builder ocrStrategy(OcrStrategy v) {
            ocrStrategy = v;
            return this;
        }

        public Builder minTextChars(int v) {
            minTextChars = v;
            return this;
        }

        public Builder maxUnmappedGlyphs(int v) {
            maxUnmappedGlyphs = v;
            return this;
        }

        public Builder languages(String v) {
            languages = v;
            return this;
        }

        public Builder tessdata(Path v) {
            tessdata = v;
            return this;
        }

        public Builder ocrThreads(int v) {
            ocrThreads = v;
            return this;
        }

        public Builder pageSegMode(int v) {
            pageSegMode = v;
            return this;
        }

        public Builder preprocessing(Set<Preprocessing> v) {
            preprocessing = v.isEmpty() ? EnumSet.noneOf(Preprocessing.class) : EnumSet.copyOf(v);
            return this;
        }

        public Builder ocrEngine(OcrEngineKind v) {
            ocrEngine = v;
            return this;
        }

        public Builder ocrModels(Path v) {
            ocrModels = v;
            return this;
        }

        public Builder detectionMaxSide(int v) {
            detectionMaxSide = v;
            return this;
        }

        public IngestConfig build() {
            return new IngestConfig(
                    maxBytes,
                    maxPages,
                    maxPixelsPerPage,
                    timeout,
                    renderDpi,
                    maxRenderEdge,
                    ocrStrategy,
                    minTextChars,
                    maxUnmappedGlyphs,
                    languages,
                    tessdata,
                    ocrThreads,
                    pageSegMode,
                    preprocessing,
                    ocrEngine,
                    ocrModels,
                    detectionMaxSide);
        }
    }
}
