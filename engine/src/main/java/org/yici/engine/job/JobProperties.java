package org.yici.engine.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Asynchronous checks ({@code yici.jobs.*}).
 *
 * @param enabled whether this process runs jobs (it always accepts them)
 * @param workers jobs run at the same time by this process
 * @param pollInterval how often idle workers look for queued jobs (a submission wakes them at once)
 * @param heartbeatInterval how often a running job tells the database its process is alive
 * @param staleAfter a RUNNING job without a heartbeat for this long is queued again (its process died)
 * @param maxAttempts a job whose process died this many times is FAILED instead of queued again
 */
@ConfigurationProperties(prefix = "yici.jobs")
public record JobProperties(
        Boolean enabled,
        Integer workers,
        Duration pollInterval,
        Duration heartbeatInterval,
        Duration staleAfter,
        Integer maxAttempts) {
    public JobProperties {
        enabled = enabled == null || enabled;
        workers = workers == null ? 2 : workers;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(10) : heartbeatInterval;
        staleAfter = staleAfter == null ? Duration.ofSeconds(60) : staleAfter;
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        if (workers <= 0 || maxAttempts <= 0) {
            throw new IllegalArgumentException("yici.jobs.workers and max-attempts must be positive");
        }
    }
}
