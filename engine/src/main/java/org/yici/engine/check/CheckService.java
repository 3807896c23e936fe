package org.yici.engine.check;

import com.github.f4b6a3.ulid.UlidCreator;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yici.engine.audit.AuditTrail;
import org.yici.engine.audit.AuditTrail.Actor;
import org.yici.engine.content.DocumentReadings;
import org.yici.engine.deferral.DeferralService;
import org.yici.engine.dishonesty.DishonestyList;
import org.yici.engine.form.HandedBackForms;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.engine.ingest.DocumentIngest;
import org.yici.engine.licence.LicenceDirectory;
import org.yici.engine.reuse.HandedInMaterial;
import org.yici.engine.reuse.HandedInMaterials;
import org.yici.engine.reuse.MaterialReuse;
import org.yici.engine.rulebase.LiveRuleBook;
import org.yici.engine.stack.Stacks;
import org.yici.engine.storage.CheckFiles;
import org.yici.ingest.IngestRequest;
import org.yici.rules.check.CheckContext;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.data.MatterDefinition;

/** Checks a package on the live rule book and records it. */
@Service
public class CheckService {
    private static final Logger log = LoggerFactory.getLogger(CheckService.class);
    private static final ResourceBundle MESSAGES =
            ResourceBundle.getBundle("org.yici.engine.check.messages", java.util.Locale.ROOT);
    private static final String WARNING_NO_LICENCES = MESSAGES.getString("warning.licencesUnavailable");
    private static final String WARNING_SCAN_FORM = MESSAGES.getString("warning.stackForm");

