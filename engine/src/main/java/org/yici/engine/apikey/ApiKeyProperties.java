package org.yici.engine.apikey;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code yici.api-keys.*}.
 *
 * @param bootstrap keys created at start-up when absent (e.g. from a secret store, for the first
 *     integration); each needs a name, roles and a key of at least 32 characters
 */
@ConfigurationProperties(prefix = "yici.api-keys")
public record ApiKeyProperties(List<Bootstrap> bootstrap) {

    public ApiKeyProperties {
        bootstrap = bootstrap == null ? List.of() : List.copyOf(bootstrap);
    }

    public record Bootstrap(String name, Set<ApiRole> roles, String key) {}
}
