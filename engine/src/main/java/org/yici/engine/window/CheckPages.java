package org.yici.engine.window;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yici.engine.check.CheckResult;
import org.yici.engine.deferral.Deferral;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.engine.matter.MatterCatalog;
import org.yici.engine.matter.MatterViews;
import org.yici.engine.rulebase.LiveRuleBook;
import org.yici.engine.storage.CheckFiles;
import org.yici.rules.check.CheckContext;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckOutcome.DeferredItem;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckOutcome.WaiverView;
import org.yici.rules.check.InvalidRequestException;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.WaiverReason;

/** Builds the check page from a matter's checklist, the form and (once checked) the result. */
@Component
class CheckPages {
    private final MatterCatalog catalog;
    private final LiveRuleBook rules;
    private final CheckFiles files;

    CheckPages(MatterCatalog catalog, LiveRuleBook rules, CheckFiles files) {
        this.catalog = catalog;
        this.rules = rules;
        this.files = files;
    }

    Optional<MatterViews.Checklist> checklist(String matter) {
        return catalog.checklist(matter);
    }

    /** The applicant type the form assumes when staff choose none: the matter's first. */
    ApplicantType defaultApplicantType(MatterViews.Checklist checklist) {
        List<ApplicantType> types = applicantTypes(checklist);
        return types.isEmpty() ? ApplicantType.PERSON : types.get(0);
    }

    /**
     * The codes of the materials needed given the form's answers (agent, situations), from a dry
     * run of the rules that records nothing; every material when the answers are not yet enough
     * to tell (so nothing is hidden by omission).
     */
    Set<String> applicable(MatterViews.Checklist checklist, CheckForm form, LocalDate today) {
        CheckForm answersOnly = new CheckForm(
                form.applicantType(),
                "",
                "",
                form.agent(),
                "",
                "",
                form.situations(),
                Map.of(),
                Set.of(),
                null,
                Map.of(),
                Set.of());
        try {
            CheckOutcome outcome = rules.checker()
                    .check(
                            answersOnly.toRequest(checklist.code(), today, defaultApplicantType(checklist)),
                            CheckContext.NONE);
            Set<String> codes = new LinkedHashSet<>();
            orEmpty(outcome.checklist()).forEach(i -> {
                codes.add(i.material());
                codes.addAll(orEmpty(i.alsoFor()));
            });
            return codes;
        } catch (InvalidRequestException e) {
            Set<String> all = new LinkedHashSet<>();
            materials(checklist).forEach(m -> all.add(m.code()));
            return all;
        }
    }

    CheckPage page(
            MatterViews.Checklist checklist,
            CheckForm form,
            CheckResult result,
            List<String> problems,
            List<Deferral> deferrals,
            LocalDate today) {
        Set<String> applicable = new LinkedHashSet<>();
        if (result != null) {
            orEmpty(result.checklist()).forEach(i -> {
                applicable.add(i.material());
                applicable.addAll(orEmpty(i.alsoFor()));
            });
        } else {
            applicable.addAll(applicable(checklist, form, today));
        }
        Map<String, CheckOutcome.ChecklistItem> items = new LinkedHashMap<>();
        if (result != null) {
            orEmpty(result.checklist()).forEach(i -> items.put(i.material(), i));
        }
        Map<String, String> fileHrefs = new LinkedHashMap<>();
        if (result != null) {
            for (CheckFiles.StoredFile f : files.of(result.checkId())) {
                fileHrefs.putIfAbsent(f.materialId(), "/window/checks/" + result.checkId() + "/files/" + f.sha256());
            }
        }
        var materialTypes = rules.book().data().materialTypes();
        List<CheckPage.Row> rows = new ArrayList<>();
        for (MatterViews.Material m : materials(checklist)) {
            CheckForm.Ticked ticked = form.materials().get(m.code());
            List<FindingView> findings = result == null
                    ? List.of()
                    : orEmpty(result.findings()).stream()
                            .filter(f -> m.code().equals(f.material())
                                    || orEmpty(f.alsoFor()).contains(m.code()))
                            .toList();
            WaiverView waiver = result == null
                    ? null
                    : orEmpty(result.waived()).stream()
                            .filter(w -> m.code().equals(w.material()))
                            .findFirst()
                            .orElse(null);
            DeferredItem deferred = result == null
                    ? null
                    : orEmpty(result.deferred()).stream()
                            .filter(d -> m.code().equals(d.material()))
                            .findFirst()
                            .orElse(null);
            String status = null;
            if (result != null && applicable.contains(m.code())) {
                CheckOutcome.ChecklistItem item = items.get(m.code());
                status = deferred != null
                        ? "DEFERRED"
                        : waiver != null
                                ? "WAIVED"
                                : !findings.isEmpty()
                                        ? findings.get(0).code().name()
                                        : item == null ? "OK" : item.status();
            }
            DocumentEvidence document = result == null
                    ? null
                    : orEmpty(result.documents()).stream()
                            .filter(d -> CheckForm.materialId(m.code()).equals(d.id()))
                            .findFirst()
                            .orElse(null);
            boolean commitmentAllowed =
                    m.replaceableBy() != null && m.replaceableBy().contains(WaiverReason.COMMITMENT);
            rows.add(new CheckPage.Row(
                    m,
                    applicable.contains(m.code()),
                    ticked != null,
                    ticked != null && ticked.form() != null ? ticked.form() : m.form(),
                    ticked != null ? ticked.copies() : m.copies(),
                    commitmentAllowed,
                    form.commitments().contains("CERT:" + m.code()),
                    status,
                    findings,
                    waiver,
                    deferred,
                    form.files().get(m.code()),
                    document,
                    document == null || document.type() == null
                            ? null
                            : materialTypes.containsKey(document.type())
                                    ? materialTypes.get(document.type()).name()
                                    : document.type(),
                    fileHrefs.get(CheckForm.materialId(m.code()))));
        }
        Set<String> listed = new LinkedHashSet<>();
        rows.forEach(r -> listed.add(r.material().code()));
        List<FindingView> general = result == null
                ? List.of()
                : orEmpty(result.findings()).stream()
                        .filter(f -> f.material() == null || !listed.contains(f.material()))
                        .toList();
        List<WaiverView> cancelled = result == null
                ? List.of()
                : orEmpty(result.waived()).stream()
                        .filter(w -> w.reason() == WaiverReason.CANCELLED)
                        .toList();
        return new CheckPage(
                checklist.code(),
                checklist.name(),
                checklist.department(),
                applicantTypes(checklist),
                questions(checklist, form),
                rows,
                deferralAllowed(checklist),
                form,
                result,
                problems,
                general,
                cancelled,
                deferrals);
    }

