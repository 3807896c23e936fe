package org.yici.engine.check;

import java.time.Instant;
import java.util.List;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckOutcome.ChecklistItem;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckOutcome.MemberOutcome;
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
        List<Object> deferred,
        List<ChecklistItem> checklist,
        List<MemberOutcome> members,
        List<Object> documents,
        Timings timings,
        Instant checkedAt) {

    /** Time spent per stage, for operators; never part of a decision. */
    public record Timings(long ingestMs, long rulesMs) {}

    static CheckResult of(String id, CheckOutcome o, Timings timings, Instant at) {
        return new CheckResult(
                id,
                o.matter(),
                o.matterName(),
                o.rulesVersion(),
                o.decision(),
                o.findings(),
                o.waived(),
                o.deferred(),
                o.checklist(),
                o.members(),
                List.of(),
                timings,
                at);
    }
}
