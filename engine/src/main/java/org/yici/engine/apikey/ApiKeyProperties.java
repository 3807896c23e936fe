package org.yici.engine.apikey;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code yici.api-keys.*}.
 *
 * @param bootstrap keys created at start-up when absent (e.g. from a secret store, for the first
 *     integration); each needs a name, roles and a key of at least 32 characters
 * @param cacheTtl how long a node answers a key it found live without asking the database again
 *     (default 5 s; 0 asks every time): a key revoked through one service node is refused by that
 *     node at once, and by every other node, and after {@code yici keys revoke}, within this time
 */
@ConfigurationProperties(prefix = "yici.api-keys")
public record ApiKeyProperties(List<Bootstrap> bootstrap, Duration cacheTtl) {
    static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(5);

    public ApiKeyProperties {
        bootstrap = bootstrap == null ? List.of() : List.copyOf(bootstrap);
        cacheTtl = cacheTtl == null ? DEFAULT_CACHE_TTL : cacheTtl;
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("yici.api-keys.cache-ttl must not be negative: " + cacheTtl);
        }
    }

    public record Bootstrap(String name, Set<ApiRole> roles, String key) {}
}
