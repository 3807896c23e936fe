package org.yici.engine.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yici.engine.YiciApplication;
import org.yici.engine.audit.AuditTrail.Actor;
import org.yici.engine.check.CheckService;
import org.yici.engine.ingest.CheckWithFilesTest;
import org.yici.ingest.IngestRequest;
import org.yici.rules.check.CheckRequest;

/**
 * Jobs outlive their process: a job queued while no worker runs, and one left RUNNING by a process
 * that died after recording its check, are both finished by the next start, the second without a
 * second check. Before that, concurrent claimers race for the same queued jobs and never share
 * one. Runs on H2 ({@link H2JobRestartTest}) and PostgreSQL ({@link PostgresJobRestartTest}).
 */
abstract class JobRestartContract {
    @TempDir
    Path dataDir;

    /** The database, as command-line properties. */
    abstract List<String> database(Path dataDir);

    static final String REQUEST =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "ONLINE",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "materials": [
               {"id": "form", "code": "GTGSH-SL-01", "file": "apply.pdf"},
               {"id": "id", "code": "GTGSH-SL-02", "file": "id.pdf"},
               {"id": "lease", "code": "GTGSH-SL-03", "file": "lease.pdf"}]}
            """;

    @Test
    void jobsSurviveARestartAndAreNeverRunTwice() throws Exception {
        String queuedId;
        String orphanId;
        String orphanCheck;
        long checksBefore;
        try (ConfigurableApplicationContext first = start(WebApplicationType.NONE)) {
            JobRepository repository = first.getBean(JobRepository.class);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            twoClaimersNeverGetTheSameJob(repository, jdbc);
            aNodeWhoseClockIsBehindKeepsItsLiveJob(repository, jdbc);

            JobService jobs = first.getBean(JobService.class);
            ObjectMapper json = first.getBean(ObjectMapper.class);
            CheckRequest request = json.readValue(REQUEST, CheckRequest.class);
            byte[] form = CheckWithFilesTest.textPdf("Application form of Zhang San");
            List<JobService.Upload> files = List.of(new JobService.Upload("form", "apply.pdf", form));
            queuedId = jobs.submit(request, null, Actor.SYSTEM, files).job().jobId();
            orphanId = jobs.submit(request, null, Actor.SYSTEM, files).job().jobId();

            // The orphan's process claimed it, recorded its check and died before marking it DONE.
            assertThat(repository.claim(orphanId, "w-dead", Instant.now().minus(Duration.ofMinutes(10))))
                    .isTrue();
            // Its last heartbeat (stamped by the database's clock) was long ago.
            jdbc.sql("UPDATE check_job SET heartbeat_at = :past WHERE id = :id")
                    .param(
                            "past",
                            java.sql.Timestamp.from(repository.databaseNow().minus(Duration.ofMinutes(10))))
                    .param("id", orphanId)
                    .update();
            JobRepository.JobRow orphan = repository.find(orphanId).orElseThrow();
            orphanCheck = first.getBean(CheckService.class)
                    .checkOnce(
                            request,
                            JobRunner.checkKey(orphan),
                            Actor.SYSTEM,
                            Map.of("form", new IngestRequest("apply.pdf", form)))
                    .result()
                    .checkId();
            checksBefore = checks(jdbc);
            assertThat(repository.find(queuedId).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
        }

        try (ConfigurableApplicationContext second = start(WebApplicationType.SERVLET)) {
            JobRepository repository = second.getBean(JobRepository.class);
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> Stream.of(queuedId, orphanId)
                            .allMatch(id -> repository.find(id).orElseThrow().status() == JobStatus.DONE));
            JobRepository.JobRow queued = repository.find(queuedId).orElseThrow();
            JobRepository.JobRow orphan = repository.find(orphanId).orElseThrow();
            assertThat(queued.attempts()).isEqualTo(1);
            assertThat(queued.documentsDone()).isEqualTo(1);
            assertThat(orphan.attempts()).isEqualTo(2);
            assertThat(orphan.claimedBy()).isNotEqualTo("w-dead");
            assertThat(orphan.checkId()).isEqualTo(orphanCheck);
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(checks(jdbc)).isEqualTo(checksBefore + 1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM check_file WHERE check_id = :id")
                            .param("id", queued.checkId())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    /** Four claimers start together on the same queued jobs; every job goes to exactly one. */
    private static void twoClaimersNeverGetTheSameJob(JobRepository repository, JdbcClient jdbc) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = com.github.f4b6a3.ulid.UlidCreator.getMonotonicUlid().toString();
            ids.add(id);
            repository.insert(
                    new JobRepository.JobRow(
                            id,
                            JobStatus.QUEUED,
                            "{}",
                            "race",
                            null,
                            "test",
                            null,
                            0,
                            0,
                            0,
                            0,
                            0,
                            null,
                            null,
                            null,
                            Instant.now(),
                            null,
                            null),
                    List.of());
        }
        Map<String, List<String>> claimed = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> claimers = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                String me = "claimer-" + c;
                claimed.put(me, new ArrayList<>());
                claimers.add(pool.submit(() -> {
                    start.await();
                    while (true) {
                        List<String> candidates = repository.queued(10);
                        if (candidates.isEmpty()) {
                            return null;
                        }
                        for (String id : candidates) {
                            if (repository.claim(id, me, Instant.now())) {
                                claimed.get(me).add(id);
                            }
                        }
                    }
                }));
            }
            start.countDown();
            for (Future<?> claimer : claimers) {
                claimer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> all = claimed.values().stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(40);
        assertThat(new HashSet<>(all)).containsExactlyInAnyOrderElementsOf(ids);
        for (Map.Entry<String, List<String>> entry : claimed.entrySet()) {
            for (String id : entry.getValue()) {
                assertThat(repository.find(id).orElseThrow().claimedBy()).isEqualTo(entry.getKey());
            }
        }
        jdbc.sql("DELETE FROM check_job WHERE request_hash = 'race'").update();
    }

    /**
     * Heartbeats are stamped by the database's clock: a node whose own clock is ten minutes behind
     * claims a job, and another node's sweep for stale jobs a moment later leaves it alone.
     */
    private static void aNodeWhoseClockIsBehindKeepsItsLiveJob(JobRepository repository, JdbcClient jdbc) {
        String id = com.github.f4b6a3.ulid.UlidCreator.getMonotonicUlid().toString();
        repository.insert(
                new JobRepository.JobRow(
                        id,
                        JobStatus.QUEUED,
                        "{}",
                        "clock",
                        null,
                        "test",
                        null,
                        0,
                        0,
                        0,
                        0,
                        0,
                        null,
                        null,
                        null,
                        Instant.now(),
                        null,
                        null),
                List.of());
        Instant slowClock = Instant.now().minus(Duration.ofMinutes(10));
        assertThat(repository.claim(id, "w-slow", slowClock)).isTrue();

        assertThat(repository.requeueStale(Duration.ofSeconds(60), 3, "{}", Instant.now()))
                .isZero();
        JobRepository.JobRow job = repository.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(job.claimedBy()).isEqualTo("w-slow");
        jdbc.sql("DELETE FROM check_job WHERE request_hash = 'clock'").update();
    }

    private ConfigurableApplicationContext start(WebApplicationType type) {
        List<String> args = new ArrayList<>(database(dataDir));
        args.add("--yici.data-dir=" + dataDir);
        args.add("--server.port=0");
        args.add("--yici.jobs.poll-interval=200ms");
        args.add("--yici.jobs.enabled=true");
        return new SpringApplicationBuilder(YiciApplication.class).web(type).run(args.toArray(String[]::new));
    }

    private static long checks(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM check_record").query(Long.class).single();
    }
}
