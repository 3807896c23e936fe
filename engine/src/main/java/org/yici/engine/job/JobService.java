package org.yici.engine.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.f4b6a3.ulid.UlidCreator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yici.engine.audit.AuditTrail.Actor;
import org.yici.engine.storage.CheckFiles;
import org.yici.engine.storage.FileStore;
import org.yici.rules.check.CheckRequest;

/**
 * Accepts asynchronous checks: the request and its files (by content address) are persisted
 * before the caller gets its 202, so an accepted job survives a restart.
 */
@Service
public class JobService {
    private final JobRepository jobs;
    private final CheckFiles checkFiles;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JobService(
            JobRepository jobs,
            CheckFiles checkFiles,
            ObjectMapper json,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jobs = jobs;
        this.checkFiles = checkFiles;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    /** A file for a job. */
    public record Upload(String materialId, String fileName, byte[] content) {}

    /** The job, and whether it is the replay of an earlier submission with the same key. */
    public record Submitted(JobView job, boolean replayed) {}

    /** Published once a job is queued, so idle workers start at once instead of at the next poll. */
    public record JobQueued(String jobId) {}

    /**
     * Queues a check. With an Idempotency-Key a retry gets the first job back; the job then checks
     * with the same key, so a synchronous retry and the job make one record between them.
     *
     * @param key null for no idempotency
     */
    public Submitted submit(CheckRequest request, String key, Actor actor, List<Upload> uploads) {
        String requestJson = write(request);
        String hash = FileStore.sha256(requestJson.getBytes(StandardCharsets.UTF_8));
        boolean keyed = key != null && !key.isBlank();
        if (keyed) {
            Optional<JobRepository.JobRow> earlier = jobs.findByIdempotencyKey(key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), hash);
            }
        }
        List<JobRepository.JobFile> files = new ArrayList<>();
        String id = UlidCreator.getMonotonicUlid().toString();
        try {
            // The files commit with the job row that names them (or are gone again with it).
            transactions.executeWithoutResult(status -> {
                for (Upload upload : uploads) {
                    FileStore.Stored stored = checkFiles.store(upload.content());
                    files.add(new JobRepository.JobFile(
                            upload.materialId(), truncate(upload.fileName()), stored.size(), stored.sha256()));
                }
                jobs.insert(queued(id, requestJson, hash, keyed ? key : null, actor, files.size()), files);
            });
        } catch (DuplicateKeyException e) {
            return replay(jobs.findByIdempotencyKey(key).orElseThrow(() -> e), hash);
        }
        events.publishEvent(new JobQueued(id));
        return new Submitted(view(jobs.find(id).orElseThrow()), false);
    }

    private JobRepository.JobRow queued(
            String id, String requestJson, String hash, String key, Actor actor, int files) {
        return new JobRepository.JobRow(
                id,
                JobStatus.QUEUED,
                requestJson,
                hash,
                key,
                actor.name(),
                actor.remoteAddress(),
                files,
                0,
                0,
                0,
                0,
                null,
                null,
                null,
                clock.instant(),
                null,
                null);
    }

    public Optional<JobView> find(String id) {
        return jobs.find(id).map(this::view);
    }

    private Submitted replay(JobRepository.JobRow earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw new KeyReusedException();
        }
        return new Submitted(view(earlier), true);
    }

    private JobView view(JobRepository.JobRow row) {
        JsonNode problem = null;
        if (row.problemJson() != null) {
            try {
                problem = json.readTree(row.problemJson());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored job problem is unreadable", e);
            }
        }
        return JobView.of(row, problem);
    }

    private String write(CheckRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise check request", e);
        }
    }

    private static String truncate(String name) {
        return name == null || name.length() <= 400 ? name : name.substring(0, 400);
    }

    /** The Idempotency-Key names an earlier job with a different request. */
    static class KeyReusedException extends RuntimeException {}
}
