package org.yici.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.data.Yaml;

/** In a bundle (一件事) a material asked once says which member matters it served. */
class BundleServesMattersTest {

    @Test
    void theLegalRepresentativesIdCopyServesCompanyRegistrationAndSealRecording() {
        Checker checker = new Checker(RuleBook.build(RuleSource.directory(Path.of("."))));
        CheckOutcome outcome = checker.check(Yaml.read(
                "request.yaml",
                """
                matter: QYKB
                applicationDate: 2026-03-02
                applicant: {type: ORGANIZATION, name: 北京某某科技有限公司, creditCode: 91110105MA01ABCD13}
                situations: {invoiceMedium: DIGITAL}
                materials:
                  - {code: GS-SL-01, form: ORIGINAL, copies: 1}
                  - {code: GS-SL-02, form: ORIGINAL, copies: 1}
                  - {code: GS-SL-03, form: COPY, copies: 1}
                  - {code: GS-SL-04, form: ORIGINAL, copies: 1}
                  - {code: GS-SL-05, form: COPY, copies: 1}
                  - {code: GS-SL-06, form: COPY, copies: 1}
                  - {code: FP-SL-01, form: ORIGINAL, copies: 1}
                """,
                CheckRequest.class));

        CheckOutcome.ChecklistItem idCopy = outcome.checklist().stream()
                .filter(i -> i.material().equals("GS-SL-05"))
                .findFirst()
                .orElseThrow();
        assertThat(idCopy.status()).isEqualTo("OK");
        assertThat(idCopy.alsoFor()).containsExactly("YZ-BA-02");
        assertThat(idCopy.servesMatters()).containsExactly("GS-SL", "YZ-BA");
        CheckOutcome.ChecklistItem form = outcome.checklist().stream()
                .filter(i -> i.material().equals("GS-SL-01"))
                .findFirst()
                .orElseThrow();
        assertThat(form.servesMatters()).isEmpty();
    }
}
