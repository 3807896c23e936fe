package org.yici.engine.check;

import java.time.Instant;
import java.util.List;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckOutcome.ChecklistItem;
import org.yici.rules.check.CheckOutcome.DeferralExplanation;
import org.yici.rules.check.CheckOutcome.DeferredItem;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckOutcome.MemberOutcome;
import org.yici.rules.check.CheckOutcome.Verification;
import org.yici.rules.check.CheckOutcome.WaiverView;
import org.yici.rules.model.Decision;

/** The answer to a check (ARCHITECTURE §3), as stored and as returned by every channel. */
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
        List<Object> documents,
        Timings timings,
        Instant checkedAt) {

    /** Time spent per stage, for operators; never part of a decision. */
    public record Timings(long ingestMs, long rulesMs) {}

    static CheckResult of(String id, CheckOutcome o, List<String> warnings, Timings timings, Instant at) {
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
                List.of(),
                timings,
                at);
    }
}
