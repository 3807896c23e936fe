package org.yici.engine.window;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.Form;

/**
 * What staff filled in on the check page, as plain form fields, and the request it makes.
 *
 * <p>Fields: {@code applicantType}, {@code applicantName}, {@code applicantId} (ID number of a
 * person, credit code of an organisation), {@code agent=true}, {@code agentName}, {@code agentId},
 * {@code sit.<key>}, {@code present=<code>} per ticked paper material with {@code form.<code>} and
 * {@code copies.<code>}, {@code commit=DEFERRAL|CERT:<code>}, {@code reuse=<checkId>/<material
 * code>} per earlier material not handed in again (免于提交), {@code idempotencyKey}, and a file
 * part {@code file.<code>} per scanned or electronic material.
 *
 * @param materials the ticked materials by code (a material with a file counts as handed in)
 * @param files the name of the file uploaded per material code
 * @param reuse the earlier materials ticked for reuse, as {@code <checkId>/<material code>}
 */
record CheckForm(
        ApplicantType applicantType,
        String applicantName,
        String applicantId,
        boolean agent,
        String agentName,
        String agentId,
        Map<String, String> situations,
        Map<String, Ticked> materials,
        Set<String> commitments,
        String idempotencyKey,
        Map<String, String> files,
        Set<String> reuse) {

    /** The form-field name prefix of a material's file part. */
    static final String FILE_PREFIX = "file.";

    /** A paper material handed in. */
    record Ticked(Form form, int copies) {}

    static CheckForm empty() {
        return new CheckForm(null, "", "", false, "", "", Map.of(), Map.of(), Set.of(), null, Map.of(), Set.of());
    }

    static CheckForm from(MultiValueMap<String, String> params) {
        return from(params, Map.of());
    }

    /**
     * @param files the original file name per material code, for the files uploaded with the form
     */
    static CheckForm from(MultiValueMap<String, String> params, Map<String, String> files) {
        Map<String, String> situations = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith("sit.") && !values.isEmpty() && !values.get(0).isBlank()) {
                situations.put(name.substring(4), values.get(0).strip());
            }
        });
        Map<String, Ticked> materials = new LinkedHashMap<>();
        for (String code : params.getOrDefault("present", List.of())) {
            Form form = parseForm(params.getFirst("form." + code));
            materials.put(code, new Ticked(form, parseCopies(params.getFirst("copies." + code))));
        }
        for (String code : files.keySet()) {
            materials.computeIfAbsent(
                    code,
                    c -> new Ticked(
                            parseForm(params.getFirst("form." + c)), parseCopies(params.getFirst("copies." + c))));
        }
        ApplicantType type = null;
        String typeName = params.getFirst("applicantType");
        if (typeName != null) {
            for (ApplicantType t : ApplicantType.values()) {
                if (t.name().equals(typeName)) {
                    type = t;
                }
            }
        }
        return new CheckForm(
                type,
                text(params.getFirst("applicantName")),
                text(params.getFirst("applicantId")),
                "true".equals(params.getFirst("agent")),
                text(params.getFirst("agentName")),
                text(params.getFirst("agentId")),
                situations,
                materials,
                new LinkedHashSet<>(params.getOrDefault("commit", List.of())),
                params.getFirst("idempotencyKey"),
                Map.copyOf(files),
                new LinkedHashSet<>(params.getOrDefault("reuse", List.of())));
    }

    /** The form as staff filled it for a recorded request (to re-open a check). */
    static CheckForm of(CheckRequest request) {
        Map<String, String> situations = new LinkedHashMap<>();
        request.situations().forEach((k, v) -> situations.put(k, String.valueOf(v)));
        Map<String, Ticked> materials = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (CheckRequest.Material m : request.materials()) {
            if (m.code() != null) {
                materials.put(m.code(), new Ticked(m.form(), m.copies() == null ? 1 : m.copies()));
                if (m.file() != null) {
                    files.put(m.code(), m.file());
                }
            }
        }
        CheckRequest.Party applicant = request.applicant();
        CheckRequest.Party agent = request.agent();
        return new CheckForm(
                applicant == null ? null : applicant.type(),
                applicant == null ? "" : text(applicant.name()),
                applicant == null
                        ? ""
                        : text(applicant.creditCode() != null ? applicant.creditCode() : applicant.idNumber()),
                agent != null,
                agent == null ? "" : text(agent.name()),
                agent == null ? "" : text(agent.idNumber()),
                situations,
                materials,
                new LinkedHashSet<>(request.commitments()),
                null,
                files,
                request.reuse().stream()
                        .map(r -> reuseValue(r.checkId(), r.material()))
                        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    /**
     * The request: one material per ticked or uploaded code, its id the code itself (the id the
     * material's file part is sent under, see {@link #materialId}).
     */
    CheckRequest toRequest(String matter, LocalDate applicationDate, ApplicantType defaultType) {
        ApplicantType type = applicantType == null ? defaultType : applicantType;
        String id = blankToNull(applicantId);
        CheckRequest.Party applicant = type == ApplicantType.ORGANIZATION
                ? new CheckRequest.Party(type, blankToNull(applicantName), null, id)
                : new CheckRequest.Party(type, blankToNull(applicantName), id, null);
        CheckRequest.Party agentParty =
                agent ? new CheckRequest.Party(null, blankToNull(agentName), blankToNull(agentId), null) : null;
        List<CheckRequest.Material> submitted = new ArrayList<>();
        for (Map.Entry<String, Ticked> e : materials.entrySet()) {
            submitted.add(new CheckRequest.Material(
                    materialId(e.getKey()),
                    e.getKey(),
                    e.getValue().form(),
                    e.getValue().copies(),
                    files.get(e.getKey()),
                    null));
        }
        return new CheckRequest(
                matter,
                applicationDate,
                "WINDOW",
                applicant,
                agentParty,
                new LinkedHashMap<>(situations),
                List.copyOf(commitments),
                List.of(),
                submitted,
                reuse.stream()
                        .filter(v -> v.indexOf('/') > 0)
                        .map(v -> new CheckRequest.ReuseRef(
                                v.substring(0, v.indexOf('/')), v.substring(v.indexOf('/') + 1)))
                        .toList());
    }

    /** The form value of an earlier material offered for reuse. */
    static String reuseValue(String checkId, String material) {
        return checkId + "/" + material;
    }

    /** The id of the request material for a material code. */
    static String materialId(String code) {
        return code;
    }

    private static Form parseForm(String value) {
        if (value != null) {
            for (Form f : Form.values()) {
                if (f.name().equals(value)) {
                    return f;
                }
            }
        }
        return null;
    }

    private static int parseCopies(String value) {
        if (value == null || !value.strip().matches("\\d{1,3}")) {
            return 1;
        }
        return Integer.parseInt(value.strip());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
