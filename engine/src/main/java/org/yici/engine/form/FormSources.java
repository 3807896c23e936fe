package org.yici.engine.form;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yici.engine.check.CheckResult;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.engine.licence.LicenceDetails;
import org.yici.rules.check.CheckRequest;

/** Offers what each source knows to a {@link FormData}, path by path. */
final class FormSources {
    /** What a business licence's validity says when it has no end (营业期限 长期). */
    static final String NO_END = "长期";

    private FormSources() {}

    /** The applicant as the query or this check's request states them, and the agent. */
    static void fromRequest(FormData data, ApplicantQuery query, CheckRequest request) {
        data.offer("applicant.name", query.name(), FormSource.APPLICANT);
        data.offer("applicant.idNumber", query.idNumber(), FormSource.APPLICANT);
        data.offer("applicant.creditCode", query.creditCode(), FormSource.APPLICANT);
        if (request == null) {
            return;
        }
        if (request.agent() != null) {
            data.offer("agent.name", request.agent().name(), FormSource.APPLICANT);
            data.offer("agent.idNumber", request.agent().idNumber(), FormSource.APPLICANT);
        }
        for (CheckRequest.Material m : request.materials()) {
            offerMaterialFields(data, m.fields(), FieldValue.of(null, FormSource.APPLICANT));
        }
    }

    /**
     * What the licence directory states: of each type the licence valid on {@code on} the longest.
     */
    static void fromLicences(FormData data, List<LicenceDetails> licences, LocalDate on) {
        FieldValue licence = FieldValue.of(null, FormSource.LICENCE);
        best(licences, "BUSINESS_LICENSE", on).ifPresent(b -> {
            String validity = b.validUntil() == null ? NO_END : b.validUntil().toString();
            data.offer("licence.creditCode", b.number(), licence);
            data.offer("licence.name", b.name(), licence);
            data.offer("licence.address", b.address(), licence);
            data.offer("licence.legalRepresentative", b.legalRepresentative(), licence);
            data.offer("licence.validUntil", validity, licence);
            data.offer("applicant.creditCode", b.number(), licence);
            data.offer("applicant.name", b.name(), licence);
            data.offer("applicant.address", b.address(), licence);
        });
        best(licences, "ID_CARD", on).ifPresent(card -> {
            String validity =
                    card.validUntil() == null ? NO_END : card.validUntil().toString();
            data.offer("applicant.idNumber", card.holder(), licence);
            data.offer("applicant.name", card.name(), licence);
            data.offer("idCard.address", card.address(), licence);
            data.offer("idCard.validUntil", validity, licence);
            data.offer("applicant.address", card.address(), licence);
        });
    }

    /** The licence of {@code type} valid on {@code on} the longest; an expired one states nothing current. */
    private static Optional<LicenceDetails> best(List<LicenceDetails> licences, String type, LocalDate on) {
        return licences.stream()
                .filter(l -> type.equals(l.type()))
                .filter(l -> l.validUntil() == null || !l.validUntil().isBefore(on))
                .max(Comparator.comparing(l -> l.validUntil() == null ? LocalDate.MAX : l.validUntil()));
    }

    /**
     * What the applicant stated in an earlier check (name and numbers, fields stated with a
     * material) and what was read from the application form they handed in then. An agent is
     * never taken from history: the next visit may be by someone else.
     */
    static void fromEarlier(FormData data, CheckHistory.Earlier earlier, ZoneId zone) {
        FieldValue from = new FieldValue(
                null, FormSource.HISTORY, earlier.checkId(), LocalDate.ofInstant(earlier.checkedAt(), zone));
        CheckRequest.Party applicant = earlier.request().applicant();
        data.offer("applicant.name", applicant.name(), from);
        data.offer("applicant.idNumber", applicant.idNumber(), from);
        data.offer("applicant.creditCode", applicant.creditCode(), from);
        for (CheckRequest.Material m : earlier.request().materials()) {
            offerMaterialFields(data, m.fields(), from);
        }
        CheckResult result = earlier.result();
        if (result != null && result.documents() != null) {
            for (DocumentEvidence d : result.documents()) {
                if (!"APPLICATION_FORM".equals(d.type()) || d.fields() == null) {
                    continue;
                }
                for (var field : d.fields()) {
                    String path = FormData.MATERIAL_FIELDS.get(field.field());
                    if (path != null) {
                        data.offer(path, field.value(), from);
                    }
                }
            }
        }
    }

    private static void offerMaterialFields(FormData data, Map<String, String> fields, FieldValue from) {
        if (fields == null) {
            return;
        }
        fields.forEach((key, value) -> {
            String path = FormData.MATERIAL_FIELDS.get(key);
            if (path != null) {
                data.offer(path, value, from);
            }
        });
    }
}
