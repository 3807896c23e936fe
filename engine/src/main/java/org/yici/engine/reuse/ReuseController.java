package org.yici.engine.reuse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yici.engine.storage.CheckFiles;
import org.yici.rules.check.CheckRequest;

/**
 * {@code /api/v1/reusable-materials}: what an applicant (and agent) handed in before and need not
 * hand in again (免于提交), for the window or an intake system to offer; a check names the chosen
 * ones in its {@code reuse} list.
 */
@RestController
@RequestMapping("/api/v1/reusable-materials")
class ReuseController {
    private final MaterialReuse reuse;
    private final CheckFiles files;
    private final Clock clock;

    ReuseController(MaterialReuse reuse, CheckFiles files, Clock clock) {
        this.reuse = reuse;
        this.files = files;
        this.clock = clock;
    }

    /**
     * One material that may be reused.
     *
     * @param checkId and {@code material}: what to put in the check's {@code reuse} list
     * @param validUntil the end of validity read from its file, null when none was read
     * @param file where its file is downloaded (staff), null when it was handed in on paper
     */
    record Offer(
            String checkId,
            String material,
            String type,
            String name,
            String holder,
            LocalDate handedInOn,
            LocalDate validUntil,
            String file) {}

    @GetMapping(produces = "application/json")
    List<Offer> offers(
            @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String agentIdNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate applicationDate) {
        CheckRequest request = new CheckRequest(
                null,
                applicationDate != null ? applicationDate : LocalDate.now(clock),
                null,
                new CheckRequest.Party(null, null, idNumber, creditCode),
                agentIdNumber == null ? null : new CheckRequest.Party(null, null, agentIdNumber, null),
                null,
                null,
                null,
                null);
        return reuse.offers(request, null).stream()
                .map(m -> new Offer(
                        m.checkId(),
                        m.material(),
                        m.type(),
                        m.name(),
                        m.holder(),
                        m.handedInOn(),
                        m.validUntil(),
                        m.fileLink(files.of(m.checkId()))))
                .toList();
    }
}
