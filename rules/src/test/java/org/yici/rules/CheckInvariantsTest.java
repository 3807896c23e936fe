package org.yici.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.CheckRequest.Material;
import org.yici.rules.check.CheckRequest.Party;
import org.yici.rules.check.Checker;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.Form;

/** ARCHITECTURE §3's invariants on generated packages of GTGSH-SL. */
class CheckInvariantsTest {
    static Checker checker;

    @BeforeContainer
    static void build() {
        checker = new Checker(RuleBook.build(RuleSource.directory(Path.of("."))));
    }

    @Property(tries = 200)
    void resultDoesNotDependOnTheOrderOfMaterials(@ForAll("packages") CheckRequest request, @ForAll long seed) {
        List<Material> shuffled = new ArrayList<>(request.materials());
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        CheckOutcome original = checker.check(request);
        CheckOutcome reordered = checker.check(request.withMaterials(shuffled));
        assertThat(reordered).usingRecursiveComparison().isEqualTo(original);
    }

    @Property(tries = 100)
    void sameRequestAndRulesGiveTheSameResult(@ForAll("packages") CheckRequest request) {
        assertThat(checker.check(request)).usingRecursiveComparison().isEqualTo(checker.check(request));
    }

    /** Sessions are pooled and reset between checks: nothing of one check may reach the next. */
    @Property(tries = 100)
    void aCheckCarriesNothingIntoTheNext(
            @ForAll("packages") CheckRequest first, @ForAll("packages") CheckRequest between) {
        CheckOutcome before = checker.check(first);
        checker.check(between);
        assertThat(checker.check(first)).usingRecursiveComparison().isEqualTo(before);
    }

    /**
     * The plain case of the property above, which a session that kept its facts fails at once: the
     * materials of a complete package must not fill the next, empty one.
     */
    @Example
    void anEmptyPackageAfterACompleteOneIsStillEmpty() {
        List<Material> everything = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            everything.add(new Material("m" + i, "GTGSH-SL-0" + i, Form.ORIGINAL_AND_COPY, 2, null, null));
        }
        CheckRequest empty = request(List.of());
        CheckOutcome before = checker.check(empty);
        assertThat(before.findings()).isNotEmpty();
        assertThat(checker.check(request(everything)).findings())
                .hasSizeLessThan(before.findings().size());
        assertThat(checker.check(empty)).usingRecursiveComparison().isEqualTo(before);
    }

    private static CheckRequest request(List<Material> materials) {
        return new CheckRequest(
                "GTGSH-SL",
                LocalDate.of(2026, 3, 2),
                "WINDOW",
                new Party(ApplicantType.PERSON, "张三", "11010519491231002X", null),
                null,
                Map.of("familyBusiness", false, "preApproval", false),
                List.of(),
                List.of(),
                materials);
    }

    @Property(tries = 200)
    void everyFindingNamesItsRuleAndSourceLine(@ForAll("packages") CheckRequest request) {
        CheckOutcome outcome = checker.check(request);
        assertThat(outcome.findings()).allSatisfy(f -> {
            assertThat(f.rule()).isNotBlank();
            assertThat(f.source()).matches("matters/[A-Z-]+/requirements\\.drl:\\d+");
            assertThat(f.message()).isNotBlank();
        });
        boolean defects = !outcome.findings().isEmpty();
        assertThat(outcome.decision().name()).isEqualTo(defects ? outcomeWithDefects(outcome) : "ACCEPTED");
    }

    private static String outcomeWithDefects(CheckOutcome outcome) {
        return outcome.findings().stream().anyMatch(f -> f.code().name().equals("NOT_ELIGIBLE"))
                ? "NOT_ACCEPTED"
                : "CORRECTION_REQUIRED";
    }

    @Provide
    Arbitrary<CheckRequest> packages() {
        Arbitrary<Material> material = net.jqwik.api.Combinators.combine(
                        Arbitraries.of(
                                "GTGSH-SL-01",
                                "GTGSH-SL-02",
                                "GTGSH-SL-03",
                                "GTGSH-SL-04",
                                "GTGSH-SL-05",
                                "GTGSH-SL-06",
                                "GTGSH-SL-07"),
                        Arbitraries.of(Form.ORIGINAL, Form.COPY, Form.ORIGINAL_AND_COPY),
                        Arbitraries.integers().between(0, 2))
                .as((code, form, copies) -> new Material(null, code, form, copies, null, null));
        Arbitrary<List<Material>> materials = material.list().ofMaxSize(9);
        Arbitrary<Boolean> agent = Arbitraries.of(true, false);
        Arbitrary<ApplicantType> type =
                Arbitraries.of(ApplicantType.PERSON, ApplicantType.PERSON, ApplicantType.ORGANIZATION);
        Arbitrary<Map<String, Object>> situations = net.jqwik.api.Combinators.combine(
                        Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((family, pre) -> Map.of("familyBusiness", family, "preApproval", pre));
        return net.jqwik.api.Combinators.combine(materials, agent, type, situations)
                .as((list, withAgent, applicantType, sit) -> {
                    List<Material> withIds = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Material m = list.get(i);
                        withIds.add(new Material("m" + i, m.code(), m.form(), m.copies(), null, null));
                    }
                    return new CheckRequest(
                            "GTGSH-SL",
                            LocalDate.of(2026, 3, 2),
                            "WINDOW",
                            new Party(applicantType, "张三", "11010519491231002X", null),
                            withAgent ? new Party(null, "李四", "110101199003070011", null) : null,
                            sit,
                            List.of(),
                            List.of(),
                            withIds);
                });
    }
}
