package org.yici.engine.rulebase;

import java.util.Locale;

/**
 * A matter of one core material written by a test into a rules folder: its {@code matter.yaml}
 * and a {@code requirements.drl} that asks for the material. Reload and publishing tests add it,
 * change it and break it.
 */
public final class TestMatter {
    private TestMatter() {}

    /** {@code matter.yaml} of matter {@code code} (e.g. TEST-XK) named {@code name}. */
    public static String yaml(String code, String name) {
        return String.format(
                Locale.ROOT,
                """
                code: %1$s
                name: %2$s
                department: 测试部门
                basis: 《测试条例》
                applicantTypes: [PERSON]
                materials:
                  - code: %1$s-01
                    name: 测试申请书
                    form: ORIGINAL
                    copies: 1
                    core: true
                    type: APPLICATION_FORM
                    requirement: 申请人签字
                """,
                code,
                name);
    }

    /** {@code requirements.drl} of matter {@code code}: its one material is needed. */
    public static String drl(String code) {
        return String.format(
                Locale.ROOT,
                """
                package org.yici.matters.%1$s;

                import org.yici.rules.model.*;

                rule "%2$s-01 提交测试申请书"
                when
                    MatterCase( matter == "%2$s" )
                then
                    insertLogical( Need.of( "%2$s-01", drools.getRule() ) );
                end
                """,
                code.toLowerCase(Locale.ROOT).replace('-', '_'),
                code);
    }
}
