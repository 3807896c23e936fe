package org.yici.engine.window;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The staff window's settings.
 *
 * @param bootstrapUser the first staff user, created at start-up only while {@code staff_user} is
 *     empty ({@code YICI_WINDOW_BOOTSTRAP_USER}); empty = none
 * @param bootstrapPassword that user's password ({@code YICI_WINDOW_BOOTSTRAP_PASSWORD}); stored as a
 *     BCrypt hash, never logged; there is no default
 * @param bootstrapDisplayName the name shown for that user; defaults to the user name
 * @param bootstrapOffice that user's office (窗口/科室), optional
 */
@ConfigurationProperties(prefix = "yici.window")
public record WindowProperties(
        String bootstrapUser, String bootstrapPassword, String bootstrapDisplayName, String bootstrapOffice) {}
