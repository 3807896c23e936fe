package org.yici.rules.check;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.yici.rules.model.Decision;
import org.yici.rules.model.FindingCode;
import org.yici.rules.model.Form;
import org.yici.rules.model.RuleRef;
import org.yici.rules.model.WaiverReason;

/**
 * What the rules decided for a package (the rule part of ARCHITECTURE §3's {@code CheckResult};
 * the engine adds the check id, notice, documents and timings).
 *
 * @param members per member matter, for a bundle only
 * @param firedRules every rule that fired, for scenario coverage; not part of the JSON contract
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckOutcome(
        String matter,
        String matterName,
        String rulesVersion,
        Decision decision,
        List<FindingView> findings,
        List<WaiverView> waived,
        List<DeferredItem> deferred,
        List<DeferralExplanation> deferral,
        List<ChecklistItem> checklist,
        List<Verification> verifications,
        List<String> warnings,
        List<MemberOutcome> members,
        @JsonIgnore Set<RuleRef> firedRules) {

    /**
     * One defect.
     *
     * @param alsoFor in a bundle, the other members' codes this one item also stands for
     * @param where the document, page and field a content finding is about; null otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FindingView(
            FindingCode code,
            String matter,
            String material,
            String name,
            String message,
            String basis,
            String rule,
            String source,
            List<String> alsoFor,
            Place where) {

        public FindingView(
                FindingCode code,
                String matter,
                String material,
                String name,
                String message,
                String basis,
                String rule,
                String source,
                List<String> alsoFor) {
            this(code, matter, material, name, message, basis, rule, source, alsoFor, null);
        }
    }

    /**
     * Where in the package a finding is: the uploaded file and page (null for fields stated in the
     * request), the field key and the label printed before it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(String document, Integer page, String field, String label) {}

    /** A requirement the applicant need not meet. */
    public record WaiverView(
            String material, String name, WaiverReason reason, String basis, String rule, String source) {}

    /**
     * One item of the package, and where it stands.
     *
     * @param alsoFor in a bundle (一件事), the other members' material codes this one item stands for
     * @param servesMatters in a bundle, every member matter this one item serves (asked once, used by
     *     each); empty outside a bundle or when only one member asks for it
     * @param documents the ids of the materials sent without a code (uploaded files, documents of a
     *     stack scan) that were matched to this item by their content
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ChecklistItem(
            String material,
            String matter,
            String name,
            String type,
            Form form,
            int copies,
            boolean core,
            String status,
            List<String> alsoFor,
            List<String> servesMatters,
            List<String> documents) {

        /** An item no file without a code was matched to, outside a bundle. */
        public ChecklistItem(
                String material,
                String matter,
                String name,
                String type,
                Form form,
                int copies,
                boolean core,
                String status,
                List<String> alsoFor) {
            this(material, matter, name, type, form, copies, core, status, alsoFor, List.of(), List.of());
        }
    }

    /**
     * A follow-up the office owes: verifying a written commitment (核查) by a working-day due date.
     *
     * @param dueDate null when the holiday calendar does not cover it (see warnings)
     */
    public record Verification(String material, String name, java.time.LocalDate dueDate, String basis) {}

    /**
     * A material accepted now and owed later (容缺受理), due by a working-day date.
     *
     * @param commitment the applicant's written commitment it rests on
     */
    public record DeferredItem(
            String material, String matter, String name, java.time.LocalDate dueDate, String commitment) {}

    /**
     * Whether a shortfall may follow later (容缺受理), or why a matter gets no deferral.
     *
     * @param material null when the reason concerns the whole matter
     * @param reasonCode core, notInPolicy, ok, matterNotAllowed, noCommitment, dishonest, tooMany,
     *     calendarUnknown
     */
    public record DeferralExplanation(
            String matter, String material, boolean deferrable, String reasonCode, String reason) {}

    /** A bundle member's own decision and the findings that concern it. */
    public record MemberOutcome(String matter, String name, Decision decision, List<FindingView> findings) {}
}