    private final LiveRuleBook rules;
    private final CheckRepository repository;
    private final LicenceDirectory licences;
    private final DishonestyList dishonesty;
    private final DeferralService deferrals;
    private final AuditTrail audit;
    private final MeterRegistry metrics;
    private final DocumentIngest ingest;
    private final CheckFiles files;
    private final MaterialReuse reuse;
    private final HandedInMaterials handedIn;
    private final HandedBackForms handedBackForms;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CheckService(
            LiveRuleBook rules,
            CheckRepository repository,
            LicenceDirectory licences,
            DishonestyList dishonesty,
            DeferralService deferrals,
            AuditTrail audit,
            MeterRegistry metrics,
            DocumentIngest ingest,
            CheckFiles files,
            MaterialReuse reuse,
            HandedInMaterials handedIn,
            HandedBackForms handedBackForms,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.rules = rules;
        this.repository = repository;
        this.licences = licences;
        this.dishonesty = dishonesty;
        this.deferrals = deferrals;
        this.audit = audit;
        this.metrics = metrics;
        this.ingest = ingest;
        this.files = files;
        this.reuse = reuse;
        this.handedIn = handedIn;
        this.handedBackForms = handedBackForms;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Checks and stores. A request the rules reject ({@code InvalidRequestException}) stores nothing.
     */
    @Transactional
    public CheckResult check(CheckRequest request, Actor actor) {
        return doCheck(request, actor, null, null, List.of(), 0, null).result();
    }

    /** A check as recorded: its result, and the JSON text stored (and answered) for it. */
    private record Recorded(CheckResult result, String json) {}

    private Recorded doCheck(
            CheckRequest request,
            Actor actor,
            String idempotencyKey,
            String requestHash,
            List<DocumentEvidence> documents,
            long ingestMs,
            Stacks.Expanded stacks) {
        List<String> warnings = new ArrayList<>();
        CheckRequest withLicences = withLicences(request, warnings);
        MaterialReuse.Decision reused = reuse.decide(withLicences, withLicences.sharedData());
        warnings.addAll(reused.refusals());
        if (!"ONLINE".equals(request.channel())
                && (stacks != null && !stacks.stacks().isEmpty()
                        || request.materials().stream().anyMatch(m -> m.code() == null && m.file() != null))) {
            warnings.add(WARNING_SCAN_FORM);
        }
        CheckContext context = new CheckContext(
                        dishonesty.basisFor(holders(request)).orElse(null))
                .withDocuments(DocumentReadings.of(documents))
                .withPrintedChanges(handedBackForms.changes(documents))
                .withReused(reused.materials());
        long start = System.nanoTime();
        var checker = rules.checker();
        CheckOutcome outcome = checker.check(withLicences, context);
        long rulesNanos = System.nanoTime() - start;
        long rulesMs = rulesNanos / 1_000_000;
        String checkId = UlidCreator.getMonotonicUlid().toString();
        MDC.put("checkId", checkId);
        metrics.timer("yici.check.rules", "matter", outcome.matter()).record(Duration.ofNanos(rulesNanos));
        metrics.counter(
                        "yici.checks",
                        "matter",
                        outcome.matter(),
                        "decision",
                        outcome.decision().name())
                .increment();
        // DEBUG, not INFO: the audit row CHECK_CREATED records the same, and a console line per
        // check was ~3 % of the service's CPU under JSON load (docs/benchmarks/service.md).
        log.debug("checked {}: {}", outcome.matter(), outcome.decision());
        CheckResult result = CheckResult.of(
                        checkId,
                        outcome,
                        warnings,
                        documents,
                        stacks == null ? List.of() : stacks.outcome(outcome),
                        new CheckResult.Timings(ingestMs, rulesMs),
                        clock.instant())
                .withReused(reusedViews(outcome, reused.granted()));
        String json = repository.insert(request, result);
        var book = checker.ruleBook();
        handedIn.record(request, result, book.matters(), book.data().materialTypes());
        result.reused()
                .forEach(r -> audit.record(
                        actor,
                        "MATERIAL_REUSED",
                        "CHECK",
                        checkId,
                        r.material() + " <- " + r.fromCheck() + " " + r.fromMaterial()));
        if (idempotencyKey != null) {
            repository.insertIdempotencyKey(idempotencyKey, requestHash, result.checkId(), result.checkedAt());
        }
        audit.record(actor, "CHECK_CREATED", "CHECK", result.checkId(), result.matter() + " " + result.decision());
        deferrals.open(result.checkId(), result.rulesVersion(), request, result.deferred(), actor);
        return new Recorded(result, json);
    }

    /** The earlier materials the rules did waive a requirement for, with their files. */
    private List<CheckResult.ReusedView> reusedViews(CheckOutcome outcome, List<HandedInMaterial> granted) {
        List<CheckResult.ReusedView> views = new ArrayList<>();
        for (var waiver : outcome.waived()) {
            if (waiver.reason() != org.yici.rules.model.WaiverReason.REUSED) {
                continue;
            }
            granted.stream()
                    .filter(g -> g.asReused().basis().equals(waiver.basis()))
                    .findFirst()
                    .ifPresent(g -> views.add(new CheckResult.ReusedView(
                            waiver.material(),
                            g.checkId(),
                            g.material(),
                            g.handedInOn(),
                            g.fileLink(files.of(g.checkId())))));
        }
        return views;
    }

    /**
     * Checks once per idempotency key: a retry with the same key and request gets the original
     * result back (no second record, no second deferral); concurrent retries race on the key's
     * primary key and the loser replays the winner.
     *
     * @param key null for no idempotency
     * @throws IdempotencyKeyReusedException when the key was used for a different request
     */
    public Checked checkOnce(CheckRequest request, String key, Actor actor) {
        return checkOnce(request, key, actor, Map.of());
    }

    /**
     * As {@link #checkOnce(CheckRequest, String, Actor)}, with files read (OCR where needed)
     * before the database transaction starts.
     *
     * @param files material id to file
     */
    public Checked checkOnce(CheckRequest request, String key, Actor actor, Map<String, IngestRequest> files) {
        return checkOnce(request, key, actor, files, DocumentIngest.Progress.NONE);
    }

    /**
     * As {@link #checkOnce(CheckRequest, String, Actor, Map)}, telling {@code progress} per file read.
     *
     * <p>A JSON check is one transaction on one connection: the key's lookup, the check's reads and
     * writes, one commit (with PostgreSQL each statement is a round trip and each committed write
     * waits for the WAL flush; DatabaseWorkPerCheckContract counts them). With files, the key is also
     * looked up before they are read, so a retry does not read (OCR) them again.
     */
    public Checked checkOnce(
            CheckRequest request,
            String key,
            Actor actor,
            Map<String, IngestRequest> files,
            DocumentIngest.Progress progress) {
        boolean idempotent = key != null && !key.isBlank();
        if (idempotent && !files.isEmpty()) {
            var existing = repository.idempotent(key);
            if (existing.isPresent()) {
                return replay(existing.get(), repository.hashOf(request));
            }
        }
        long start = System.nanoTime();
        var book = rules.checker().ruleBook();
        List<DocumentEvidence> ingested = ingest.ingest(files, progress);
        // Files sent for no material are stacks: each is cut into documents, one material each.
        Stacks.Expanded pkg = Stacks.expand(
                request, files, ingested, book.data().materialTypes().values());
        List<DocumentEvidence> documents = DocumentReadings.read(
                pkg.evidence(),
                pkg.files(),
                book.data().materialTypes().values(),
                files.isEmpty() ? Map.of() : requiredLabels(pkg.request(), book.matters()),
                pkg.parts());
        long ingestMs = (System.nanoTime() - start) / 1_000_000;
        if (!idempotent) {
            return transactions.execute(status ->
                    keepFiles(doCheck(pkg.request(), actor, null, null, documents, ingestMs, pkg), files, ingested));
        }
        String hash = repository.hashOf(request);
        try {
            return transactions.execute(status -> {
                var existing = repository.idempotent(key);
                if (existing.isPresent()) {
                    return replay(existing.get(), hash);
                }
                return keepFiles(doCheck(pkg.request(), actor, key, hash, documents, ingestMs, pkg), files, ingested);
            });
        } catch (DuplicateKeyException e) {
            // A concurrent retry recorded the key first (its primary key): answer with its check.
            return replay(repository.idempotent(key).orElseThrow(() -> e), hash);
        }
    }

    /** The uploaded files go with the check record, in its transaction (storage/CheckFiles). */
    private Checked keepFiles(Recorded recorded, Map<String, IngestRequest> uploads, List<DocumentEvidence> documents) {
        CheckResult result = recorded.result();
        Map<String, String> types = new java.util.HashMap<>();
        documents.forEach(d -> types.put(d.id(), d.mediaType()));
        files.keep(
                result.checkId(),
                uploads.entrySet().stream()
                        .map(e -> new CheckFiles.Upload(
                                e.getKey(),
                                e.getValue().declaredName(),
                                types.get(e.getKey()),
                                e.getValue().content()))
                        .toList());
        return new Checked(result, false, recorded.json());
    }

    private Checked replay(CheckRepository.Idempotent stored, String hash) {
        if (!stored.requestHash().equals(hash)) {
            throw new IdempotencyKeyReusedException();
        }
        String json = repository.findJson(stored.checkId()).orElseThrow();
        return new Checked(repository.readResult(json), true, json);
    }

    /**
     * A check's result, whether it is the replay of an earlier identical request, and the result as
     * the JSON text recorded: the answer's body, so the result is written to JSON once per check.
     */
    public record Checked(CheckResult result, boolean replayed, String json) {}

    /** The Idempotency-Key names an earlier, different request. */
    public static class IdempotencyKeyReusedException extends RuntimeException {
        IdempotencyKeyReusedException() {
            super("该 Idempotency-Key 已用于内容不同的另一请求；新请求请使用新的键");
        }
    }

    /** The request a recorded check was made with. */
    public CheckRequest requestOf(String checkId) {
        return repository
                .findRequest(checkId)
                .orElseThrow(() -> new IllegalStateException("check " + checkId + " has no stored request"));
    }

    private static List<String> holders(CheckRequest request) {
        if (request.applicant() == null) {
            return List.of();
        }
        return Stream.of(request.applicant().idNumber(), request.applicant().creditCode())
                .filter(h -> h != null && !h.isBlank())
                .toList();
    }

    /** The request with the licences the directory holds for the applicant (电子证照). */
    private CheckRequest withLicences(CheckRequest request, List<String> warnings) {
        try {
            return request.withSharedData(licences.licencesOf(holders(request)));
        } catch (LicenceDirectory.LicenceDirectoryUnavailableException e) {
            log.warn("licence directory unavailable, checking without shared data: {}", e.getMessage());
            warnings.add(WARNING_NO_LICENCES);
            return request;
        }
    }

    /** Recorded checks from {@code since} on, with the request each was made with. */
    public List<RecordedCheck> recordedSince(java.time.Instant since) {
        return repository.since(since);
    }

    /** A check as recorded. */
    public record RecordedCheck(String id, CheckRequest request, CheckResult result) {}

    public Optional<CheckResult> find(String id) {
        return repository.find(id);
    }

    /**
     * The labels each coded material's matter.yaml requires filled in ({@code requiredFields}), by
     * material id; materials whose row names none keep their type's default.
     */
    static Map<String, List<String>> requiredLabels(CheckRequest request, Map<String, MatterDefinition> matters) {
        Map<String, List<String>> labels = new java.util.HashMap<>();
        for (CheckRequest.Material m :
                request.materials() == null ? List.<CheckRequest.Material>of() : request.materials()) {
            if (m.id() == null || m.code() == null) {
                continue;
            }
            MatterDefinition matter = matters.get(MatterDefinition.matterOf(m.code()));
            MatterDefinition.Material row = matter == null ? null : matter.material(m.code());
            if (row != null && row.requiredFields() != null) {
                labels.put(m.id(), row.requiredFields());
            }
        }
        return labels;
    }
}
