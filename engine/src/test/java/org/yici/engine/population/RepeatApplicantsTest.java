package org.yici.engine.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.Checker;
import org.yici.rules.model.Ids;

/** The shared population is usable as it comes: valid identifiers, requests the rules accept. */
class RepeatApplicantsTest {
    static final RuleBook BOOK = RuleBook.build(RuleSource.classpath());

    @Test
    void everyVisitIsAValidRequestOfValidIdentifiers() {
        var population = RepeatApplicants.generate(19, 40, 3, BOOK, LocalDate.of(2025, 6, 2));
        assertThat(population.visits()).hasSize(120);
        Checker checker = new Checker(BOOK);
        for (var visit : population.visits()) {
            assertThatCode(() -> checker.check(visit.request()))
                    .as("%s %s", visit.request().matter(), visit.request().situations())
                    .doesNotThrowAnyException();
        }
        for (var a : population.applicants()) {
            assertThat(a.idNumber()).matches(Ids::validIdNumber);
            if (a.creditCode() != null) {
                assertThat(a.creditCode()).matches(Ids::validCreditCode);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePopulation() {
        var one = RepeatApplicants.generate(7, 10, 3, BOOK, LocalDate.of(2025, 6, 2));
        var two = RepeatApplicants.generate(7, 10, 3, BOOK, LocalDate.of(2025, 6, 2));
        assertThat(two).isEqualTo(one);
        assertThat(RepeatApplicants.generate(8, 10, 3, BOOK, LocalDate.of(2025, 6, 2)))
                .isNotEqualTo(one);
    }
}
