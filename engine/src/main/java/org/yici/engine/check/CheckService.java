package org.yici.engine.check;

import com.github.f4b6a3.ulid.UlidCreator;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yici.engine.rulebase.LiveRuleBook;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;

/** Checks a package on the live rule book and records it. */
@Service
public class CheckService {
    private final LiveRuleBook rules;
    private final CheckRepository repository;
    private final Clock clock;

    CheckService(LiveRuleBook rules, CheckRepository repository, Optional<Clock> clock) {
        this.rules = rules;
        this.repository = repository;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Checks and stores. A request the rules reject ({@code InvalidRequestException}) stores nothing.
     */
    @Transactional
    public CheckResult check(CheckRequest request) {
        long start = System.nanoTime();
        CheckOutcome outcome = rules.checker().check(request);
        long rulesMs = (System.nanoTime() - start) / 1_000_000;
        CheckResult result = CheckResult.of(
                UlidCreator.getMonotonicUlid().toString(),
                outcome,
                new CheckResult.Timings(0, rulesMs),
                clock.instant());
        repository.insert(request, result);
        return result;
    }

    public Optional<CheckResult> find(String id) {
        return repository.find(id);
    }
}
