package org.yici.engine.job;

import com.github.f4b6a3.ulid.UlidCreator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The bounded pool that runs jobs ({@code yici.jobs.workers} at a time) in the web service. One
 * poller thread claims queued jobs while a worker is free, keeps this process's running jobs'
 * heartbeats fresh, and queues again the RUNNING jobs of processes that stopped (no heartbeat for
 * {@code yici.jobs.stale-after}), at start-up and then periodically. CLI commands never run jobs.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(prefix = "yici.jobs", name = "enabled", havingValue = "true", matchIfMissing = true)
class JobWorkers implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

    /** This process, as claimer of its jobs. */
    private final String instance = "w-" + UlidCreator.getMonotonicUlid();

    private final JobRepository jobs;
    private final JobRunner runner;
    private final JobProperties properties;
    private final Clock clock;
    private final Semaphore free;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService poller;
    private ThreadPoolExecutor pool;
    private Instant lastSweep = Instant.EPOCH;
    private String lastFailure;
    private volatile boolean started;

    JobWorkers(JobRepository jobs, JobRunner runner, JobProperties properties, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.properties = properties;
        this.clock = clock;
        this.free = new Semaphore(properties.workers());
    }

    @Override
    public synchronized void start() {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(
                properties.workers(),
                properties.workers(),
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                r -> daemon(r, "yici-job-" + count.incrementAndGet()));
        poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "yici-job-poller"));
        poller.scheduleWithFixedDelay(this::poll, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        started = true;
        log.info("job workers started: {} worker(s) as {}", properties.workers(), instance);
    }

    /** A new job: look now rather than at the next poll. */
    @EventListener
    void queued(JobService.JobQueued event) {
        ScheduledExecutorService p = poller;
        if (started && p != null) {
            try {
                p.execute(this::poll);
            } catch (RejectedExecutionException e) {
                // shutting down: the job stays queued for the next start
            }
        }
    }

    /** Runs on the poller thread only, so claims and sweeps never overlap within this process. */
    private void poll() {
        try {
            Instant now = clock.instant();
            if (!now.isBefore(lastSweep.plus(properties.heartbeatInterval()))) {
                lastSweep = now;
                jobs.heartbeat(running, instance);
                int requeued = jobs.requeueStale(
                        properties.staleAfter(),
                        properties.maxAttempts(),
                        runner.write(JobRunner.failure("worker stopped")),
                        now);
                if (requeued > 0) {
                    log.warn("{} job(s) of a stopped process queued again", requeued);
                }
            }
            while (started && free.tryAcquire()) {
                String id = claimNext();
                if (id == null) {
                    free.release();
                    return;
                }
                running.add(id);
                pool.execute(() -> {
                    try {
                        runner.run(id, instance);
                    } finally {
                        running.remove(id);
                        free.release();
                        queued(new JobService.JobQueued(id));
                    }
                });
            }
        } catch (RuntimeException e) {
            // A database away for a while fails every poll: say so once, not once a second.
            String failure = e.getClass().getName() + ": " + e.getMessage();
            if (!failure.equals(lastFailure)) {
                log.warn("job poll failed (repeats are logged at debug): {}", e.toString());
            } else {
                log.debug("job poll failed again: {}", e.toString());
            }
            lastFailure = failure;
        }
    }

    private String claimNext() {
        List<String> candidates = jobs.queued(properties.workers() * 2);
        lastFailure = null; // the database answers again
        for (String id : candidates) {
            if (jobs.claim(id, instance, clock.instant())) {
                return id;
            }
        }
        return null;
    }

    /**
     * Stops claiming and gives the jobs still running after a short grace back to the queue; a
     * job whose check was already recorded replays it when run again.
     */
    @Override
    public synchronized void stop() {
        started = false;
        if (poller == null) {
            return;
        }
        poller.shutdownNow();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
        for (String id : running) {
            jobs.release(id, instance);
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /**
     * Below the web server's phases: workers start before it and stop after it, so no job is
     * accepted while nobody would run it.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
