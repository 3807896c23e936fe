package org.yici.engine.form;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.yici.engine.check.CheckResult;
import org.yici.engine.check.CheckService;
import org.yici.engine.licence.LicenceDetails;
import org.yici.engine.licence.LicenceDirectory;
import org.yici.engine.notice.NoticeProperties;
import org.yici.engine.rulebase.LiveRuleBook;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.data.ApplicationForm;
import org.yici.rules.data.MatterDefinition;

/** Fills a matter's application form for an applicant and prints it. */
@Service
public class FormService {
    private static final Logger log = LoggerFactory.getLogger(FormService.class);

    private final LiveRuleBook rules;
    private final CheckService checks;
    private final CheckHistory history;
    private final LicenceDirectory licences;
    private final FormProperties properties;
    private final NoticeProperties office;
    private final FormRenderer renderer;
    private final PrintedForms printed;
    private final Clock clock;

    FormService(
            LiveRuleBook rules,
            CheckService checks,
            CheckHistory history,
            LicenceDirectory licences,
            FormProperties properties,
            NoticeProperties office,
            PrintedForms printed,
            Clock clock) {
        this.rules = rules;
        this.checks = checks;
        this.history = history;
        this.licences = licences;
        this.properties = properties;
        this.office = office;
        this.renderer = new FormRenderer(office);
        this.printed = printed;
        this.clock = clock;
    }

    /** The form of {@code matter} filled for the applicant of {@code query}. */
    public FilledForm fill(String matter, ApplicantQuery query) {
        if (query.isEmpty()) {
            throw new FormException(
                    FormException.Kind.NO_APPLICANT, "请提供申请人的公民身份号码（idNumber）或统一社会信用代码（creditCode），或核验编号（checkId）");
        }
        return fill(definition(matter), query, null, null, clock.instant());
    }

    /** The form of {@code matter} filled for the applicant and agent of check {@code checkId}. */
    public FilledForm fillForCheck(String matter, String checkId) {
        MatterDefinition definition = definition(matter);
        CheckResult result = checks.find(checkId)
                .orElseThrow(() -> new FormException(FormException.Kind.NOT_FOUND, "没有编号为 " + checkId + " 的核验记录"));
        CheckRequest request = checks.requestOf(checkId);
        CheckRequest.Party applicant = request.applicant();
        ApplicantQuery query = applicant == null
                ? new ApplicantQuery(null, null, null)
                : new ApplicantQuery(applicant.idNumber(), applicant.name(), applicant.creditCode());
        // Only what was known by then: a reprint of the check's form does not change with later visits.
        return fill(definition, query, request, checkId, result.checkedAt());
    }

    /** Whether {@code matter} has an application form to pre-fill (the window shows its button then). */
    public boolean hasForm(String matter) {
        MatterDefinition definition = rules.book().matters().get(matter);
        return definition != null && definition.applicationForm() != null;
    }

    public String html(FilledForm form) {
        return renderer.html(form);
    }

    public byte[] pdf(FilledForm form) {
        return renderer.pdf(form, clock.instant());
    }

    private FilledForm fill(
            MatterDefinition matter, ApplicantQuery query, CheckRequest request, String checkId, Instant at) {
        ZoneId zone = office.zone();
        LocalDate today = LocalDate.ofInstant(at, zone);
        FormData data = new FormData();
        FormSources.fromRequest(data, query, request);
        List<String> holders = query.holders();
        try {
            List<LicenceDetails> found = licences.detailsOf(holders);
            FormSources.fromLicences(data, found, today);
        } catch (LicenceDirectory.LicenceDirectoryUnavailableException e) {
            // The form is still worth printing; what the licence would have filled stays blank.
            log.warn("licence directory unavailable for a pre-filled form: {}", e.getMessage());
        }
        Instant since = today.minus(properties.maxAge()).atStartOfDay(zone).toInstant();
        List<CheckHistory.Earlier> earlier = new ArrayList<>();
        for (String holder : holders) {
            earlier.addAll(history.of(holder, since, at, checkId));
        }
        earlier.sort((a, b) -> b.checkedAt().compareTo(a.checkedAt()));
        for (CheckHistory.Earlier e : earlier) {
            FormSources.fromEarlier(data, e, zone);
        }
        ApplicationForm form = matter.applicationForm();
        List<FilledForm.Field> fields = new ArrayList<>();
        String section = null;
        for (ApplicationForm.Field f : form.fields()) {
            section = f.section() == null ? section : f.section();
            fields.add(
                    new FilledForm.Field(section, f.label(), f.path(), f.path() == null ? null : data.get(f.path())));
        }
        String title = form.title() != null
                ? form.title()
                : matter.material(form.material()).name();
        // Kept under the number printed on it, so the form handed back is compared with this.
        List<PrintedForms.PrintedField> values = fields.stream()
                .filter(FilledForm.Field::filled)
                .map(f -> new PrintedForms.PrintedField(
                        f.label(), f.path(), f.value().value()))
                .toList();
        String number = PrintedForms.numberOf(matter.code(), checkId, values);
        printed.record(new PrintedForms.Printed(number, matter.code(), checkId, values), clock.instant());
        return new FilledForm(
                matter.code(),
                matter.name(),
                title,
                form.material(),
                office.officeName(),
                query,
                fields,
                today,
                number);
    }

    private MatterDefinition definition(String code) {
        MatterDefinition matter = rules.book().matters().get(code);
        if (matter == null) {
            throw new FormException(FormException.Kind.NOT_FOUND, "未知的事项编码：" + code);
        }
        if (matter.applicationForm() == null) {
            throw new FormException(FormException.Kind.NOT_FOUND, "事项 " + code + " 没有可预填的申请书");
        }
        return matter;
    }
}
