package org.yici.rules.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.yici.rules.build.RuleBook;
import org.yici.rules.check.CheckOutcome.ChecklistItem;
import org.yici.rules.check.CheckOutcome.DeferralExplanation;
import org.yici.rules.check.CheckOutcome.DeferredItem;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckOutcome.MemberOutcome;
import org.yici.rules.check.CheckOutcome.Verification;
import org.yici.rules.check.CheckOutcome.WaiverView;
import org.yici.rules.data.MatterDefinition;
import org.yici.rules.data.WorkingCalendar;
import org.yici.rules.model.CommitmentNotAllowed;
import org.yici.rules.model.CommitmentRefused;
import org.yici.rules.model.Decision;
import org.yici.rules.model.DeferralGranted;
import org.yici.rules.model.DeferralNote;
import org.yici.rules.model.DishonestyListed;
import org.yici.rules.model.Finding;
import org.yici.rules.model.FindingCode;
import org.yici.rules.model.MatterCase;
import org.yici.rules.model.MatterVerdict;
import org.yici.rules.model.Offer;
import org.yici.rules.model.RuleRef;
import org.yici.rules.model.Slot;
import org.yici.rules.model.Unverified;
import org.yici.rules.model.Waiver;
import org.yici.rules.model.WaiverReason;

