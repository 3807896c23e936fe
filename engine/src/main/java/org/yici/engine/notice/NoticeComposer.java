package org.yici.engine.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yici.engine.check.CheckResult;
import org.yici.engine.notice.NoticeContent.Correction;
import org.yici.engine.notice.NoticeContent.Deferred;
import org.yici.engine.notice.NoticeContent.FollowUp;
import org.yici.engine.notice.NoticeContent.MatterLine;
import org.yici.engine.notice.NoticeContent.Office;
import org.yici.engine.notice.NoticeContent.Party;
import org.yici.engine.notice.NoticeContent.Refusal;
import org.yici.engine.notice.NoticeContent.Waived;
import org.yici.rules.build.RuleBook;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckOutcome.WaiverView;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.data.BundleDefinition;
import org.yici.rules.data.MatterDefinition;
import org.yici.rules.data.WorkingCalendar;
import org.yici.rules.data.WorkingCalendar.UnknownCalendarYearException;
import org.yici.rules.model.FindingCode;
import org.yici.rules.model.WaiverReason;

/** Turns a recorded check into what its notice says (行政许可法 art. 32). No I/O, no text. */
final class NoticeComposer {
    private final NoticeProperties properties;

    NoticeComposer(NoticeProperties properties) {
        this.properties = properties;
    }

    /**
     * @param number null for a preview
     * @param noticeDate the date printed next to the seal: the check's date in the office's zone
     */
    NoticeContent compose(
            CheckResult result,
            CheckRequest request,
            RuleBook book,
            String number,
            String supersedes,
            LocalDate noticeDate) {
        NoticeType type = NoticeType.of(result.decision());
        List<MatterDefinition> matters = mattersOf(result.matter(), book);
        Map<String, MatterDefinition.Material> materials = new LinkedHashMap<>();
        for (MatterDefinition m : matters) {
            m.materials().forEach(material -> materials.putIfAbsent(material.code(), material));
        }
        WorkingCalendar calendar = book.data().calendar();
        LocalDate applied = request.applicationDate();
        return new NoticeContent(
                type,
                number,
                supersedes,
                new Office(
                        properties.officeName(),
                        properties.officeCode(),
                        properties.reviewBody(),
                        properties.court(),
                        properties.phone()),
                party(request.applicant()),
                party(request.agent()),
                result.matter(),
                result.matterName(),
                matters.stream().map(m -> line(m, applied, calendar)).toList(),
                applied,
                noticeDate,
                corrections(result, materials),
                waived(result),
                deferred(result),
                list(result.verifications()).stream()
                        .map(v -> new FollowUp(v.material(), v.name(), v.dueDate(), v.basis()))
                        .toList(),
                list(result.findings()).stream()
                        .filter(f -> f.code() == FindingCode.NOT_ELIGIBLE)
                        .map(f -> new Refusal(f.message(), f.basis()))
                        .toList());
    }

    /** The matter itself, or each member of a bundle (一件事) in the bundle's order. */
    private static List<MatterDefinition> mattersOf(String code, RuleBook book) {
        MatterDefinition matter = book.matters().get(code);
        if (matter != null) {
            return List.of(matter);
        }
        BundleDefinition bundle = book.data().bundles().get(code);
        if (bundle == null) {
            return List.of();
        }
        return bundle.members().stream()
                .map(book.matters()::get)
                .filter(Objects::nonNull)
                .toList();
    }

    private static MatterLine line(MatterDefinition m, LocalDate applied, WorkingCalendar calendar) {
        MatterDefinition.TimeLimit limit = m.timeLimit();
        Integer statutory = limit == null ? null : limit.statutoryWorkingDays();
        Integer promised = limit == null ? null : limit.promisedWorkingDays();
        Integer days = promised != null ? promised : statutory;
        LocalDate expected = null;
        Integer unknownYear = null;
        if (days != null && applied != null) {
            try {
                expected = calendar.addWorkingDays(applied, days);
            } catch (UnknownCalendarYearException e) {
                // Say so on the notice: a guessed deadline is a promise the office cannot keep.
                unknownYear = e.year();
            }
        }
        return new MatterLine(
                m.code(),
                m.name(),
                m.department(),
                limit == null ? null : limit.statutory(),
                statutory,
                promised,
                days,
                expected,
                unknownYear);
    }

    private static List<Correction> corrections(CheckResult result, Map<String, MatterDefinition.Material> materials) {
        List<Correction> items = new ArrayList<>();
        for (FindingView f : list(result.findings())) {
            if (f.code() == FindingCode.NOT_ELIGIBLE) {
                continue;
            }
            MatterDefinition.Material m = f.material() == null ? null : materials.get(f.material());
            items.add(new Correction(
                    items.size() + 1,
                    f.material(),
                    f.name() != null ? f.name() : m == null ? null : m.name(),
                    f.message(),
                    m == null || m.form() == null ? null : m.form().name(),
                    m == null ? null : m.copies() == null ? 1 : m.copies(),
                    m == null ? null : m.requirement(),
                    f.basis()));
        }
        return List.copyOf(items);
    }

    /** Waivers to print as 无需提交; a cancelled certificate is never named to an applicant. */
    private static List<Waived> waived(CheckResult result) {
        return list(result.waived()).stream()
                .filter(w -> w.reason() != WaiverReason.CANCELLED && w.name() != null)
                .map((WaiverView w) ->
                        new Waived(w.material(), w.name(), w.reason().name(), w.basis()))
                .toList();
    }

    private static List<Deferred> deferred(CheckResult result) {
        List<Deferred> items = new ArrayList<>();
        for (var d : list(result.deferred())) {
            items.add(new Deferred(items.size() + 1, d.material(), d.name(), d.dueDate(), d.commitment()));
        }
        return List.copyOf(items);
    }

    private static Party party(CheckRequest.Party p) {
        if (p == null) {
            return null;
        }
        boolean organisation = p.creditCode() != null && !p.creditCode().isBlank();
        return new Party(p.name(), organisation ? p.creditCode() : mask(p.idNumber()), organisation);
    }

    /** 110105********002X: enough for the applicant to recognise, not enough to misuse. */
    static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() < 11) {
            return idNumber;
        }
        return idNumber.substring(0, 6)
                + "*".repeat(idNumber.length() - 10)
                + idNumber.substring(idNumber.length() - 4);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
