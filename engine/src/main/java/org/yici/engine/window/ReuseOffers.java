package org.yici.engine.window;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yici.engine.reuse.HandedInMaterial;
import org.yici.engine.reuse.MaterialReuse;
import org.yici.rules.check.CheckRequest;

/**
 * The earlier materials the check page offers for reuse (免于提交): what the applicant and agent
 * on the form handed in with accepted checks and may still use today. Staff tick what the
 * applicant wants reused; the check then waives those requirements.
 */
@Component
class ReuseOffers {
    private final MaterialReuse reuse;

    ReuseOffers(MaterialReuse reuse) {
        this.reuse = reuse;
    }

    /**
     * One offer as the page shows it.
     *
     * @param value the {@code reuse} form value
     * @param ticked whether the form has it ticked
     */
    record Offer(String value, String name, String material, String checkId, LocalDate handedInOn, boolean ticked) {}

    /**
     * The offers for the applicant and agent on the form (none until it names one).
     *
     * @param shownCheckId the check the page shows, whose own materials are not "before"; null for none
     */
    List<Offer> of(CheckRequest request, CheckForm form, String shownCheckId) {
        return reuse.offers(request, shownCheckId).stream()
                .map(m -> offer(m, form))
                .toList();
    }

    private static Offer offer(HandedInMaterial m, CheckForm form) {
        String value = CheckForm.reuseValue(m.checkId(), m.material());
        return new Offer(
                value,
                m.name(),
                m.material(),
                m.checkId(),
                m.handedInOn(),
                form.reuse().contains(value));
    }
}
