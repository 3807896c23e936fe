package org.yici.ingest;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * One Tesseract engine through Tess4J's C API binding. Not thread-safe: {@link OcrPool} gives
 * each pool thread its own. We use the C API rather than {@code Tesseract.doOCR} because we need
 * text, mean confidence and per-word boxes from a single recognition pass, and a deadline.
 */
final class TesseractEngine implements AutoCloseable {
    private static final int OEM_LSTM_ONLY = 1;
    private static final int RIL_WORD = ITessAPI.TessPageIteratorLevel.RIL_WORD;
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final TessAPI api = TessAPI.INSTANCE;
    private final TessBaseAPI handle;

    TesseractEngine(IngestConfig config) {
        handle = api.TessBaseAPICreate();
        String datapath = config.tessdata().toString();
        if (api.TessBaseAPIInit2(handle, datapath, config.languages(), OEM_LSTM_ONLY) != 0) {
            api.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract could not load " + config.languages() + " from " + datapath);
        }
        api.TessBaseAPISetPageSegMode(handle, config.pageSegMode());
        // Keeps the spacing of form columns; Chinese inter-character spaces are removed later.
        api.TessBaseAPISetVariable(handle, "preserve_interword_spaces", "1");
        // Tesseract writes resolution and layout chatter to stderr otherwise.
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    }

    /**
     * @param gray an 8-bit grey image ({@code TYPE_BYTE_GRAY}) with a compact raster
     * @param deadlineMillis Tesseract stops recognising after this many milliseconds
     * @return the result, or {@code null} when recognition failed (the deadline cut it short, or
     *     Tesseract refused the image)
     */
    OcrResult recognize(BufferedImage gray, int dpi, int pageNumber, long deadlineMillis) {
        long start = System.nanoTime();
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        // Tesseract copies the pixels during SetImage, so the buffer only has to live for the call.
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.put(pixels).flip();
        api.TessBaseAPISetImage(handle, buffer, w, h, 1, w);
        api.TessBaseAPISetSourceResolution(handle, dpi);
        api.TessBaseAPISetVariable(handle, "user_defined_dpi", Integer.toString(dpi));
        ETEXT_DESC monitor = api.TessMonitorCreate();
        try {
            api.TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, Math.max(1, deadlineMillis)));
            if (api.TessBaseAPIRecognize(handle, monitor) != 0) {
                return null;
            }
            String text = takeText(api.TessBaseAPIGetUTF8Text(handle));
            double mean = api.TessBaseAPIMeanTextConf(handle) / 100.0;
            List<OcrWord> words = words(pageNumber);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new OcrResult(TextNormalizer.normalize(text), mean, dpi, words, millis, new OcrFrame(w, h, 0));
        } finally {
            api.TessMonitorDelete(monitor);
            api.TessBaseAPIClear(handle);
        }
    }

    private List<OcrWord> words(int pageNumber) {
        List<OcrWord> words = new ArrayList<>();
        TessResultIterator it = api.TessBaseAPIGetIterator(handle);
        if (it == null) {
            return words;
        }
        try {
            TessPageIterator page = api.TessResultIteratorGetPageIterator(it);
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            do {
                String word = takeText(api.TessResultIteratorGetUTF8Text(it, RIL_WORD));
                if (word.isBlank()) {
                    continue;
                }
                float confidence = api.TessResultIteratorConfidence(it, RIL_WORD);
                api.TessPageIteratorBoundingBox(page, RIL_WORD, left, top, right, bottom);
                BoundingBox box = new BoundingBox(
                        left.get(0), top.get(0), right.get(0) - left.get(0), bottom.get(0) - top.get(0));
                words.add(new OcrWord(TextNormalizer.normalize(word), pageNumber, box, confidence / 100.0));
            } while (api.TessResultIteratorNext(it, RIL_WORD) == ITessAPI.TRUE);
        } finally {
            api.TessResultIteratorDelete(it);
        }
        return words;
    }

    private String takeText(Pointer p) {
        if (p == null) {
            return "";
        }
        try {
            return p.getString(0, UTF_8);
        } finally {
            api.TessDeleteText(p);
        }
    }

    @Override
    public void close() {
        api.TessBaseAPIEnd(handle);
        api.TessBaseAPIDelete(handle);
    }
}
