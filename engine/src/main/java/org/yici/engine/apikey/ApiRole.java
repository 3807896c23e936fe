package org.yici.engine.apikey;

/** What an API key may do. STAFF includes what INTAKE may; RULE_ADMIN is for the rules only. */
public enum ApiRole {
    /** Online intake: check packages, read checks and matter checklists. */
    INTAKE,
    /** Window back office: also deferrals and supplements, notices, licence and dishonesty imports. */
    STAFF,
    /** Rule maintainers: rule base status, reload and dry runs. */
    RULE_ADMIN
}
