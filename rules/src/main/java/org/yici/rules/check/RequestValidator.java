package org.yici.rules.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yici.rules.build.RuleBook;
import org.yici.rules.check.InvalidRequestException.Kind;
import org.yici.rules.check.InvalidRequestException.Problem;
import org.yici.rules.data.BundleDefinition;
import org.yici.rules.data.MatterDefinition;
import org.yici.rules.data.SituationDefinition;
import org.yici.rules.data.WorkingCalendar;
import org.yici.rules.model.Application;
import org.yici.rules.model.BundleProvision;
import org.yici.rules.model.DeferralTerm;
import org.yici.rules.model.Form;
import org.yici.rules.model.MaterialSpec;
import org.yici.rules.model.MatterCase;
import org.yici.rules.model.Person;
import org.yici.rules.model.SharedLicence;
import org.yici.rules.model.Situation;
import org.yici.rules.model.Submitted;

/**
 * Turns a request into session facts, or rejects it with every problem at once. Validation is
 * strict on purpose: a typo in a situation key must not silently drop a required material.
 */
final class RequestValidator {
    private final RuleBook book;

    RequestValidator(RuleBook book) {
        this.book = book;
    }

    CaseFacts validate(CheckRequest request) {
        List<Problem> problems = new ArrayList<>();
        List<MatterDefinition> members = members(request.matter(), problems);
        if (members.isEmpty()) {
            // Without a matter, no material or situation can be judged: say only what is wrong.
            throw new InvalidRequestException(problems);
        }
        if (request.applicationDate() == null) {
            problems.add(problem(Kind.MISSING_FIELD, "applicationDate", "request.applicationDate.missing"));
        }
        if (request.applicant() == null || request.applicant().type() == null) {
            problems.add(problem(Kind.MISSING_FIELD, "applicant", "request.applicant.missing"));
        }
        String channel = request.channel() == null ? "WINDOW" : request.channel();
        if (!channel.equals("WINDOW") && !channel.equals("ONLINE")) {
            problems.add(problem(Kind.MISSING_FIELD, "channel", "request.channel.invalid", channel));
        }
        List<Situation> situations = situations(request, members, problems);
        Map<String, MaterialSpec> specs = new HashMap<>();
        members.forEach(m -> m.specs().forEach(s -> specs.put(s.code(), s)));
        List<Submitted> submitted = materials(request, specs, channel, problems);
        commitments(request, specs, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Map<String, String> situationValues = new HashMap<>();
        situations.forEach(sit -> situationValues.put(sit.key(), sit.value()));
        BundleDefinition bundle = book.data().bundles().get(request.matter());
        List<MatterCase> cases = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            cases.add(new MatterCase(
                    members.get(i).code(),
                    bundle == null ? null : bundle.code(),
                    i,
                    request.applicant().type(),
                    request.agent() != null,
                    situationValues));
        }
        List<BundleProvision> provisions = bundle == null
                ? List.of()
                : bundle.provides().stream()
                        .map(p -> new BundleProvision(bundle.code(), p.member(), p.type(), p.basis()))
                        .toList();
        Application application = new Application(
                request.applicationDate(),
                channel,
                person(request.applicant()),
                request.agent() == null ? null : person(request.agent()),
                new LinkedHashSet<>(request.commitments()));
        List<MaterialSpec> allSpecs =
                members.stream().flatMap(m -> m.specs().stream()).toList();
        List<SharedLicence> licences = request.sharedData().stream()
                .map(r -> new SharedLicence(r.type(), r.number(), r.holder(), r.validUntil(), r.source()))
                .toList();
        List<DeferralTerm> terms = members.stream()
                .map(m -> deferralTerm(m, request.applicationDate()))
                .toList();
        return new CaseFacts(
                application,
                cases,
                situations,
                allSpecs,
                submitted,
                provisions,
                licences,
                List.copyOf(book.data().cancelled().values()),
                terms);
    }

    private DeferralTerm deferralTerm(MatterDefinition matter, java.time.LocalDate applied) {
        var policy = matter.deferral();
        java.time.LocalDate due = null;
        int unknownYear = 0;
        if (policy.allowed()) {
            try {
                due = book.data().calendar().addWorkingDays(applied, policy.workingDays());
            } catch (WorkingCalendar.UnknownCalendarYearException e) {
                unknownYear = e.year();
            }
        }
        return new DeferralTerm(
                matter.code(),
                policy.allowed(),
                policy.maxItems(),
                policy.materials() == null ? null : Set.copyOf(policy.materials()),
                due,
                unknownYear);
    }

