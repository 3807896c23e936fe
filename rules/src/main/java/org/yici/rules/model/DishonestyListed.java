package org.yici.rules.model;

/** The applicant is on the dishonesty list (失信名单): no 容缺受理 on trust. */
public record DishonestyListed(String holder, String basis) {}
