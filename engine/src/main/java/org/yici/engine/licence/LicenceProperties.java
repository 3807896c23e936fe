package org.yici.engine.licence;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yici.licences.*}: which licence directory checks consult.
 *
 * @param provider {@code embedded} (default, the database table) or {@code http}
 * @param baseUrl the provincial service, for {@code http}
 */
@ConfigurationProperties(prefix = "yici.licences")
public record LicenceProperties(
        @DefaultValue("embedded") String provider,
        URI baseUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("3s") Duration readTimeout) {}
