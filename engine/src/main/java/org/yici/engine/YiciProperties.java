package org.yici.engine;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings.
 *
 * @param dataDir holds the embedded database, stored files and notices ({@code YICI_DATA_DIR},
 *     default {@code ./data})
 * @param rulesDir a live rules folder ({@code YICI_RULES_DIR}); empty = the rules packaged with
 *     the build
 */
@ConfigurationProperties(prefix = "yici")
public record YiciProperties(Path dataDir, Path rulesDir) {}
