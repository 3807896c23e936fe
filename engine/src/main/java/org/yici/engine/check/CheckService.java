package org.yici.engine.check;

import com.github.f4b6a3.ulid.UlidCreator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yici.engine.audit.AuditTrail;
import org.yici.engine.audit.AuditTrail.Actor;
import org.yici.engine.deferral.DeferralService;
import org.yici.engine.dishonesty.DishonestyList;
import org.yici.engine.licence.LicenceDirectory;
import org.yici.engine.rulebase.LiveRuleBook;
import org.yici.rules.check.CheckContext;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;

/** Checks a package on the live rule book and records it. */
@Service
public class CheckService {
    private static final Logger log = LoggerFactory.getLogger(CheckService.class);
    private static final String WARNING_NO_LICENCES = ResourceBundle.getBundle(
                    "org.yici.engine.check.messages", java.util.Locale.ROOT)
            .getString("warning.licencesUnavailable");

    private final LiveRuleBook rules;
    private final CheckRepository repository;
    private final LicenceDirectory licences;
    private final DishonestyList dishonesty;
    private final DeferralService deferrals;
    private final AuditTrail audit;
    private final Clock clock;

    CheckService(
            LiveRuleBook rules,
            CheckRepository repository,
            LicenceDirectory licences,
            DishonestyList dishonesty,
            DeferralService deferrals,
            AuditTrail audit,
            Clock clock) {
        this.rules = rules;
        this.repository = repository;
        this.licences = licences;
        this.dishonesty = dishonesty;
        this.deferrals = deferrals;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks and stores. A request the rules reject ({@code InvalidRequestException}) stores nothing.
     */
    @Transactional
    public CheckResult check(CheckRequest request, Actor actor) {
        List<String> warnings = new ArrayList<>();
        CheckRequest withLicences = withLicences(request, warnings);
        CheckContext context =
                new CheckContext(dishonesty.basisFor(holders(request)).orElse(null));
        long start = System.nanoTime();
        CheckOutcome outcome = rules.checker().check(withLicences, context);
        long rulesMs = (System.nanoTime() - start) / 1_000_000;
        CheckResult result = CheckResult.of(
                UlidCreator.getMonotonicUlid().toString(),
                outcome,
                warnings,
                new CheckResult.Timings(0, rulesMs),
                clock.instant());
        repository.insert(request, result);
        audit.record(actor, "CHECK_CREATED", "CHECK", result.checkId(), result.matter() + " " + result.decision());
        deferrals.open(result.checkId(), result.rulesVersion(), request, result.deferred(), actor);
        return result;
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
}
