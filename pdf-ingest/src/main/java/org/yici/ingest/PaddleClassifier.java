package org.yici.ingest;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * PP-OCR's angle classifier: is a text region upright or upside down? Regions are squeezed into
 * 192 x 48 as the model was trained.
 */
final class PaddleClassifier {
    private static final int HEIGHT = 48;
    private static final int WIDTH = 192;
    private static final int BATCH = 16;

    private final PaddleModels models;

    PaddleClassifier(PaddleModels models) {
        this.models = models;
    }

    /** @return per region the probability that it is upside down */
    double[] upsideDown(PaddleImages.Bgr page, List<Quad> quads) throws OrtException {
        double[] out = new double[quads.size()];
        for (int start = 0; start < quads.size(); start += BATCH) {
            int n = Math.min(BATCH, quads.size() - start);
            float[] input = new float[n * 3 * HEIGHT * WIDTH];
            for (int k = 0; k < n; k++) {
                Quad q = quads.get(start + k);
                int w = Math.max(1, Math.min(WIDTH, (int) Math.ceil(HEIGHT * q.width() / Math.max(1.0, q.height()))));
                PaddleImages.sampleInto(page, q, w, HEIGHT, input, WIDTH, k);
            }
            try (OnnxTensor tensor = OnnxTensor.createTensor(
                            models.environment, FloatBuffer.wrap(input), new long[] {n, 3, HEIGHT, WIDTH});
                    OrtSession.Result result = models.classifier.run(Map.of(inputName(), tensor))) {
                FloatBuffer p = ((OnnxTensor) result.get(0)).getFloatBuffer();
                for (int k = 0; k < n; k++) {
                    out[start + k] = p.get(k * 2 + 1);
                }
            }
        }
        return out;
    }

    private String inputName() {
        return models.classifier.getInputNames().iterator().next();
    }
}
