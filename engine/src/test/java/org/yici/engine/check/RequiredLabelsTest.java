package org.yici.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.data.MatterDefinition;
import org.yici.rules.data.Yaml;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.Form;

/** A matter.yaml's requiredFields reach the reading of the material offered for that row. */
class RequiredLabelsTest {
    static final MatterDefinition MATTER = Yaml.read(
            "matters/DEMO/matter.yaml",
            """
            code: DEMO
            name: 示例事项
            materials:
              - code: DEMO-01
                name: 申请书
                form: ORIGINAL
                type: APPLICATION_FORM
                requiredFields: [经营者姓名, 资金数额]
              - code: DEMO-02
                name: 身份证明
                form: COPY
                type: ID_CARD
            """,
            MatterDefinition.class);

    @Test
    void aRowThatNamesLabelsGivesThemToItsMaterialAndOtherRowsKeepTheTypeDefault() {
        CheckRequest request = new CheckRequest(
                "DEMO",
                LocalDate.of(2026, 3, 2),
                "WINDOW",
                new CheckRequest.Party(ApplicantType.PERSON, "张三", null, null),
                null,
                Map.of(),
                List.of(),
                List.of(),
                List.of(
                        new CheckRequest.Material("m1", "DEMO-01", Form.ORIGINAL, 1, "a.png", null),
                        new CheckRequest.Material("m2", "DEMO-02", Form.COPY, 1, "b.png", null),
                        new CheckRequest.Material("m3", null, Form.COPY, 1, "c.png", null)));
        assertThat(CheckService.requiredLabels(request, Map.of("DEMO", MATTER)))
                .containsExactly(Map.entry("m1", List.of("经营者姓名", "资金数额")));
    }
}
