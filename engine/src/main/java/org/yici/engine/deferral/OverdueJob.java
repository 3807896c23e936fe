package org.yici.engine.deferral;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Marks deferrals overdue: at start-up (a service down overnight catches up) and every hour. */
@Component
class OverdueJob {
    private final DeferralService deferrals;
    private final Clock clock;

    OverdueJob(DeferralService deferrals, Clock clock) {
        this.deferrals = deferrals;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${yici.deferrals.overdue-cron:0 5 * * * *}")
    void markOverdue() {
        deferrals.markOverdue(LocalDate.now(clock));
    }
}
