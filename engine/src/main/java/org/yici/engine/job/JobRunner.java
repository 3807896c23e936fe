package org.yici.engine.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yici.engine.audit.AuditTrail.Actor;
import org.yici.engine.check.CheckService;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.engine.ingest.DocumentIngest;
import org.yici.engine.storage.CheckFiles;
import org.yici.engine.storage.FileStore;
import org.yici.ingest.IngestRequest;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.InvalidRequestException;

/**
 * Runs one claimed job: reads its files from the store, checks through the same {@link
 * CheckService} path as a synchronous call (with the job's Idempotency-Key, or {@code job:<id>}, so
 * a job run again after a crash replays the check it already recorded instead of making a second
 * one), reports progress per file, and records DONE or FAILED.
 */
@Component
class JobRunner {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    static final java.time.Duration PAGE_PROGRESS_INTERVAL = java.time.Duration.ofMillis(250);
    static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.yici.engine.job.messages", Locale.ROOT);

    private final JobRepository jobs;
    private final FileStore store;
    private final CheckFiles checkFiles;
    private final CheckService checks;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final JobProperties properties;
    private final Clock clock;

    JobRunner(
            JobRepository jobs,
            FileStore store,
            CheckFiles checkFiles,
            CheckService checks,
            ObjectMapper json,
            PlatformTransactionManager transactionManager,
            JobProperties properties,
            Clock clock) {
        this.jobs = jobs;
        this.store = store;
        this.checkFiles = checkFiles;
        this.checks = checks;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
    }

    /** The key the job's check is made with. */
    static String checkKey(JobRepository.JobRow job) {
        return job.idempotencyKey() != null ? job.idempotencyKey() : "job:" + job.id();
    }

    void run(String id, String claimer) {
        MDC.put("jobId", id);
        try {
            JobRepository.JobRow job = jobs.find(id).orElseThrow();
            List<JobRepository.JobFile> files = jobs.files(id);
            Map<String, IngestRequest> uploads = new LinkedHashMap<>();
            List<Integer> estimates = new ArrayList<>();
            for (JobRepository.JobFile file : files) {
                byte[] content = store.read(file.sha256());
                uploads.put(file.materialId(), new IngestRequest(file.fileName(), content));
                estimates.add(PageCounter.estimate(content));
            }
            if (!jobs.started(id, claimer, files.size(), sum(estimates))) {
                log.warn("job {} was taken from this worker before it started", id);
                return;
            }
            CheckRequest request = json.readValue(job.requestJson(), CheckRequest.class);
            Actor actor = new Actor(job.actor(), job.remoteAddress());
            CheckService.Checked checked =
                    checks.checkOnce(request, checkKey(job), actor, uploads, progress(id, claimer, estimates));
            if (!jobs.done(id, claimer, checked.result().checkId(), clock.instant())) {
                log.warn(
                        "job {} was taken from this worker; its check {} stands",
                        id,
                        checked.result().checkId());
            }
            log.info("job {} done: check {}", id, checked.result().checkId());
        } catch (InvalidRequestException e) {
            HttpStatus status = e.isUnknownMatter() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
            problem.setTitle(MESSAGES.getString(e.isUnknownMatter() ? "unknownMatter.title" : "invalid.title"));
            problem.setProperty(
                    "errors",
                    e.problems().stream()
                            .map(p -> Map.of(
                                    "kind",
                                    p.kind().name(),
                                    "field",
                                    String.valueOf(p.field()),
                                    "message",
                                    p.message()))
                            .toList());
            reject(id, claimer, problem);
        } catch (CheckService.IdempotencyKeyReusedException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_ENTITY, MESSAGES.getString("keyReused.detail"));
            problem.setTitle(MESSAGES.getString("keyReused.title"));
            reject(id, claimer, problem);
        } catch (JsonProcessingException | RuntimeException e) {
            retryOrFail(id, claimer, e);
        } finally {
            MDC.remove("jobId");
            MDC.remove("checkId");
        }
    }

    /**
     * Writes the job's progress as files and pages are read: after every file, and after a page at
     * most every {@link #PAGE_PROGRESS_INTERVAL} (a text-layer PDF reads a thousand pages a second;
     * the job row need not be written that often).
     */
    private DocumentIngest.Progress progress(String id, String claimer, List<Integer> estimates) {
        int[] pages = estimates.stream().mapToInt(Integer::intValue).toArray();
        return new DocumentIngest.Progress() {
            private int documentsDone;
            private boolean pageWritten;
            private long lastPageWrite;

            @Override
            public synchronized void documentDone(DocumentEvidence evidence) {
                if (evidence.pages() != null) {
                    pages[documentsDone] = evidence.pages();
                }
                documentsDone++;
                write(pagesBefore(documentsDone));
            }

            @Override
            public synchronized void pageDone(String materialId, int pagesDoneInFile) {
                long now = System.nanoTime();
                if ((pageWritten && now - lastPageWrite < PAGE_PROGRESS_INTERVAL.toNanos())
                        || documentsDone >= pages.length) {
                    return;
                }
                pageWritten = true;
                lastPageWrite = now;
                // The estimate may be short of the pages really found; never report more than all.
                write(pagesBefore(documentsDone) + Math.min(pagesDoneInFile, pages[documentsDone]));
            }

            private int pagesBefore(int documents) {
                int sum = 0;
                for (int i = 0; i < documents; i++) {
                    sum += pages[i];
                }
                return sum;
            }

            private void write(int pagesDone) {
                try {
                    jobs.progress(
                            id,
                            claimer,
                            documentsDone,
                            pagesDone,
                            java.util.Arrays.stream(pages).sum());
                } catch (RuntimeException e) {
                    // Progress is for the caller's patience; losing one update must not fail the check.
                    log.warn("job {}: progress not recorded: {}", id, e.toString());
                }
            }
        };
    }

    /** The request was refused: the job FAILED with the problem, and nothing of it is kept. */
    private void reject(String id, String claimer, ProblemDetail problem) {
        List<String> shas =
                jobs.files(id).stream().map(JobRepository.JobFile::sha256).toList();
        Boolean changed =
                transactions.execute(status -> jobs.failed(id, claimer, write(problem), true, clock.instant()));
        if (Boolean.TRUE.equals(changed)) {
            checkFiles.releaseUnreferenced(shas);
        }
        log.info("job {} rejected: {}", id, problem.getDetail());
    }

    private void retryOrFail(String id, String claimer, Exception e) {
        int attempts = jobs.find(id).map(JobRepository.JobRow::attempts).orElse(0);
        if (attempts < properties.maxAttempts()) {
            log.warn("job {} attempt {} failed, queued again: {}", id, attempts, e.toString());
            jobs.release(id, claimer);
            return;
        }
        log.error("job {} failed after {} attempts", id, attempts, e);
        jobs.failed(id, claimer, write(failure(e.toString())), false, clock.instant());
    }

    static ProblemDetail failure(String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, format(MESSAGES.getString("failed.detail"), reason));
        problem.setTitle(MESSAGES.getString("failed.title"));
        return problem;
    }

    String write(ProblemDetail problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int sum(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sum();
    }

    /** MessageFormat in the root locale (numbers and dates as written, never the JVM's locale). */
    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
