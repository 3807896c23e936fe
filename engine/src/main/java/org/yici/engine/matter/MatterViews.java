package org.yici.engine.matter;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yici.rules.data.MatterDefinition.TimeLimit;
import org.yici.rules.data.SituationDefinition;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.Form;
import org.yici.rules.model.WaiverReason;

/** What {@code /api/v1/matters} shows: the catalogue and each matter's checklist. */
public final class MatterViews {
    private MatterViews() {}

    /** One line of the catalogue: a matter, or a bundle (一件事) with its members. */
    public record Summary(String code, String name, String department, String kind, List<String> members) {}

    /**
     * The checklist an applicant should bring.
     *
     * @param situations the questions that decide which situational materials apply
     * @param members for a bundle, its member matters' checklists
     */
    public record Checklist(
            String code,
            String name,
            String department,
            String basis,
            TimeLimit timeLimit,
            List<ApplicantType> applicantTypes,
            List<Situation> situations,
            List<Material> materials,
            String description,
            List<Checklist> members) {}

    /** A situation question with its allowed answers. */
    public record Situation(
            String key,
            String question,
            SituationDefinition.Type type,
            Map<String, String> values,
            String defaultValue) {}

    /**
     * A material to bring.
     *
     * @param when when it is needed, in words; "必须提交" when always
     * @param sharedWith in a bundle, the other members' codes this same item serves
     */
    public record Material(
            String code,
            String name,
            Form form,
            String formLabel,
            int copies,
            boolean core,
            String when,
            String type,
            String requirement,
            Set<WaiverReason> replaceableBy,
            List<String> sharedWith) {}
}
