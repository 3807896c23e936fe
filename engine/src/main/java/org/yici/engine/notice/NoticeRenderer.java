package org.yici.engine.notice;

import java.time.LocalDate;
import org.yici.engine.check.CheckResult;
import org.yici.rules.build.RuleBook;
import org.yici.rules.check.CheckRequest;

/** One notice, composed once and written as HTML and, from the same HTML, as PDF. */
final class NoticeRenderer {
    private final NoticeProperties properties;
    private final NoticeComposer composer;
    private final NoticeTemplates templates = new NoticeTemplates();
    private final NoticePdf pdf;

    NoticeRenderer(NoticeProperties properties) {
        this.properties = properties;
        this.composer = new NoticeComposer(properties);
        this.pdf = new NoticePdf(properties);
    }

    /** A rendered notice: the HTML and the PDF made from it. */
    record Rendered(NoticeContent content, String html, byte[] pdf) {}

    /** @param number null for a preview */
    Rendered render(CheckResult result, CheckRequest request, RuleBook book, String number, String supersedes) {
        NoticeContent content = composer.compose(result, request, book, number, supersedes, noticeDate(result));
        String html = templates.html(content);
        String identity = result.checkId() + "|" + (number == null ? "" : number);
        return new Rendered(content, html, pdf.render(html, result.checkedAt(), identity));
    }

    /** The date of the decision where the office is; the date printed by the seal. */
    LocalDate noticeDate(CheckResult result) {
        return LocalDate.ofInstant(result.checkedAt(), properties.zone());
    }

    void checkFont() {
        pdf.checkFont();
    }
}
