package org.yici.rules.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.Form;
import org.yici.rules.model.MaterialSpec;
import org.yici.rules.model.WaiverReason;

/**
 * A matter's {@code matter.yaml}: what the guide says about the matter and its materials.
 *
 * @param applicationForm how Yici pre-fills the matter's application form; null = not pre-filled
 */
public record MatterDefinition(
        String code,
        String name,
        String department,
        String basis,
        TimeLimit timeLimit,
        List<ApplicantType> applicantTypes,
        List<String> situations,
        DeferralPolicy deferral,
        CommitmentPolicy commitment,
        List<String> cancelled,
        List<Material> materials,
        ApplicationForm applicationForm) {

    public MatterDefinition {
        applicantTypes = applicantTypes == null ? List.of() : List.copyOf(applicantTypes);
        situations = situations == null ? List.of() : List.copyOf(situations);
        cancelled = cancelled == null ? List.of() : List.copyOf(cancelled);
        materials = materials == null ? List.of() : List.copyOf(materials);
        deferral = deferral == null ? DeferralPolicy.NOT_ALLOWED : deferral;
        commitment = commitment == null ? CommitmentPolicy.DEFAULT : commitment;
    }

    /**
     * @param statutory the legal time limit in words
     * @param statutoryWorkingDays the legal limit in working days, when the law gives one
     * @param promisedWorkingDays the office's promised limit (承诺时限); 0 = on the spot (即办)
     */
    public record TimeLimit(String statutory, Integer statutoryWorkingDays, Integer promisedWorkingDays) {}

    /**
     * 容缺受理 policy.
     *
     * @param materials the material codes that may follow later; absent = every non-core one
     *     (core materials never may, whatever this says)
     * @param source where the numbers come from (provincial rule or Yici default)
     */
    public record DeferralPolicy(
            boolean allowed, int maxItems, int workingDays, List<String> materials, String source) {
        public static final DeferralPolicy NOT_ALLOWED = new DeferralPolicy(false, 0, 0, null, null);
    }

    /**
     * 告知承诺 follow-up: the office verifies a commitment within this many working days of the
     * application. Yici's default is 20 working days, the decision period of 行政许可法 art. 42,
     * so a false commitment is found before the licence is granted; a local rule may set another.
     */
    public record CommitmentPolicy(int verificationWorkingDays, String source) {
        public static final CommitmentPolicy DEFAULT = new CommitmentPolicy(20, "Yici 默认值：行政许可法第四十二条规定的二十日决定期限内核查");
    }

    /**
     * One row of the guide's material table.
     *
     * @param requiredFields labels printed on the form that must be filled in (a scanned form's
     *     "联系电话：" with nothing after it is BLANK_FIELD); absent = the material type's default
     *     list (engine FieldSpec)
     */
    public record Material(
            String code,
            String name,
            Form form,
            Integer copies,
            boolean core,
            String when,
            String type,
            String subject,
            Set<WaiverReason> replaceableBy,
            String requirement,
            String basis,
            boolean inspectOnly,
            List<String> requiredFields) {

        public Material {
            requiredFields = requiredFields == null ? null : List.copyOf(requiredFields);
        }
    }

    /** The matter a material code belongs to by its form: {@code GTGSH-SL-01} → {@code GTGSH-SL}. */
    public static String matterOf(String materialCode) {
        int dash = materialCode.lastIndexOf('-');
        return dash < 0 ? materialCode : materialCode.substring(0, dash);
    }

    /** The row of the material {@code code}, or null when the matter has none. */
    public Material material(String code) {
        return materials.stream().filter(m -> m.code().equals(code)).findFirst().orElse(null);
    }

    /** The materials as facts, in the guide's order. */
    public List<MaterialSpec> specs() {
        List<MaterialSpec> specs = new ArrayList<>();
        for (int i = 0; i < materials.size(); i++) {
            Material m = materials.get(i);
            specs.add(new MaterialSpec(
                    code,
                    m.code(),
                    m.name(),
                    m.type(),
                    m.form(),
                    m.copies() == null ? 1 : m.copies(),
                    m.core(),
                    m.when(),
                    m.subject(),
                    m.replaceableBy() == null ? Set.of() : m.replaceableBy(),
                    m.requirement(),
                    m.basis() == null ? basis : m.basis(),
                    i + 1,
                    m.inspectOnly()));
        }
        return List.copyOf(specs);
    }
}
