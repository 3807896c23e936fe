package org.yici.engine.notice;

import java.time.Clock;
import java.util.List;
import org.yici.engine.check.CheckResult;
import org.yici.rules.build.RuleBook;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;

/**
 * A notice for a check that is not recorded (the CLI's {@code check --notice}): the same template
 * and PDF as the service, but unnumbered and marked 预览, since only the service's database hands
 * out numbers; nothing is archived.
 */
public final class NoticePreview {
    private final NoticeRenderer renderer;
    private final Clock clock;

    public NoticePreview(NoticeProperties properties, Clock clock) {
        this.renderer = new NoticeRenderer(properties);
        this.clock = clock;
    }

    /** The preview PDF for an outcome of {@code request} on {@code book}. */
    public byte[] pdf(CheckOutcome outcome, CheckRequest request, RuleBook book) {
        CheckResult result = CheckResult.of("PREVIEW", outcome, List.of(), List.of(), null, clock.instant());
        return renderer.render(result, request, book, null, null).pdf();
    }
}
