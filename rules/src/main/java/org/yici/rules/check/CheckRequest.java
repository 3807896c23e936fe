package org.yici.rules.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.Form;

/**
 * A package to check (ARCHITECTURE §3); the same shape for the CLI, REST and scenarios.
 *
 * @param matter a matter code, or a bundle code (一件事)
 * @param channel WINDOW (default) or ONLINE
 * @param agent null when the applicant comes in person
 * @param commitments {@code DEFERRAL} (容缺受理) and {@code CERT:<material code>} (告知承诺)
 * @param reuse materials handed in with earlier accepted checks that the applicant asks not to hand
 *     in again (免于提交); the service grants those of the same holder still valid on this date
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CheckRequest(
        String matter,
        LocalDate applicationDate,
        String channel,
        Party applicant,
        Party agent,
        Map<String, Object> situations,
        List<String> commitments,
        List<SharedDataRef> sharedData,
        List<Material> materials,
        List<ReuseRef> reuse) {

    public CheckRequest {
        situations = situations == null ? Map.of() : situations;
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        sharedData = sharedData == null ? List.of() : List.copyOf(sharedData);
        materials = materials == null ? List.of() : List.copyOf(materials);
        reuse = reuse == null ? List.of() : List.copyOf(reuse);
    }

    /** A request that reuses nothing handed in before. */
    public CheckRequest(
            String matter,
            LocalDate applicationDate,
            String channel,
            Party applicant,
            Party agent,
            Map<String, Object> situations,
            List<String> commitments,
            List<SharedDataRef> sharedData,
            List<Material> materials) {
        this(
                matter,
                applicationDate,
                channel,
                applicant,
                agent,
                situations,
                commitments,
                sharedData,
                materials,
                List.of());
    }

    /**
     * A material handed in with an earlier check, named for reuse.
     *
     * @param checkId the earlier check
     * @param material the material code it was handed in under there
     */
    public record ReuseRef(String checkId, String material) {}

    /** The applicant or the agent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(ApplicantType type, String name, String idNumber, String creditCode) {}

    /**
     * An electronic licence (电子证照) the intake system or the licence directory found.
     *
     * @param holder the holder's ID number or credit code; defaults to {@code number}
     * @param validUntil null when it does not expire
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SharedDataRef(String type, String number, String holder, LocalDate validUntil, String source) {}

    /** This request with more shared-data references (e.g. from the licence directory). */
    public CheckRequest withSharedData(List<SharedDataRef> more) {
        List<SharedDataRef> all = new java.util.ArrayList<>(sharedData);
        all.addAll(more);
        return new CheckRequest(
                matter, applicationDate, channel, applicant, agent, situations, commitments, all, materials, reuse);
    }

    /**
     * A material handed in.
     *
     * @param code the material code, or null when only the file says what it is
     * @param form defaults to ELECTRONIC for a file on the online channel
     * @param copies defaults to 1; 0 means shown for inspection (查验) but none handed in
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Material(
            String id, String code, Form form, Integer copies, String file, Map<String, String> fields) {}

    public CheckRequest withMaterials(List<Material> newMaterials) {
        return new CheckRequest(
                matter,
                applicationDate,
                channel,
                applicant,
                agent,
                situations,
                commitments,
                sharedData,
                newMaterials,
                reuse);
    }
}
