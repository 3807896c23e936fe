package org.yici.rules.model;

import java.util.Map;

/**
 * One matter being checked in this session: the requested matter, or each member of a bundle.
 *
 * <p>A matter rule tests only this fact — {@code MatterCase( matter == "CODE", agentPresent )},
 * {@code MatterCase( matter == "CODE", situation( "familyBusiness" ) == "true" )} — so the rule
 * base hashes it by matter and a check pays only for its own matter's rules, however many matters
 * are loaded. (A pattern on {@code Application} or {@code Situation} in a matter rule would be
 * joined for every matter at every check.)
 *
 * @param bundle the bundle code, or null for a single matter
 * @param order the member's position in the bundle (0 for a single matter)
 * @param situations the request's validated situations, defaults applied
 */
public record MatterCase(
        String matter,
        String bundle,
        int order,
        ApplicantType applicantType,
        boolean agentPresent,
        Map<String, String> situations) {

    public MatterCase {
        situations = Map.copyOf(situations);
    }

    public String getMatter() {
        return matter;
    }

    public String getBundle() {
        return bundle;
    }

    public int getOrder() {
        return order;
    }

    public boolean isInBundle() {
        return bundle != null;
    }

    public ApplicantType getApplicantType() {
        return applicantType;
    }

    public boolean isAgentPresent() {
        return agentPresent;
    }

    /** The situation's value as text, or "" when the request does not state it. */
    public String situation(String key) {
        return situations.getOrDefault(key, "");
    }

    /** The situation's value as a number, or -1 when absent or not a number. */
    public long number(String key) {
        try {
            return Long.parseLong(situation(key));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
