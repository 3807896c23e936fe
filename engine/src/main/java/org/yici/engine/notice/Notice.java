package org.yici.engine.notice;

import java.time.Instant;

/**
 * An archived notice, exactly as issued: never changed, reprinted from these bytes.
 *
 * @param sha256 of {@code pdf}, hex
 * @param supersedes the number of the notice this one replaces, or null
 */
public record Notice(
        String number,
        String checkId,
        NoticeType type,
        String html,
        byte[] pdf,
        String sha256,
        String supersedes,
        Instant createdAt) {}
