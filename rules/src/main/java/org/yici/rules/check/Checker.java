package org.yici.rules.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.yici.rules.build.RuleBook;
import org.yici.rules.check.CheckOutcome.ChecklistItem;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckOutcome.MemberOutcome;
import org.yici.rules.check.CheckOutcome.WaiverView;
import org.yici.rules.data.MatterDefinition;
import org.yici.rules.model.Decision;
import org.yici.rules.model.Finding;
import org.yici.rules.model.FindingCode;
import org.yici.rules.model.MatterVerdict;
import org.yici.rules.model.RuleRef;
import org.yici.rules.model.Slot;
import org.yici.rules.model.Waiver;

/**
 * Runs one package through a rule book: validate, one fresh session, read the derived facts,
 * dispose. Thread-safe: the rule book is shared, each check has its own session.
 */
public final class Checker {
    private final RuleBook book;
    private final RequestValidator validator;

    public Checker(RuleBook book) {
        this.book = book;
        this.validator = new RequestValidator(book);
    }

    public RuleBook ruleBook() {
        return book;
    }

    /**
     * Checks a package.
     *
     * @throws InvalidRequestException when the request cannot be checked as it stands
     */
    public CheckOutcome check(CheckRequest request) {
        CaseFacts facts = validator.validate(request);
        Set<RuleRef> fired = new HashSet<>();
        List<Slot> slots = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        List<MatterVerdict> verdicts = new ArrayList<>();
        KieSession session = book.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(RuleRef.of(event.getMatch().getRule()));
                }
            });
            facts.all().forEach(session::insert);
            session.fireAllRules();
            for (Object o : session.getObjects()) {
                if (o instanceof Slot s) {
                    slots.add(s);
                } else if (o instanceof Finding f) {
                    findings.add(f);
                } else if (o instanceof Waiver w) {
                    waivers.add(w);
                } else if (o instanceof MatterVerdict v) {
                    verdicts.add(v);
                }
            }
        } finally {
            session.dispose();
        }
        return assemble(request, facts, slots, findings, waivers, verdicts, fired);
    }

    private CheckOutcome assemble(
            CheckRequest request,
            CaseFacts facts,
            List<Slot> slots,
            List<Finding> findings,
            List<Waiver> waivers,
            List<MatterVerdict> verdicts,
            Set<RuleRef> fired) {
        slots.sort(Comparator.comparingInt(s -> s.lead().rank()));
        Map<String, Slot> slotByCode = new HashMap<>();
        slots.forEach(s -> slotByCode.put(s.lead().getCode(), s));
        Map<String, Integer> matterOrder = new HashMap<>();
        facts.cases().forEach(c -> matterOrder.put(c.matter(), c.order()));

        findings.sort(Comparator.<Finding>comparingInt(f -> f.code() == FindingCode.NOT_ELIGIBLE ? 0 : 1)
                .thenComparingInt(f -> rankOf(f, slotByCode, matterOrder))
                .thenComparing(Finding::code));
        List<FindingView> findingViews =
                findings.stream().map(f -> view(f, slotByCode)).toList();

        List<WaiverView> waived = waivers.stream()
                .sorted(Comparator.comparingInt(w -> rankOfCode(w.material(), slotByCode)))
                .map(w -> new WaiverView(
                        w.material(),
                        nameOf(w.material(), slotByCode),
                        w.reason(),
                        w.basis(),
                        w.rule().name(),
                        book.index().sourceOf(w.rule())))
                .toList();

        List<ChecklistItem> checklist =
                slots.stream().map(s -> item(s, findings, waivers)).toList();

        Decision overall = Decision.ACCEPTED;
        Map<String, Decision> byMatter = new HashMap<>();
        for (MatterVerdict v : verdicts) {
            byMatter.merge(v.matter(), v.decision(), Decision::worse);
            overall = overall.worse(v.decision());
        }
        List<MemberOutcome> members = null;
        if (facts.cases().size() > 1 || facts.cases().get(0).isInBundle()) {
            members = facts.cases().stream()
                    .map(c -> new MemberOutcome(
                            c.matter(),
                            book.matters().get(c.matter()).name(),
                            byMatter.getOrDefault(c.matter(), Decision.ACCEPTED),
                            findingViews.stream()
                                    .filter(f -> concerns(f, c.matter(), findings, findingViews))
                                    .toList()))
                    .toList();
        }
        return new CheckOutcome(
                request.matter(),
                nameOfMatter(request.matter()),
                book.version(),
                overall,
                findingViews,
                waived,
                List.of(),
                checklist,
                members,
                Set.copyOf(fired));
    }

    private static boolean concerns(FindingView view, String matter, List<Finding> findings, List<FindingView> views) {
        return findings.get(views.indexOf(view)).matters().contains(matter);
    }

    private FindingView view(Finding f, Map<String, Slot> slotByCode) {
        Slot slot = f.material() == null ? null : slotByCode.get(f.material());
        String name = slot == null ? null : slot.lead().spec().name();
        String message = f.code() == FindingCode.NOT_ELIGIBLE
                ? f.detail().get("reason")
                : Messages.get(
                        "finding." + f.code(),
                        name,
                        Messages.get("form." + slot.lead().getForm()),
                        slot.lead().getCopies(),
                        slot.lead().spec().requirement() == null
                                ? ""
                                : "要求：" + slot.lead().spec().requirement(),
                        f.detail().getOrDefault("given", ""));
        List<String> alsoFor = slot == null
                ? List.of()
                : slot.codes().stream()
                        .filter(c -> !c.equals(f.material()))
                        .sorted()
                        .toList();
        String matter =
                slot == null ? f.matters().iterator().next() : slot.lead().getMatter();
        return new FindingView(
                f.code(),
                matter,
                f.material(),
                name,
                message,
                f.basis(),
                f.rule().name(),
                book.index().sourceOf(f.rule()),
                alsoFor);
    }

    private ChecklistItem item(Slot slot, List<Finding> findings, List<Waiver> waivers) {
        String key = slot.getKey();
        String status = "OK";
        if (waivers.stream().anyMatch(w -> w.slot().equals(key))) {
            status = "WAIVED";
        } else {
            status = findings.stream()
                    .filter(f -> slot.lead().getCode().equals(f.material()))
                    .map(f -> f.code().name())
                    .sorted()
                    .findFirst()
                    .orElse(status);
        }
        var spec = slot.lead().spec();
        return new ChecklistItem(
                spec.code(),
                spec.matter(),
                spec.name(),
                spec.type(),
                spec.form(),
                spec.copies(),
                slot.core(),
                status,
                slot.codes().stream()
                        .filter(c -> !c.equals(spec.code()))
                        .sorted()
                        .toList());
    }

    private static int rankOf(Finding f, Map<String, Slot> slotByCode, Map<String, Integer> matterOrder) {
        if (f.material() == null) {
            return f.matters().stream()
                    .mapToInt(m -> matterOrder.getOrDefault(m, 0))
                    .min()
                    .orElse(0);
        }
        return rankOfCode(f.material(), slotByCode);
    }

    private static int rankOfCode(String code, Map<String, Slot> slotByCode) {
        Slot slot = slotByCode.get(code);
        return slot == null ? Integer.MAX_VALUE : slot.lead().rank();
    }

    private static String nameOf(String code, Map<String, Slot> slotByCode) {
        Slot slot = slotByCode.get(code);
        return slot == null ? null : slot.lead().spec().name();
    }

    private String nameOfMatter(String code) {
        MatterDefinition matter = book.matters().get(code);
        if (matter != null) {
            return matter.name();
        }
        var bundle = book.data().bundles().get(code);
        return bundle == null ? null : bundle.name();
    }
}
