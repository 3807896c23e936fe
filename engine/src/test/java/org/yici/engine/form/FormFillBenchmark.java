package org.yici.engine.form;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.audit.AuditTrail.Actor;
import org.yici.engine.check.CheckService;
import org.yici.engine.licence.JdbcLicenceDirectory;
import org.yici.engine.population.RepeatApplicants;
import org.yici.engine.population.RepeatApplicants.Applicant;
import org.yici.engine.population.RepeatApplicants.Visit;
import org.yici.engine.rulebase.LiveRuleBook;
import org.yici.rules.model.ApplicantType;

/**
 * The share of application-form fields Yici pre-fills over a generated population of repeat
 * applicants ({@link RepeatApplicants}: 200 applicants, 3 visits each), visit by visit: before
 * each visit's check the form of its matter is filled for the applicant as the window knows them
 * (a person by ID card: number and name; an organisation by credit code), then the visit is
 * recorded as a check. Every filled value is compared with the applicant's true data, so a value
 * from the wrong holder would show. A tool, not a test: it runs only when asked and writes
 * docs/benchmarks/prefill.md.
 *
 * <pre>
 * ./mvnw -q -pl engine -am test -Dtest=FormFillBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dyici.benchmark.prefill=../docs/benchmarks/prefill.md
 * </pre>
 */
@OwnDataFolder
@SpringBootTest
@EnabledIfSystemProperty(named = "yici.benchmark.prefill", matches = ".+")
class FormFillBenchmark {
    static final long SEED = 19;
    static final int APPLICANTS = 200;
    static final int VISITS = 3;

    @Autowired
    FormService forms;

    @Autowired
    CheckService checks;

    @Autowired
    JdbcLicenceDirectory directory;

    @Autowired
    LiveRuleBook rules;

    /** Counts over some set of forms. */
    static final class Tally {
        int forms;
        int printed;
        int fillable;
        int filled;
        int agentFields;
        int wrong;
        final Map<FormSource, Integer> bySource = new EnumMap<>(FormSource.class);
        final Map<String, Integer> blankByPath = new TreeMap<>();

        void add(FilledForm form, int wrongValues) {
            forms++;
            printed += form.fields().size();
            for (FilledForm.Field f : form.fields()) {
                if (f.path() == null) {
                    continue;
                }
                if (f.path().startsWith("agent.")) {
                    agentFields++; // only the check's own request names its agent
                    continue;
                }
                fillable++;
                if (f.filled()) {
                    filled++;
                    bySource.merge(f.value().source(), 1, Integer::sum);
                } else {
                    blankByPath.merge(f.path(), 1, Integer::sum);
                }
            }
            wrong += wrongValues;
        }

