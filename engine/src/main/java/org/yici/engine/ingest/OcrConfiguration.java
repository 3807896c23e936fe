package org.yici.engine.ingest;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yici.ingest.IngestConfig;
import org.yici.ingest.OcrEngineKind;

/**
 * The ingest settings the service runs with: the library's defaults (which already read
 * {@code YICI_OCR_MODELS} and {@code TESSDATA_PREFIX}) with the engine, model folder and detector
 * size overridable as {@code yici.ingest.*} properties, so the health check and the checks read
 * with the same engine.
 */
@Configuration(proxyBeanMethods = false)
class OcrConfiguration {
    @Bean
    IngestConfig ingestConfig(
            @Value("${yici.ingest.ocr-engine:}") String engine,
            @Value("${yici.ingest.ocr-models:}") String models,
            @Value("${yici.ingest.detection-max-side:0}") int detectionMaxSide) {
        IngestConfig.Builder config = IngestConfig.defaults().toBuilder();
        if (!engine.isBlank()) {
            config.ocrEngine(OcrEngineKind.parse(engine));
        }
        if (!models.isBlank()) {
            config.ocrModels(Path.of(models));
        }
        if (detectionMaxSide > 0) {
            config.detectionMaxSide(detectionMaxSide);
        }
        return config.build();
    }
}
