package org.yici.engine.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yici.engine.check.CheckResult;
import org.yici.engine.check.CheckService;
import org.yici.engine.notice.NoticeArchive.Registration;
import org.yici.engine.rulebase.LiveRuleBook;
import org.yici.rules.check.CheckRequest;

/**
 * Issues a check's notice once and reprints it from the archive ever after.
 *
 * <p>A notice is issued the first time it is asked for: the check gets the next number of the
 * office's year (kept even if rendering then fails, so a retry prints the same number), the
 * notice is rendered and archived, and every later request returns the archived bytes.
 */
@Service
public class NoticeService {
    private static final Logger log = LoggerFactory.getLogger(NoticeService.class);

    private final CheckService checks;
    private final LiveRuleBook rules;
    private final NoticeArchive archive;
    private final NoticeNumbers numbers;
    private final NoticeProperties properties;
    private final NoticeRenderer renderer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NoticeService(
            CheckService checks,
            LiveRuleBook rules,
            NoticeArchive archive,
            NoticeNumbers numbers,
            NoticeProperties properties,
            PlatformTransactionManager transactions,
            Optional<Clock> clock) {
        if (properties.officeCode() == null || properties.officeCode().isBlank()) {
            throw new IllegalStateException("yici.notices.office-code is not set: notice numbers need it");
        }
        if (properties.officeName() == null || properties.officeName().isBlank()) {
            throw new IllegalStateException("yici.notices.office-name is not set: every notice names its office");
        }
        this.checks = checks;
        this.rules = rules;
        this.archive = archive;
        this.numbers = numbers;
        this.properties = properties;
        this.renderer = new NoticeRenderer(properties);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Says at startup, not at the first print, that notices cannot be printed. */
    @EventListener(ApplicationReadyEvent.class)
    void checkFont() {
        try {
            renderer.checkFont();
        } catch (RuntimeException e) {
            // The service still checks; only printing notices waits for the font to be fixed.
            log.error("notices cannot be printed: {}", e.getMessage());
        }
    }

    /**
     * The check's notice, issued now if it has none yet.
     *
     * @return empty when there is no check {@code checkId}
     * @throws NoticePdf.NoticeFontException when the configured font cannot be used
     */
    public Optional<Notice> noticeOf(String checkId) {
        Optional<Notice> stored = archive.find(checkId);
        if (stored.isPresent()) {
            return stored;
        }
        Optional<CheckResult> found = checks.find(checkId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CheckResult result = found.get();
        CheckRequest request = checks.requestOf(checkId);
        Registration registration = register(result, request);
        NoticeRenderer.Rendered rendered =
                renderer.render(result, request, rules.book(), registration.number(), registration.supersedes());
        Notice notice = new Notice(
                registration.number(),
                checkId,
                registration.type(),
                rendered.html(),
                rendered.pdf(),
                NoticePdf.sha256Hex(rendered.pdf()),
                registration.supersedes(),
                clock.instant());
        if (archive.insert(notice)) {
            log.info("notice {} issued for check {}", notice.number(), checkId);
            return Optional.of(notice);
        }
        return archive.find(checkId);
    }

    /** The check's number: the one it has, or the next of the office's year. */
    private Registration register(CheckResult result, CheckRequest request) {
        Optional<Registration> existing = archive.registrationOf(result.checkId());
        if (existing.isPresent()) {
            return existing.get();
        }
        String office = properties.officeCode();
        int year = renderer.noticeDate(result).getYear();
        numbers.prepare(office, year);
        try {
            return registerLocked(result, request, office, year);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // Another first print of the same check registered it between our read and insert
            // (seen on H2 under concurrent prints despite the sequence lock); its number stands and
            // our rolled-back sequence step leaves no gap.
            return archive.registrationOf(result.checkId()).orElseThrow(() -> e);
        }
    }

    private Registration registerLocked(CheckResult result, CheckRequest request, String office, int year) {
        return transaction.execute(status -> {
            numbers.lock(office, year);
            Optional<Registration> meanwhile = archive.registrationOf(result.checkId());
            if (meanwhile.isPresent()) {
                return meanwhile.get();
            }
            long seq = numbers.next(office, year);
            String applicant = applicantKey(request);
            Instant checkedAt = result.checkedAt();
            String supersedes = applicant == null
                    ? null
                    : archive.latestEarlier(
                                    result.matter(),
                                    applicant,
                                    checkedAt,
                                    checkedAt.minus(Duration.ofDays(properties.supersedeDays())))
                            .orElse(null);
            Registration registration = new Registration(
                    NoticeNumbers.format(properties.numberFormat(), office, year, seq),
                    result.checkId(),
                    office,
                    year,
                    seq,
                    NoticeType.of(result.decision()),
                    result.matter(),
                    applicant,
                    checkedAt,
                    supersedes,
                    clock.instant());
            archive.register(registration);
            return registration;
        });
    }

    /** Who the applicant is across checks: the credit code of an organisation, else the ID number. */
    static String applicantKey(CheckRequest request) {
        if (request.applicant() == null) {
            return null;
        }
        String credit = request.applicant().creditCode();
        if (credit != null && !credit.isBlank()) {
            return credit.trim().toUpperCase(java.util.Locale.ROOT);
        }
        String id = request.applicant().idNumber();
        return id == null || id.isBlank() ? null : id.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
