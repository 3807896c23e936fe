package org.yici.engine.deferral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.f4b6a3.ulid.UlidCreator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yici.engine.audit.AuditTrail;
import org.yici.engine.audit.AuditTrail.Actor;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.engine.rulebase.LiveRuleBook;
import org.yici.engine.storage.CheckFiles;
import org.yici.engine.storage.FileResponses;
import org.yici.engine.storage.FileStore;
import org.yici.rules.check.CheckContext;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckOutcome.DeferredItem;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.Checker;
import org.yici.rules.model.FindingCode;

/** 容缺受理 tracking: open deferrals from a check, close them by supplement, mark the overdue. */
@Service
public class DeferralService {
    private static final Logger log = LoggerFactory.getLogger(DeferralService.class);
    static final String SUBJECT = "DEFERRAL";

    private final DeferralRepository repository;
    private final LiveRuleBook rules;
    private final AuditTrail audit;
    private final ObjectProvider<ObjectMapper> json;
    private final CheckFiles files;
    private final Clock clock;

    DeferralService(
            DeferralRepository repository,
            // Lazy: listing deferrals (yici deferrals, DataContext) needs no rule base.
            @org.springframework.context.annotation.Lazy LiveRuleBook rules,
            AuditTrail audit,
            ObjectProvider<ObjectMapper> json,
            CheckFiles files,
            Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.audit = audit;
        this.json = json;
        this.files = files;
        this.clock = clock;
    }

    /** Opens one deferral per deferred item of a check, in the check's transaction. */
    public List<Deferral> open(
            String checkId, String rulesVersion, CheckRequest request, List<DeferredItem> items, Actor actor) {
        List<Deferral> opened = new ArrayList<>();
        var now = clock.instant();
        for (DeferredItem item : items) {
            Deferral d = new Deferral(
                    UlidCreator.getMonotonicUlid().toString(),
                    checkId,
                    item.matter(),
                    item.material(),
                    item.name(),
                    item.dueDate(),
                    Deferral.Status.OPEN,
                    rulesVersion,
                    request.applicant().name(),
                    holderOf(request),
                    0,
                    now,
                    now);
            repository.insert(d);
            audit.record(actor, "DEFERRAL_OPENED", SUBJECT, d.id(), item.material() + " due " + item.dueDate());
            opened.add(d);
        }
        return opened;
    }

    public Deferral get(String id) {
        return repository.find(id).orElseThrow(() -> new DeferralNotFoundException(id));
    }

    public List<Deferral> list(Deferral.Status status) {
        return repository.byStatus(status);
    }

    /** The deferrals of one office's checks (the window's 本窗口 list). */
    public List<Deferral> list(Deferral.Status status, String office) {
        return repository.byStatusAndOffice(status, office);
    }

    /** Records which office accepted the check's deferrals (window checks by staff of an office). */
    public void assignOffice(String checkId, String office) {
        if (office != null && !office.isBlank()) {
            repository.assignOffice(checkId, office);
        }
    }

    public List<Deferral> ofCheck(String checkId) {
        return repository.ofCheck(checkId);
    }

    public List<AuditTrail.AuditEvent> history(String id) {
        return audit.of(SUBJECT, get(id).id());
    }

    /**
     * Re-checks only the deferred material, with the supplied one in the original package, on the
     * rules version of the original check; closes the deferral when it passes.
     *
     * @param originalRequest the request of the original check
     * @throws DeferralConflictException when it is no longer awaiting a supplement, or another
     *     staff member changed it meanwhile, or its rules version is no longer loaded
     */
    @Transactional
    public SupplementResult supplement(
            String id, CheckRequest originalRequest, CheckRequest.Material supplied, Actor actor) {
        return supplement(id, originalRequest, supplied, null, actor);
    }

    /** A supplement's uploaded file: what ingest found in it, and its bytes to keep. */
    public record SuppliedFile(DocumentEvidence document, byte[] content) {}

