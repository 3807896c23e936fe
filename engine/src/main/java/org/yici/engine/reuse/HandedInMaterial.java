package org.yici.engine.reuse;

import java.time.LocalDate;

/**
 * A material its holder handed in with an accepted check.
 *
 * @param material the material code it was handed in under
 * @param type its material type (material-types.yaml)
 * @param holder the holder's ID number or credit code
 * @param validUntil the end of validity read from its file; null when none was read
 * @param materialId the id its file was sent under, null when it was handed in on paper
 */
public record HandedInMaterial(
        String checkId,
        String material,
        String type,
        String holder,
        String name,
        LocalDate handedInOn,
        LocalDate validUntil,
        String materialId) {

    /** As the rules take it when a request reuses it. */
    public org.yici.rules.model.ReusedMaterial asReused() {
        return new org.yici.rules.model.ReusedMaterial(type, holder, checkId, material, handedInOn);
    }

    /** Where its file is downloaded, given the files of its check; null when handed in on paper. */
    public String fileLink(java.util.List<org.yici.engine.storage.CheckFiles.StoredFile> filesOfItsCheck) {
        if (materialId == null) {
            return null;
        }
        return filesOfItsCheck.stream()
                .filter(f -> materialId.equals(f.materialId()))
                .findFirst()
                .map(f -> "/api/v1/checks/" + checkId + "/files/" + f.sha256())
                .orElse(null);
    }

    /** Whether it may still serve an application on {@code date}, given the longest age allowed. */
    public boolean usableOn(LocalDate date, java.time.Period maxAge) {
        if (date.isBefore(handedInOn)) {
            return false;
        }
        if (validUntil != null) {
            return !validUntil.isBefore(date);
        }
        return !handedInOn.plus(maxAge).isBefore(date);
    }
}
