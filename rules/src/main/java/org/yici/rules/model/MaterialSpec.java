package org.yici.rules.model;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A material as the matter's guide describes it ({@code matter.yaml}). The matter's DRL decides
 * when it is needed; this says what it is.
 *
 * @param when the guide's "何时需要" in words, or null when always needed
 * @param subject whose document it is (APPLICANT, LEGAL_REPRESENTATIVE, AGENT, …); in a bundle,
 *     materials of the same type, subject and form are one item of the package (一套材料)
 * @param replaceableBy the waivers a guide allows for it: COMMITMENT (告知承诺), SHARED_DATA
 * @param position its place in the guide's list, which orders checklists and notices
 * @param inspectOnly an original the window only inspects (查验原件) and hands back: no copy is kept
 */
public record MaterialSpec(
        String matter,
        String code,
        String name,
        String type,
        Form form,
        int copies,
        boolean core,
        String when,
        String subject,
        Set<WaiverReason> replaceableBy,
        String requirement,
        String basis,
        int position,
        boolean inspectOnly) {

    public MaterialSpec {
        replaceableBy = Set.copyOf(replaceableBy);
    }

    public String getMatter() {
        return matter;
    }

    public String getCode() {
        return code;
    }

    public String getType() {
        return type;
    }

    public String getSubject() {
        return subject;
    }

    public boolean isCommitmentAllowed() {
        return replaceableBy.contains(WaiverReason.COMMITMENT);
    }

    public boolean isSharedDataAllowed() {
        return replaceableBy.contains(WaiverReason.SHARED_DATA);
    }

    /** How many copies the office keeps: none for an original it only inspects. */
    public int copiesToHandIn() {
        return inspectOnly ? 0 : copies;
    }

    /** Whether the material's name names {@code document} (both NFKC-normalised, spaces ignored). */
    public boolean mentions(String document) {
        return normalisedName(name).contains(normalisedName(document));
    }

    /**
     * Rules ask {@link #mentions} for every requirement against every cancelled certificate in
     * every check; both sides are names from the rules' data (matter.yaml, the cancelled list), a
     * finite set, so each is normalised once.
     */
    private static final Map<String, String> NORMALISED_NAMES = new ConcurrentHashMap<>();

    private static String normalisedName(String name) {
        return name == null ? "" : NORMALISED_NAMES.computeIfAbsent(name, Text::normalise);
    }

    /** The key under which bundle members share this material: type, subject and form. */
    public String shareKey() {
        return subject == null ? null : type + "/" + subject + "/" + form;
    }
}