    /**
     * As {@link #supplement(String, CheckRequest, CheckRequest.Material, Actor)} for an uploaded
     * file: a file ingest could not read fails the supplement with what to do. Either way the
     * supplement is recorded with its file, kept by content as a check's files are.
     *
     * @param file the uploaded file, or null for a paper supplement
     */
    @Transactional
    public SupplementResult supplement(
            String id, CheckRequest originalRequest, CheckRequest.Material supplied, SuppliedFile file, Actor actor) {
        DocumentEvidence document = file == null ? null : file.document();
        Deferral d = get(id);
        if (!d.status().awaitsSupplement()) {
            throw new DeferralConflictException("该容缺材料当前状态为 " + d.status() + "，不能再补交");
        }
        Checker checker = rules.checkerFor(d.rulesVersion())
                .orElseThrow(
                        () -> new DeferralConflictException("原核验所用规则版本 " + d.rulesVersion() + " 已不在服务中，请重新核验整套材料"));
        CheckRequest.Material material = new CheckRequest.Material(
                "supplement", d.material(), supplied.form(), supplied.copies(), supplied.file(), supplied.fields());
        List<CheckRequest.Material> materials = new ArrayList<>(originalRequest.materials().stream()
                .filter(m -> !d.material().equals(m.code()))
                .toList());
        materials.add(material);
        CheckOutcome outcome = checker.check(originalRequest.withMaterials(materials), CheckContext.NONE);
        List<FindingView> about = new ArrayList<>(outcome.findings().stream()
                .filter(f -> d.material().equals(f.material()) || f.alsoFor().contains(d.material()))
                .toList());
        if (document != null && document.error() != null) {
            about.add(new FindingView(
                    FindingCode.UNREADABLE,
                    d.matter(),
                    d.material(),
                    d.name(),
                    document.message(),
                    null,
                    "ingest",
                    null,
                    List.of()));
        }
        boolean passed = about.isEmpty();
        var now = clock.instant();
        if (passed && !repository.changeStatus(d.id(), d.version(), Deferral.Status.SUPPLEMENTED, now)) {
            throw new DeferralConflictException("该容缺材料已被他人同时处理，请刷新后查看");
        }
        repository.insertSupplement(
                UlidCreator.getMonotonicUlid().toString(),
                d.id(),
                write(document == null ? material : java.util.Map.of("material", material, "document", document)),
                passed,
                write(about),
                actor.name(),
                now,
                file == null ? null : kept(file));
        audit.record(
                actor,
                passed ? "SUPPLEMENT_ACCEPTED" : "SUPPLEMENT_REJECTED",
                SUBJECT,
                d.id(),
                passed ? d.status() + " -> SUPPLEMENTED" : write(about));
        return new SupplementResult(get(id), passed, about);
    }

    /** The file's bytes in the store (removed again should this transaction roll back). */
    private FileResponses.Kept kept(SuppliedFile file) {
        FileStore.Stored stored = files.store(file.content());
        return new FileResponses.Kept(
                stored.sha256(),
                CheckFiles.recordedName(file.document().file()),
                CheckFiles.recordedMediaType(file.document().mediaType()),
                stored.size());
    }

    /** The supplements handed in for a deferral, oldest first. */
    public List<Supplement> supplements(String id) {
        return repository.supplements(get(id).id());
    }

    /** A supplement's kept file, if it came with one. */
    public Optional<FileResponses.Kept> supplementFile(String id, String supplementId) {
        return supplements(id).stream()
                .filter(s -> s.id().equals(supplementId))
                .findFirst()
                .map(Supplement::file);
    }

    /** Withdraws a deferral (e.g. the application was withdrawn). */
    @Transactional
    public Deferral withdraw(String id, String reason, Actor actor) {
        Deferral d = get(id);
        if (!d.status().awaitsSupplement()) {
            throw new DeferralConflictException("该容缺材料当前状态为 " + d.status() + "，不能撤回");
        }
        if (!repository.changeStatus(d.id(), d.version(), Deferral.Status.WITHDRAWN, clock.instant())) {
            throw new DeferralConflictException("该容缺材料已被他人同时处理，请刷新后查看");
        }
        audit.record(actor, "DEFERRAL_WITHDRAWN", SUBJECT, d.id(), reason);
        return get(id);
    }

    /**
     * Marks every open deferral whose due date has passed as OVERDUE.
     *
     * @return how many were marked
     */
    @Transactional
    public int markOverdue(LocalDate today) {
        int marked = 0;
        for (Deferral d : repository.openAndDueBefore(today)) {
            if (repository.changeStatus(d.id(), d.version(), Deferral.Status.OVERDUE, clock.instant())) {
                audit.record(Actor.SYSTEM, "DEFERRAL_OVERDUE", SUBJECT, d.id(), "due " + d.dueDate());
                marked++;
            }
        }
        if (marked > 0) {
            log.info("marked {} deferral(s) overdue as of {}", marked, today);
        }
        return marked;
    }

    private String write(Object value) {
        try {
            return json.getObject().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String holderOf(CheckRequest request) {
        return request.applicant().creditCode() != null
                ? request.applicant().creditCode()
                : request.applicant().idNumber();
    }

    /** What a supplement came to: the deferral as it now stands and what is still wrong. */
    public record SupplementResult(Deferral deferral, boolean passed, List<FindingView> findings) {}

    /** No deferral with that id. */
    public static class DeferralNotFoundException extends RuntimeException {
        DeferralNotFoundException(String id) {
            super("没有编号为 " + id + " 的容缺材料");
        }
    }

    /** The deferral cannot change as asked (status, a concurrent change, a retired rules version). */
    public static class DeferralConflictException extends RuntimeException {
        DeferralConflictException(String message) {
            super(message);
        }
    }
}
