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
    private final FileStore store;
    private final CheckFiles checkFiles;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JobService(
            JobRepository jobs,
            FileStore store,
            CheckFiles checkFiles,
            ObjectMapper json,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jobs = jobs;
        this.store = store;
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
        List<String> created = new ArrayList<>();
        List<JobRepository.JobFile> files = new ArrayList<>();
        for (Upload upload : uploads) {
            FileStore.Stored stored = store.put(upload.content());
            if (stored.created()) {
                created.add(stored.sha256());
            }
            files.add(new JobRepository.JobFile(
                    upload.materialId(), truncate(upload.fileName()), stored.size(), stored.sha256()));
        }
        JobRepository.JobRow row = new JobRepository.JobRow(
                UlidCreator.getMonotonicUlid().toString(),
                JobStatus.QUEUED,
                requestJson,
                hash,
                keyed ? key : null,
                actor.name(),
                actor.remoteAddress(),
                files.size(),
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
        try {
            transactions.executeWithoutResult(status -> jobs.insert(row, files));
        } catch (DuplicateKeyException e) {
            checkFiles.releaseUnreferenced(created);
            return replay(jobs.findByIdempotencyKey(key).orElseThrow(() -> e), hash);
        } catch (RuntimeException e) {
            checkFiles.releaseUnreferenced(created);
            throw e;
        }
        // Identical bytes of a request rolled back meanwhile may have been removed: put them back.
        for (int i = 0; i < uploads.size(); i++) {
            if (store.find(files.get(i).sha256()).isEmpty()) {
                store.put(uploads.get(i).content());
            }
        }
        events.publishEvent(new JobQueued(row.id()));
        return new Submitted(view(jobs.find(row.id()).orElseThrow()), false);
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