    private static List<MatterViews.Material> materials(MatterViews.Checklist checklist) {
        if (checklist.members() == null) {
            return checklist.materials();
        }
        Map<String, MatterViews.Material> byCode = new LinkedHashMap<>();
        for (MatterViews.Checklist member : checklist.members()) {
            member.materials().forEach(m -> byCode.putIfAbsent(m.code(), m));
        }
        return List.copyOf(byCode.values());
    }

    private static List<ApplicantType> applicantTypes(MatterViews.Checklist checklist) {
        if (checklist.members() == null) {
            return checklist.applicantTypes() == null ? List.of() : checklist.applicantTypes();
        }
        Set<ApplicantType> types = new LinkedHashSet<>();
        checklist.members().forEach(m -> types.addAll(m.applicantTypes()));
        return List.copyOf(types);
    }

    private static List<CheckPage.Question> questions(MatterViews.Checklist checklist, CheckForm form) {
        Map<String, MatterViews.Situation> byKey = new LinkedHashMap<>();
        if (checklist.members() == null) {
            checklist.situations().forEach(s -> byKey.putIfAbsent(s.key(), s));
        } else {
            checklist.members().forEach(m -> m.situations().forEach(s -> byKey.putIfAbsent(s.key(), s)));
        }
        return byKey.values().stream()
                .map(s -> new CheckPage.Question(
                        s, form.situations().getOrDefault(s.key(), s.defaultValue() == null ? "" : s.defaultValue())))
                .toList();
    }

    private boolean deferralAllowed(MatterViews.Checklist checklist) {
        var matters = rules.book().matters();
        List<String> codes = checklist.members() == null
                ? List.of(checklist.code())
                : checklist.members().stream().map(MatterViews.Checklist::code).toList();
        return codes.stream()
                .map(matters::get)
                .anyMatch(m -> m != null && m.deferral() != null && m.deferral().allowed());
    }

    /**
     * Matters and bundles whose code, name or department contains the query (case-insensitive,
     * NFKC), or whose name has the query as pinyin initials ({@code gtgsh}).
     */
    List<MatterViews.Summary> search(String query) {
        List<MatterViews.Summary> all = catalog.list();
        if (query == null || query.isBlank()) {
            return all;
        }
        String q = normalise(query);
        return all.stream()
                .filter(s -> normalise(s.code()).contains(q)
                        || normalise(s.name()).contains(q)
                        || (s.department() != null && normalise(s.department()).contains(q))
                        || PinyinInitials.matches(s.name(), q))
                .toList();
    }

    static String normalise(String text) {
        return java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** The form each deferred material is asked for in, by material code (to preset the supplement). */
    Map<String, org.yici.rules.model.Form> requiredForms(List<Deferral> deferrals) {
        Map<String, org.yici.rules.model.Form> forms = new LinkedHashMap<>();
        for (Deferral d : deferrals) {
            checklist(d.matter())
                    .flatMap(c -> materials(c).stream()
                            .filter(m -> m.code().equals(d.material()))
                            .findFirst())
                    .ifPresent(m -> forms.put(d.material(), m.form()));
        }
        return forms;
    }

    /** Stored results leave empty lists out (JSON NON_EMPTY), so they read back as null. */
    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
