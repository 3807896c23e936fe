package org.yici.ingest;

import java.util.Locale;
import java.util.ResourceBundle;

/** Texts shown to clerks live in {@code org/yici/ingest/messages.properties} (UTF-8). */
final class Messages {
    static final String BUNDLE = "org.yici.ingest.messages";

    private Messages() {}

    static String error(IngestErrorKind kind) {
        return get("error." + kind.name());
    }

    static String get(String key) {
        // Java 9+ reads .properties bundles as UTF-8, so the Chinese texts need no escaping.
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
    }
}