        String row(String name) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %.1f %% | %d | %d | %d | %d |",
                    name,
                    forms,
                    fillable,
                    filled,
                    fillable == 0 ? 0.0 : 100.0 * filled / fillable,
                    bySource.getOrDefault(FormSource.APPLICANT, 0),
                    bySource.getOrDefault(FormSource.LICENCE, 0),
                    bySource.getOrDefault(FormSource.HISTORY, 0),
                    wrong);
        }
    }

    @Test
    void shareOfFormFieldsFilled() throws Exception {
        var population = RepeatApplicants.generate(SEED, APPLICANTS, VISITS, rules.book(), LocalDate.of(2025, 6, 2));
        directory.importCsv(new StringReader(population.licenceCsv()));
        Tally all = new Tally();
        Map<String, Tally> byVisit = new TreeMap<>();
        Map<String, Tally> byMatter = new TreeMap<>();
        Map<String, Tally> byKind = new TreeMap<>();
        int checked = 0;
        for (Visit visit : population.visits()) {
            String matter = visit.request().matter();
            if (forms.hasForm(matter)) {
                Applicant a = visit.applicant();
                ApplicantQuery query = a.type() == ApplicantType.PERSON
                        ? new ApplicantQuery(a.idNumber(), a.name(), null)
                        : new ApplicantQuery(null, null, a.creditCode());
                FilledForm form = forms.fill(matter, query);
                int wrong = wrongValues(form, a);
                all.add(form, wrong);
                byVisit.computeIfAbsent("visit " + visit.ordinal(), k -> new Tally())
                        .add(form, wrong);
                byMatter.computeIfAbsent(matter, k -> new Tally()).add(form, wrong);
                byKind.computeIfAbsent(kind(a), k -> new Tally()).add(form, wrong);
            }
            checks.check(visit.request(), new Actor("benchmark", null));
            checked++;
        }
        write(population.applicants().size(), checked, all, byVisit, byMatter, byKind);
    }

    private static String kind(Applicant a) {
        if (a.type() == ApplicantType.PERSON) {
            return a.idCardInDirectory() && !a.licenceExpired()
                    ? "person, ID card in directory"
                    : "person, no valid ID card in directory";
        }
        return a.licenceInDirectory() && !a.licenceExpired()
                ? "organisation, licence in directory"
                : "organisation, no valid licence in directory";
    }

    /** Values that are not the applicant's own (a leak from another holder would count here). */
    private static int wrongValues(FilledForm form, Applicant a) {
        Map<String, String> truth = new TreeMap<>();
        truth.put("applicant.name", a.name());
        truth.put("applicant.idNumber", a.idNumber());
        truth.put("applicant.creditCode", a.creditCode());
        truth.put("applicant.address", a.address());
        truth.put("applicant.phone", a.phone());
        truth.put("premises.address", a.premisesAddress());
        truth.put("business.scope", a.scope());
        truth.put("business.name", a.businessName());
        truth.put("licence.legalRepresentative", a.legalRepresentative());
        truth.put("licence.name", a.name());
        truth.put("licence.address", a.address());
        int wrong = 0;
        for (FilledForm.Field f : form.fields()) {
            if (f.filled() && truth.containsKey(f.path()) && !f.value().value().equals(truth.get(f.path()))) {
                wrong++;
            }
        }
        return wrong;
    }

    private static void write(
            int applicants,
            int checked,
            Tally all,
            Map<String, Tally> byVisit,
            Map<String, Tally> byMatter,
            Map<String, Tally> byKind)
            throws Exception {
        String header =
                """
                | group | forms | fillable fields | filled | share | 申请人提供 | 电子证照 | 既往办件 | wrong values |
                |---|---|---|---|---|---|---|---|---|
                """;
        StringBuilder md = new StringBuilder();
        md.append("# Pre-filled application forms (issue 19)\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Share of application-form fields Yici pre-fills (智能预填) over a generated population of repeat"
                        + " applicants: %d applicants (half people, half organisations), %d visits each across the"
                        + " catalog matters, %d checks recorded (seed %d). Before each visit's check the form of its"
                        + " matter is filled for the applicant as the window knows them at the door (a person by ID"
                        + " card: number and name; an organisation by credit code), then the visit is recorded as a"
                        + " check whose application form states phone, premises, business scope and business name."
                        + " 70 %% of people have their ID card in the licence directory, 80 %% of organisations their"
                        + " business licence, 1 in 20 of those expired.%n%n",
                applicants,
                VISITS,
                checked,
                SEED));
        md.append("Fillable fields are those naming a data path in `matter.yaml`, without the agent's fields (only"
                + " the check's own request names an agent: the window's button after the check fills them, a"
                + " form printed before does not). Fields only the applicant can fill (经营范围 of a new business,"
                + " 签字, 申请日期) name no path and are not counted. \"wrong values\" counts filled values that are"
                + " not the applicant's own (a leak from another holder would show there).\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Of %d printed fields on %d forms, %d named a data path (agent fields excluded) and %d were filled.%n%n",
                all.printed,
                all.forms,
                all.fillable,
                all.filled));
        md.append("## All forms\n\n").append(header).append(all.row("all")).append("\n\n");
        md.append("## By visit\n\n").append(header);
        byVisit.forEach((k, t) -> md.append(t.row(k)).append('\n'));
        md.append("\n## Fillable fields left blank, by data path\n\n| path | blank |\n|---|---|\n");
        all.blankByPath.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> md.append("| `")
                        .append(e.getKey())
                        .append("` | ")
                        .append(e.getValue())
                        .append(" |\n"));
        md.append("\n## By applicant\n\n").append(header);
        byKind.forEach((k, t) -> md.append(t.row(k)).append('\n'));
        md.append("\n## By matter\n\n").append(header);
        byMatter.forEach((k, t) -> md.append(t.row(k)).append('\n'));
        md.append(
                """

                Reading the tables: a first visit can only be filled from what the applicant states at the
                door and what the licence directory holds; every later visit adds what earlier checks stated
                (phone, premises, scope, business name). Most blanks are fields that do not apply to the
                applicant (the 公民身份号码 of an organisation or the credit code of a person on the forms
                that take either, the legal representative of a person), the phone and premises before any
                earlier application form stated them (FP-SL and YZ-BA have none), and licence fields of
                applicants with no valid licence in the directory.

                Earlier checks are all younger than `yici.prefill.max-age` here (they are recorded when the
                benchmark runs); that older checks are not read is tested (FormApiContract), not measured.

                Reproduce (H2, about two minutes):

                ```bash
                ./mvnw -q -pl engine -am test -Dtest=FormFillBenchmark -Dsurefire.failIfNoSpecifiedTests=false \\
                    -Dyici.benchmark.prefill=../docs/benchmarks/prefill.md
                ```

                The population comes from `engine/src/test/java/org/yici/engine/population/RepeatApplicants.java`
                (shared with the materials-reused benchmark of issue 19 item 2).
                """);
        Path out = Path.of(System.getProperty("yici.benchmark.prefill"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    }
}