/**
 * Runs one package through a rule book: validate, a session from the shard's pool, read the
 * derived facts, dispose (back to the pool, reset). Thread-safe: the rule book is shared, each check has its own session.
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
        return check(request, CheckContext.NONE);
    }

    /**
     * Checks a package with what the service knows beyond the request (e.g. the dishonesty list).
     *
     * @throws InvalidRequestException when the request cannot be checked as it stands
     */
    public CheckOutcome check(CheckRequest request, CheckContext context) {
        CaseFacts facts = validator.validate(request);
        Derived derived = new Derived();
        // The shard of the requested matter (a bundle's members share one): the rules a check can fire.
        KieSession session = book.shardFor(
                        facts.cases().stream().map(MatterCase::matter).toList())
                .newSession();
        AgendaEventListener firedRules = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                derived.fired.add(RuleRef.of(event.getMatch().getRule()));
            }
        };
        try {
            session.addEventListener(firedRules);
            Readings.apply(facts.all(), context.documents()).forEach(session::insert);
            context.reused().forEach(session::insert);
            context.printedChanges().forEach(session::insert);
            if (context.dishonestyBasis() != null) {
                session.insert(new DishonestyListed(holderOf(request), context.dishonestyBasis()));
            }
            session.fireAllRules();
            session.getObjects().forEach(derived::collect);
        } finally {
            // The session goes back to its pool, reset; the next check must not report to this one.
            session.removeEventListener(firedRules);
            session.dispose();
        }
        return assemble(request, facts, derived);
    }

    /** What a session concluded, read back after firing. */
    private static final class Derived {
        final Set<RuleRef> fired = new HashSet<>();
        final List<Slot> slots = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        final List<Waiver> waivers = new ArrayList<>();
        final List<MatterVerdict> verdicts = new ArrayList<>();
        final Map<String, String> refusals = new HashMap<>();
        final Set<String> notAllowed = new HashSet<>();
        final List<DeferralNote> deferralNotes = new ArrayList<>();
        final Set<String> deferralGranted = new HashSet<>();
        final List<Unverified> unverified = new ArrayList<>();
        /** Slot key to the ids of the uncoded materials offered for it (matched by content). */
        final Map<String, List<String>> matched = new HashMap<>();

        void collect(Object o) {
            if (o instanceof Slot s) {
                slots.add(s);
            } else if (o instanceof Finding f) {
                findings.add(f);
            } else if (o instanceof Waiver w) {
                waivers.add(w);
            } else if (o instanceof MatterVerdict v) {
                verdicts.add(v);
            } else if (o instanceof DeferralNote n) {
                deferralNotes.add(n);
            } else if (o instanceof Offer offer && offer.submitted().code() == null) {
                matched.computeIfAbsent(offer.slot(), k -> new ArrayList<>())
                        .add(offer.submitted().id());
            } else if (o instanceof Unverified u) {
                unverified.add(u);
            } else if (o instanceof DeferralGranted g) {
                deferralGranted.add(g.matter());
            } else if (o instanceof CommitmentNotAllowed n) {
                notAllowed.add(n.slot());
            } else if (o instanceof CommitmentRefused r) {
                refusals.merge(r.slot(), r.reason(), (a, b) -> a.compareTo(b) <= 0 ? a + "；" + b : b + "；" + a);
            }
        }
    }

    private CheckOutcome assemble(CheckRequest request, CaseFacts facts, Derived d) {
        d.slots.sort(Comparator.comparingInt(s -> s.lead().rank()));
        Map<String, Slot> slotByCode = new HashMap<>();
        d.slots.forEach(s -> slotByCode.put(s.lead().getCode(), s));
        Map<String, Integer> matterOrder = new HashMap<>();
        facts.cases().forEach(c -> matterOrder.put(c.matter(), c.order()));
        List<String> warnings = new ArrayList<>();

        d.findings.sort(Comparator.<Finding>comparingInt(f -> f.code() == FindingCode.NOT_ELIGIBLE ? 0 : 1)
                .thenComparingInt(f -> rankOf(f, slotByCode, matterOrder))
                .thenComparing(Finding::code));
        Map<Finding, FindingView> views = new java.util.LinkedHashMap<>();
        d.findings.forEach(f -> views.put(f, view(f, slotByCode, d.refusals, d.notAllowed)));

        d.waivers.sort(Comparator.<Waiver>comparingInt(w -> rankOfCode(w.material(), slotByCode))
                .thenComparing(Waiver::reason));
        List<WaiverView> waived = d.waivers.stream()
                .map(w -> new WaiverView(
                        w.material(),
                        // A cancelled certificate is never named to the applicant, not even as waived.
                        w.reason() == WaiverReason.CANCELLED ? null : nameOf(w.material(), slotByCode),
                        w.reason(),
                        w.basis(),
                        w.rule().name(),
                        book.index().sourceOf(w.rule())))
                .toList();
        Set<String> cancelledSlots = new HashSet<>();
        d.waivers.stream().filter(w -> w.reason() == WaiverReason.CANCELLED).forEach(w -> cancelledSlots.add(w.slot()));

        List<ChecklistItem> checklist = d.slots.stream()
                .filter(s -> !cancelledSlots.contains(s.getKey()))
                .map(s -> item(s, d.findings, d.waivers, d.unverified, d.matched, matterOrder))
                .toList();
        d.unverified.stream()
                .sorted(Comparator.<Unverified>comparingInt(u -> rankOfCode(u.material(), slotByCode))
                        .thenComparing(Unverified::document))
                .forEach(u -> warnings.add(
                        Messages.get("warning.unverified", nameOf(u.material(), slotByCode), u.document())));
        List<Verification> verifications = d.waivers.stream()
                .filter(w -> w.reason() == WaiverReason.COMMITMENT)
                .map(w -> verification(w, slotByCode.get(w.material()), facts, warnings))
                .toList();

        List<DeferredItem> deferred = deferredItems(d, facts, slotByCode);
        List<DeferralExplanation> deferral = d.deferralNotes.stream()
                .sorted(Comparator.comparing(DeferralNote::matter)
                        .thenComparingInt(n -> n.material() == null ? -1 : rankOfCode(n.material(), slotByCode))
                        .thenComparing(DeferralNote::reason))
                .map(n -> explain(n, facts))
                .toList();

        Decision overall = Decision.ACCEPTED;
        Map<String, Decision> byMatter = new HashMap<>();
        for (MatterVerdict v : d.verdicts) {
            byMatter.merge(v.matter(), v.decision(), Decision::worse);
            overall = overall.worse(v.decision());
        }
        List<MemberOutcome> members = null;
        if (facts.cases().get(0).isInBundle()) {
            members = facts.cases().stream()
                    .map(c -> new MemberOutcome(
                            c.matter(),
                            book.matters().get(c.matter()).name(),
                            byMatter.getOrDefault(c.matter(), Decision.ACCEPTED),
                            views.entrySet().stream()
                                    .filter(e -> e.getKey().matters().contains(c.matter()))
                                    .map(Map.Entry::getValue)
                                    .toList()))
                    .toList();
        }
        return new CheckOutcome(
                request.matter(),
                nameOfMatter(request.matter()),
                book.version(),
                overall,
                List.copyOf(views.values()),
                waived,
                deferred,
                deferral,
                checklist,
                verifications,
                warnings,
                members,
                Set.copyOf(d.fired));
    }

    /**
     * The items accepted now and owed later: those of a slot whose every matter was granted
     * deferral (in a bundle, an item another member needs now is not deferred), due on the
     * earliest of those matters' due dates.
     */
    private List<DeferredItem> deferredItems(Derived d, CaseFacts facts, Map<String, Slot> slotByCode) {
        Map<String, java.time.LocalDate> due = new HashMap<>();
        facts.deferralTerms().forEach(t -> due.put(t.matter(), t.dueDate()));
        List<DeferredItem> items = new ArrayList<>();
        d.deferralNotes.stream()
                .filter(DeferralNote::deferrable)
                .map(DeferralNote::material)
                .distinct()
                .map(slotByCode::get)
                .filter(slot -> d.deferralGranted.containsAll(slot.matters()))
                .forEach(slot -> items.add(new DeferredItem(
                        slot.lead().getCode(),
                        slot.lead().getMatter(),
                        slot.lead().spec().name(),
                        slot.matters().stream()
                                .map(due::get)
                                .min(Comparator.naturalOrder())
                                .orElseThrow(),
                        Messages.get("defer.commitment"))));
        items.sort(Comparator.comparingInt(i -> rankOfCode(i.material(), slotByCode)));
        return items;
    }

    private static DeferralExplanation explain(DeferralNote n, CaseFacts facts) {
        var term = facts.deferralTerms().stream()
                .filter(t -> t.matter().equals(n.matter()))
                .findFirst()
                .orElseThrow();
        String reason = Messages.get("defer." + n.reason(), term.maxItems(), String.valueOf(term.unknownYear()));
        return new DeferralExplanation(n.matter(), n.material(), n.deferrable(), n.reason(), reason);
    }

    private static String holderOf(CheckRequest request) {
        var applicant = request.applicant();
        return applicant.creditCode() != null ? applicant.creditCode() : applicant.idNumber();
    }

    private Verification verification(Waiver w, Slot slot, CaseFacts facts, List<String> warnings) {
        var spec = slot.lead().spec();
        int days = book.matters().get(spec.matter()).commitment().verificationWorkingDays();
        LocalDate applied = facts.application().getApplicationDate();
        LocalDate due = null;
        try {
            due = book.data().calendar().addWorkingDays(applied, days);
        } catch (WorkingCalendar.UnknownCalendarYearException e) {
            warnings.add(Messages.get("warning.calendarUnknown", String.valueOf(e.year()), spec.name()));
        }
        return new Verification(spec.code(), spec.name(), due, Messages.get("verification.basis", spec.name()));
    }

    private FindingView view(
            Finding f, Map<String, Slot> slotByCode, Map<String, String> refusals, Set<String> notAllowed) {
        Slot slot = f.material() == null ? null : slotByCode.get(f.material());
        String name = slot == null ? null : slot.lead().spec().name();
        FindingWords words = new FindingWords(f.detail(), book.data().materialTypes());
        String message = f.code() == FindingCode.NOT_ELIGIBLE
                ? f.detail().get("reason")
                : slot == null
                        ? words.aboutDocument(f.code())
                        : Messages.get(
                                "finding." + f.code(),
                                name,
                                Messages.get("form." + slot.lead().getForm()),
                                slot.lead().getCopies(),
                                slot.lead().spec().requirement() == null
                                        ? ""
                                        : "要求：" + slot.lead().spec().requirement(),
                                f.detail().getOrDefault("given", ""),
                                words.place(),
                                words.label(f.code()),
                                words.with(),
                                words.typeName());
        if (slot != null && refusals.containsKey(slot.getKey())) {
            message += Messages.get("finding.commitmentRefused", refusals.get(slot.getKey()));
        }
        if (slot != null && notAllowed.contains(slot.getKey())) {
            message += Messages.get("finding.commitmentNotAllowed");
        }
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
                alsoFor,
                words.where());
    }

    private ChecklistItem item(
            Slot slot,
            List<Finding> findings,
            List<Waiver> waivers,
            List<Unverified> unverified,
            Map<String, List<String>> matched,
            Map<String, Integer> matterOrder) {
        String key = slot.getKey();
        // A file staff must look at themselves is not "OK", however little else is wrong with it.
        String unfound = unverified.stream().anyMatch(u -> u.slot().equals(key)) ? "UNVERIFIED" : "OK";
        String status = waivers.stream().anyMatch(w -> w.slot().equals(key))
                ? "WAIVED"
                : findings.stream()
                        .filter(f -> slot.lead().getCode().equals(f.material()))
                        .map(f -> f.code().name())
                        .sorted()
                        .findFirst()
                        .orElse(unfound);
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
                        .toList(),
                slot.matters().size() < 2
                        ? List.of()
                        : slot.matters().stream()
                                .sorted(Comparator.comparingInt(m -> matterOrder.getOrDefault(m, 0)))
                                .toList(),
                matched.getOrDefault(key, List.of()).stream().sorted().toList());
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
