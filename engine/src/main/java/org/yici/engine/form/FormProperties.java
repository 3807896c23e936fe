package org.yici.engine.form;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Pre-filled forms ({@code yici.prefill.*}).
 *
 * @param maxAge how far back earlier checks of the same applicant are read (ISO-8601, e.g.
 *     {@code P365D}); an older statement of an address or phone is more likely stale than useful
 */
@ConfigurationProperties(prefix = "yici.prefill")
public record FormProperties(Period maxAge) {
    public FormProperties {
        maxAge = maxAge == null ? Period.ofDays(365) : maxAge;
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("yici.prefill.max-age must not be negative: " + maxAge);
        }
    }
}
