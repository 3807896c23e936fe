package org.yici.rules.check;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts applicants and clerks read, from {@code org/yici/rules/messages.properties}. */
public final class Messages {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.yici.rules.messages", Locale.ROOT);

    private Messages() {}

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, CHINESE).format(args);
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }
}
