package org.yici.engine.window;

/** Where the window's words live; templates use them as {@code #{key}}. */
final class WindowMessages {
    static final String BUNDLE = "org.yici.engine.window.messages";

    private WindowMessages() {}
}
