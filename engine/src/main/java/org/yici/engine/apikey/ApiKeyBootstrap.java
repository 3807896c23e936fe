package org.yici.engine.apikey;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Creates the configured bootstrap keys at start-up, once. */
@Component
class ApiKeyBootstrap {
    private final ApiKeys keys;
    private final ApiKeyProperties properties;

    ApiKeyBootstrap(ApiKeys keys, ApiKeyProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        for (ApiKeyProperties.Bootstrap b : properties.bootstrap()) {
            if (b.key() == null
                    || b.key().length() < 32
                    || b.roles() == null
                    || b.roles().isEmpty()) {
                throw new IllegalStateException("yici.api-keys.bootstrap entry " + b.name()
                        + " needs roles and a key of at least 32 characters");
            }
            keys.ensure(b.name(), b.roles(), b.key());
        }
    }
}
