package org.yici.engine.reuse;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yici.engine.check.CheckResult;
import org.yici.engine.content.ReadField;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.rules.check.CheckOutcome.ChecklistItem;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.data.MaterialTypeDefinition;
import org.yici.rules.data.MatterDefinition;
import org.yici.rules.model.Decision;

/** What holders handed in with accepted checks, for later checks to reuse (免于提交). */
@Repository
public class HandedInMaterials {
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    HandedInMaterials(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Records the reusable materials an accepted check was handed: those the checklist found in
     * order, of a reusable type, whose holder the request names (the applicant or the agent).
     */
    public void record(
            CheckRequest request,
            CheckResult result,
            Map<String, MatterDefinition> matters,
            Map<String, MaterialTypeDefinition> types) {
        if (result.decision() != Decision.ACCEPTED && result.decision() != Decision.ACCEPTED_WITH_DEFERRAL) {
            return;
        }
        List<HandedInMaterial> rows = handedIn(request, result, matters, types);
        if (rows.isEmpty()) {
            return;
        }
        // One JDBC batch: one round trip to PostgreSQL however many materials (an accepted
        // 个体工商户 package hands in two ID cards' worth).
        batch.batchUpdate(
                """
                INSERT INTO handed_in_material
                    (check_id, material, material_type, holder, name, handed_in_on, valid_until, material_id)
                VALUES (:check, :material, :type, :holder, :name, :on, :until, :materialId)
                """,
                rows.stream()
                        .map(m -> new MapSqlParameterSource()
                                .addValue("check", m.checkId())
                                .addValue("material", m.material())
                                .addValue("type", m.type())
                                .addValue("holder", m.holder())
                                .addValue("name", m.name(), Types.VARCHAR)
                                // LocalDate as such (JDBC 4.2): java.sql.Date.valueOf went through the
                                // default time zone's calendar on every accepted check. Types named for
                                // what may be null, or the driver is asked for them first.
                                .addValue("on", m.handedInOn(), Types.DATE)
                                .addValue("until", m.validUntil(), Types.DATE)
                                .addValue("materialId", m.materialId(), Types.VARCHAR))
                        .toArray(SqlParameterSource[]::new));
    }

    /** Everything any of {@code holders} handed in, newest first. */
    public List<HandedInMaterial> of(Collection<String> holders) {
        if (holders.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM handed_in_material WHERE holder IN (:holders)"
                        + " ORDER BY handed_in_on DESC, check_id DESC, material")
                .param("holders", List.copyOf(holders))
                .query((rs, n) -> row(rs))
                .list();
    }

    public Optional<HandedInMaterial> find(String checkId, String material) {
        return jdbc.sql("SELECT * FROM handed_in_material WHERE check_id = :check AND material = :material")
                .param("check", checkId)
                .param("material", material)
                .query((rs, n) -> row(rs))
                .optional();
    }

    private static HandedInMaterial row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date until = rs.getDate("valid_until");
        return new HandedInMaterial(
                rs.getString("check_id"),
                rs.getString("material"),
                rs.getString("material_type"),
                rs.getString("holder"),
                rs.getString("name"),
                rs.getDate("handed_in_on").toLocalDate(),
                until == null ? null : until.toLocalDate(),
                rs.getString("material_id"));
    }

    static List<HandedInMaterial> handedIn(
            CheckRequest request,
            CheckResult result,
            Map<String, MatterDefinition> matters,
            Map<String, MaterialTypeDefinition> types) {
        List<HandedInMaterial> out = new ArrayList<>();
        for (ChecklistItem item : result.checklist() == null ? List.<ChecklistItem>of() : result.checklist()) {
            MaterialTypeDefinition type = item.type() == null ? null : types.get(item.type());
            if (!"OK".equals(item.status()) || type == null || !type.reusable()) {
                continue;
            }
            MatterDefinition matter = matters.get(MatterDefinition.matterOf(item.material()));
            MatterDefinition.Material row = matter == null ? null : matter.material(item.material());
            String holder = row == null ? null : holderOf(row.subject(), item.type(), request);
            if (holder == null) {
                continue;
            }
            CheckRequest.Material sent = request.materials().stream()
                    .filter(m -> item.material().equals(m.code()) && m.id() != null)
                    .findFirst()
                    .orElse(null);
            String materialId = sent == null ? null : sent.id();
            out.add(new HandedInMaterial(
                    result.checkId(),
                    item.material(),
                    item.type(),
                    holder,
                    item.name(),
                    request.applicationDate(),
                    validUntil(result.documents(), materialId),
                    materialId));
        }
        return out;
    }

    /**
     * The holder a material of this subject and type names: an ID card by the person's ID number,
     * a business licence by the organisation's credit code, anything else by either; null for
     * subjects the request does not identify (legal representative, shareholders, family).
     */
    static String holderOf(String subject, String type, CheckRequest request) {
        CheckRequest.Party party =
                switch (subject == null ? "" : subject) {
                    case "APPLICANT" -> request.applicant();
                    case "AGENT" -> request.agent();
                    default -> null;
                };
        if (party == null) {
            return null;
        }
        String id = upper(party.idNumber());
        String creditCode = upper(party.creditCode());
        return switch (type) {
            case "ID_CARD" -> id;
            case "BUSINESS_LICENSE" -> creditCode;
            default -> creditCode != null ? creditCode : id;
        };
    }

    private static LocalDate validUntil(List<DocumentEvidence> documents, String materialId) {
        if (materialId == null || documents == null) {
            return null;
        }
        for (DocumentEvidence d : documents) {
            if (!materialId.equals(d.id()) || d.fields() == null) {
                continue;
            }
            for (ReadField f : d.fields()) {
                if ("validUntil".equals(f.field())) {
                    try {
                        return LocalDate.parse(f.value());
                    } catch (DateTimeParseException e) {
                        return null; // 长期 or unreadable: the age limit applies
                    }
                }
            }
        }
        return null;
    }

    /** Null for blank; upper case, as an ID number's check character X is written either way. */
    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
