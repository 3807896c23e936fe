package org.yici.engine.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.engine.stack.StackView;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckOutcome.ChecklistItem;
import org.yici.rules.check.CheckOutcome.DeferralExplanation;
import org.yici.rules.check.CheckOutcome.DeferredItem;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckOutcome.MemberOutcome;
import org.yici.rules.check.CheckOutcome.Verification;
import org.yici.rules.check.CheckOutcome.WaiverView;
import org.yici.rules.model.Decision;

/**
 * The answer to a check (ARCHITECTURE §3), as stored and as returned by every channel.
 *
 * @param stacks the stack files (a whole package scanned at once) and the documents each was cut
 *     into, with their pages; absent when none was sent
 */
public record CheckResult(
        String checkId,
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
        NoticeLink notice,
        List<DocumentEvidence> documents,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StackView> stacks,
        Timings timings,
        Instant checkedAt,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                List<ReusedView> reused) {

    /**
     * Where the check's notice is printed. The notice is numbered and archived when first fetched
     * (see docs/notices.md); its number is then at {@code GET /api/v1/checks/{id}/notice}.
     *
     * @param type CORRECTION, ACCEPTANCE, DEFERRED_ACCEPTANCE or REFUSAL (the notice's NoticeType)
     */
    public record NoticeLink(String type, String html, String pdf) {
        static NoticeLink of(String checkId, Decision decision) {
            String type =
                    switch (decision) {
                        case ACCEPTED -> "ACCEPTANCE";
                        case ACCEPTED_WITH_DEFERRAL -> "DEFERRED_ACCEPTANCE";
                        case CORRECTION_REQUIRED -> "CORRECTION";
                        case NOT_ACCEPTED -> "REFUSAL";
                    };
            String base = "/api/v1/checks/" + checkId + "/notice";
            return new NoticeLink(type, base + ".html", base + ".pdf");
        }
    }

    /**
     * A material not handed in again because its holder handed it in before (免于提交), and where
     * that earlier material is.
     *
     * @param material the material code of this check it stands for
     * @param fromCheck the earlier check
     * @param fromMaterial the material code it was handed in under there
     * @param file where the earlier file is downloaded; null when it was handed in on paper
     */
    public record ReusedView(
            String material, String fromCheck, String fromMaterial, java.time.LocalDate handedInOn, String file) {}

    /** This result with the materials it reused. */
    public CheckResult withReused(List<ReusedView> views) {
        return new CheckResult(
                checkId,
                matter,
                matterName,
                rulesVersion,
                decision,
                findings,
                waived,
                deferred,
                deferral,
                checklist,
                verifications,
                warnings,
                members,
                notice,
                documents,
                stacks,
                timings,
                checkedAt,
                List.copyOf(views));
    }

    /** Time spent per stage, for operators; never part of a decision. */
    public record Timings(long ingestMs, long rulesMs) {}

    /** The result of a check with id {@code id}: the rules' outcome and what the service added. */
    public static CheckResult of(
            String id,
            CheckOutcome o,
            List<String> warnings,
            List<DocumentEvidence> documents,
            Timings timings,
            Instant at) {
        return of(id, o, warnings, documents, List.of(), timings, at);
    }

    /** As {@link #of(String, CheckOutcome, List, List, Timings, Instant)}, with the stacks sent. */
    public static CheckResult of(
            String id,
            CheckOutcome o,
            List<String> warnings,
            List<DocumentEvidence> documents,
            List<StackView> stacks,
            Timings timings,
            Instant at) {
        List<String> allWarnings = new java.util.ArrayList<>(warnings);
        allWarnings.addAll(o.warnings());
        return new CheckResult(
                id,
                o.matter(),
                o.matterName(),
                o.rulesVersion(),
                o.decision(),
                o.findings(),
                o.waived(),
                o.deferred(),
                o.deferral(),
                o.checklist(),
                o.verifications(),
                List.copyOf(allWarnings),
                o.members(),
                NoticeLink.of(id, o.decision()),
                documents,
                stacks,
                timings,
                at,
                List.of());
    }
}