    /** The matters a request names: one matter, or a bundle's members in order. */
    List<MatterDefinition> members(String code, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(problem(Kind.MISSING_FIELD, "matter", "request.matter.missing"));
            return List.of();
        }
        MatterDefinition matter = book.matters().get(code);
        if (matter != null) {
            return List.of(matter);
        }
        BundleDefinition bundle = book.data().bundles().get(code);
        if (bundle != null) {
            return bundle.members().stream().map(book.matters()::get).toList();
        }
        problems.add(problem(Kind.UNKNOWN_MATTER, "matter", "request.matter.unknown", code));
        return List.of();
    }

    private List<Situation> situations(CheckRequest request, List<MatterDefinition> members, List<Problem> problems) {
        Map<String, SituationDefinition> known = book.data().situations();
        Map<String, String> values = new TreeMap<>();
        request.situations().forEach((key, raw) -> {
            SituationDefinition def = known.get(key);
            if (def == null) {
                problems.add(problem(Kind.INVALID_SITUATION, "situations." + key, "request.situation.unknown", key));
                return;
            }
            String value = def.normalise(raw);
            if (value == null) {
                problems.add(
                        problem(Kind.INVALID_SITUATION, "situations." + key, "request.situation.invalid", key, raw));
            } else {
                values.put(key, value);
            }
        });
        for (MatterDefinition member : members) {
            for (String key : member.situations()) {
                SituationDefinition def = known.get(key);
                if (values.containsKey(key) || def == null) {
                    continue;
                }
                if (def.defaultValue() != null) {
                    values.put(key, def.defaultValue());
                } else if (!request.situations().containsKey(key)) {
                    problems.add(problem(
                            Kind.INVALID_SITUATION,
                            "situations." + key,
                            "request.situation.missing",
                            member.code(),
                            key,
                            def.question()));
                }
            }
        }
        return values.entrySet().stream()
                .map(e -> new Situation(e.getKey(), e.getValue()))
                .toList();
    }

    private List<Submitted> materials(
            CheckRequest request, Map<String, MaterialSpec> specs, String channel, List<Problem> problems) {
        List<Submitted> submitted = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < request.materials().size(); i++) {
            CheckRequest.Material m = request.materials().get(i);
            String field = "materials[" + i + "]";
            String id = m.id() == null ? "m" + (i + 1) : m.id();
            if (!ids.add(id)) {
                problems.add(problem(Kind.INVALID_MATERIAL, field + ".id", "request.material.duplicateId", id));
            }
            if (m.code() == null && m.file() == null) {
                problems.add(problem(Kind.INVALID_MATERIAL, field, "request.material.empty", id));
            }
            if (m.code() != null && !specs.containsKey(m.code())) {
                boolean exists = book.matters().values().stream()
                        .anyMatch(d -> d.specs().stream().anyMatch(s -> s.code().equals(m.code())));
                problems.add(
                        exists
                                ? problem(
                                        Kind.MATERIAL_OF_ANOTHER_MATTER,
                                        field + ".code",
                                        "request.material.otherMatter",
                                        m.code(),
                                        request.matter())
                                : problem(
                                        Kind.UNKNOWN_MATERIAL, field + ".code", "request.material.unknown", m.code()));
            }
            Form form = m.form();
            if (form == null && m.file() != null && channel.equals("ONLINE")) {
                form = Form.ELECTRONIC;
            }
            if (form == null) {
                problems.add(problem(Kind.INVALID_MATERIAL, field + ".form", "request.material.form", id));
            }
            int copies = m.copies() == null ? 1 : m.copies();
            if (copies < 0) {
                problems.add(problem(Kind.INVALID_MATERIAL, field + ".copies", "request.material.copies", id));
            }
            submitted.add(new Submitted(id, m.code(), form, copies, m.file(), m.fields()));
        }
        return submitted;
    }

    private void commitments(CheckRequest request, Map<String, MaterialSpec> specs, List<Problem> problems) {
        for (String c : request.commitments()) {
            // A commitment for a material whose guide allows none is not a request error: the check
            // goes on and the material's finding says why the commitment cannot replace it (waive.drl).
            MaterialSpec spec = c.startsWith("CERT:") ? specs.get(c.substring(5)) : null;
            if (spec == null && !c.equals("DEFERRAL")) {
                problems.add(problem(Kind.INVALID_COMMITMENT, "commitments", "request.commitment.invalid", c));
            }
        }
        for (int i = 0; i < request.sharedData().size(); i++) {
            CheckRequest.SharedDataRef ref = request.sharedData().get(i);
            if (ref.type() == null
                    || ref.number() == null
                    || !book.data().materialTypes().containsKey(ref.type())) {
                problems.add(problem(
                        Kind.INVALID_MATERIAL,
                        "sharedData[" + i + "]",
                        "request.sharedData.invalid",
                        ref.type(),
                        ref.number()));
            }
        }
    }

    private static Person person(CheckRequest.Party p) {
        return new Person(p.type(), p.name(), p.idNumber(), p.creditCode());
    }

    private static Problem problem(Kind kind, String field, String key, Object... args) {
        return new Problem(kind, field, Messages.get(key, args));
    }
}
