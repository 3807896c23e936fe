package org.yici.engine.rulebase;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Database mode: asks the database every {@code yici.rules.poll-interval} (default 2 s) for the
 * newest published rule version and makes it live. Polling rather than PostgreSQL's LISTEN/NOTIFY:
 * it works the same on H2 and PostgreSQL, survives a lost connection without re-subscribing, and
 * one indexed single-row query every few seconds costs nothing next to the checks.
 */
@Component
class PublishedRulesPoller implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(PublishedRulesPoller.class);

    private final LiveRuleBook rules;
    private final Duration interval;
    private ScheduledExecutorService poller;

    PublishedRulesPoller(LiveRuleBook rules, @Value("${yici.rules.poll-interval:2s}") Duration interval) {
        this.rules = rules;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (rules.mode() != LiveRuleBook.Mode.DATABASE) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rules-poll");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("following the rules published in the database every {}", interval);
    }

    private void poll() {
        try {
            rules.followPublished();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the live rules keep serving and the next poll tries again.
            log.warn("cannot read the published rules: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
