package org.yici.engine.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where each type states its fields: the labels printed before a value (document vocabulary,
 * regular expressions over NFKC text without spaces) and what kind of value follows.
 */
final class FieldSpec {
    private FieldSpec() {}

    enum Kind {
        NAME,
        SEX,
        TEXT,
        ID_NUMBER,
        CREDIT_CODE,
        DATE,
        /** "2016.01.01-2036.01.01", "2020年1月1日至长期": the end. */
        PERIOD_END,
        /** "自2025年6月1日起至2027年5月31日止": the end, possibly on the next line. */
        TERM_END
    }

    /**
     * One field: its key, the label pattern, the kind of value. {@code after} names a label that
     * must come on an earlier line of the page (the lessee's ID number follows the lessee).
     * {@code required} fields of a form are reported when their label has nothing after it.
     */
    record Field(String key, String label, Kind kind, String after, boolean required, boolean blankOnly) {
        Field(String key, String label, Kind kind) {
            this(key, label, kind, null, false, false);
        }

        Field asRequired() {
            return withRequired(true);
        }

        Field withRequired(boolean isRequired) {
            return new Field(key, label, kind, after, isRequired, blankOnly);
        }

        Field following(String previous) {
            return new Field(key, label, kind, previous, required, blankOnly);
        }
    }

    /**
     * The type's fields with a matter's own required labels instead of the type's: a label the
     * type reads (its pattern matches the label as printed) becomes required, any other label is
     * looked for only to see whether it was left blank. {@code null} keeps the type's list.
     */
    static List<Field> withRequired(List<Field> fields, List<String> labels) {
        if (labels == null) {
            return fields;
        }
        List<String> printed = labels.stream().map(PageText::squeeze).toList();
        List<Field> out = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Field f : fields) {
            Pattern label = Pattern.compile(f.label());
            List<String> mine =
                    printed.stream().filter(l -> label.matcher(l).matches()).toList();
            covered.addAll(mine);
            out.add(f.withRequired(!mine.isEmpty()));
        }
        for (String l : printed) {
            if (!covered.contains(l)) {
                out.add(new Field("label:" + l, Pattern.quote(l), Kind.TEXT, null, true, true));
            }
        }
        return List.copyOf(out);
    }

    static final Map<String, List<Field>> BY_TYPE = Map.of(
            "ID_CARD",
            List.of(
                    new Field("name", "姓名", Kind.NAME),
                    new Field("sex", "性别", Kind.SEX),
                    new Field("birthDate", "出生", Kind.DATE),
                    new Field("address", "住址", Kind.TEXT),
                    new Field("idNumber", "公民身份号码", Kind.ID_NUMBER),
                    new Field("issuer", "签发机关", Kind.TEXT),
                    new Field("validUntil", "有效期限", Kind.PERIOD_END)),
            "BUSINESS_LICENSE",
            List.of(
                    new Field("creditCode", "统一社会信用代码", Kind.CREDIT_CODE),
                    new Field("name", "名称", Kind.TEXT),
                    new Field("companyType", "类型", Kind.TEXT),
                    new Field("legalRepresentative", "(?:法定代表人|经营者|负责人)", Kind.NAME),
                    new Field("address", "(?:住所|经营场所|主要经营场所)", Kind.TEXT),
                    new Field("establishedOn", "(?:成立日期|注册日期)", Kind.DATE)),
            "PREMISES_PROOF",
            List.of(
                    new Field("lessorName", "出租方(?:\\(甲方\\))?", Kind.NAME),
                    new Field("lessorIdNumber", "身份证(?:号码|号)", Kind.ID_NUMBER).following("出租方"),
                    new Field("name", "承租方(?:\\(乙方\\))?", Kind.NAME),
                    new Field("idNumber", "身份证(?:号码|号)", Kind.ID_NUMBER).following("承租方"),
                    new Field("premisesAddress", "房屋坐落(?:于)?", Kind.TEXT),
                    new Field("validUntil", "租赁期限", Kind.TERM_END)),
            "POWER_OF_ATTORNEY",
            List.of(
                    new Field("principalName", "委托人", Kind.NAME).asRequired(),
                    new Field("name", "(?:受托人|代理人)(?:姓名)?", Kind.NAME).asRequired(),
                    new Field("idNumber", "(?:受托人|代理人)?身份证(?:号码|号)", Kind.ID_NUMBER)
                            .following("受托人")
                            .asRequired(),
                    new Field("matters", "委托事项", Kind.TEXT).asRequired(),
                    new Field("validUntil", "委托期限", Kind.TERM_END),
                    new Field("date", "(?:委托日期|日期)", Kind.DATE).asRequired()),
            "HEALTH_CERTIFICATE",
            List.of(
                    new Field("name", "姓名", Kind.NAME),
                    new Field("sex", "性别", Kind.SEX),
                    new Field("date", "(?:体检日期|发证日期)", Kind.DATE),
                    new Field("validUntil", "有效期(?:至|限)", Kind.DATE)),
            "COMMITMENT_LETTER",
            List.of(
                    new Field("matters", "承诺事项", Kind.TEXT),
                    new Field("name", "承诺人(?:\\(签字\\))?", Kind.NAME).asRequired(),
                    new Field("date", "(?:承诺日期|日期)", Kind.DATE).asRequired()),
            "APPLICATION_FORM",
            List.of(
                    new Field("name", "(?:经营者姓名|申请人姓名|申请人|姓名|企业名称|名称)", Kind.NAME).asRequired(),
                    new Field("idNumber", "(?:公民身份号码|身份证号码|身份证号)", Kind.ID_NUMBER),
                    new Field("creditCode", "统一社会信用代码", Kind.CREDIT_CODE),
                    new Field("phone", "联系电话", Kind.TEXT).asRequired(),
                    new Field("premisesAddress", "(?:经营场所|住所)", Kind.TEXT).asRequired(),
                    new Field("scope", "经营范围", Kind.TEXT).asRequired(),
                    new Field("date", "申请日期", Kind.DATE).asRequired()));
}
