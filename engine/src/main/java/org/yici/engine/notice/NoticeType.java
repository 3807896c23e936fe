package org.yici.engine.notice;

import org.yici.rules.model.Decision;

/** The four notices, one per decision; the name is also the template's. */
public enum NoticeType {
    /** 补正材料一次性告知书 (行政许可法 art. 32(1)(4)). */
    CORRECTION("correction"),
    /** 受理通知书 (art. 32(1)(5)). */
    ACCEPTANCE("acceptance"),
    /** 容缺受理通知书. */
    DEFERRED_ACCEPTANCE("deferred-acceptance"),
    /** 不予受理决定书 (art. 32(1)(1)(2)). */
    REFUSAL("refusal");

    private final String template;

    NoticeType(String template) {
        this.template = template;
    }

    String template() {
        return "notice/" + template;
    }

    public static NoticeType of(Decision decision) {
        return switch (decision) {
            case ACCEPTED -> ACCEPTANCE;
            case ACCEPTED_WITH_DEFERRAL -> DEFERRED_ACCEPTANCE;
            case CORRECTION_REQUIRED -> CORRECTION;
            case NOT_ACCEPTED -> REFUSAL;
        };
    }
}
