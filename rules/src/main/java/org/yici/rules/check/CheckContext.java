package org.yici.rules.check;

/**
 * What the service knows about a request beyond the request itself, from its own records.
 *
 * @param dishonestyBasis non-null when the applicant is on the dishonesty list (失信名单): the
 *     entry it rests on
 */
public record CheckContext(String dishonestyBasis) {
    public static final CheckContext NONE = new CheckContext(null);
}
