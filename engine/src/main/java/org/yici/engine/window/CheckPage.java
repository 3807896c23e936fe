package org.yici.engine.window;

import java.util.List;
import org.yici.engine.check.CheckResult;
import org.yici.engine.deferral.Deferral;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.engine.matter.MatterViews;
import org.yici.rules.check.CheckOutcome.DeferredItem;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckOutcome.WaiverView;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.Form;

/**
 * Everything the check page shows: the matter's checklist as a form, and the result when there
 * is one, each finding next to its material.
 *
 * @param result null before the first check
 * @param problems why the request could not be checked (e.g. a missing applicant name)
 * @param general findings about no single material (e.g. 不属于受理范围)
 * @param cancelled waivers of cancelled certificates (shown without their names)
 */
record CheckPage(
        String matter,
        String matterName,
        String department,
        List<ApplicantType> applicantTypes,
        List<Question> questions,
        List<Row> rows,
        boolean deferralAllowed,
        CheckForm form,
        CheckResult result,
        List<String> problems,
        List<FindingView> general,
        List<WaiverView> cancelled,
        List<Deferral> deferrals) {

    /** A situation question with the answer given (or its default). */
    record Question(MatterViews.Situation situation, String answer) {
        public String inputId() {
            return "sit-" + situation.key();
        }
    }

    /**
     * One material of the checklist: what staff ticked, and where it stands after the check.
     *
     * @param applicable whether it is needed given the answers so far (else hidden)
     * @param status null before a check; OK, WAIVED, DEFERRED or a finding code
     * @param file the name of the file uploaded for it, null for paper only
     * @param document what ingest read from that file, null before a check or without a file
     * @param typeName the name of the material type the file's content looks like, null when none
     * @param fileHref where staff open the kept file, null when none was kept
     */
    record Row(
            MatterViews.Material material,
            boolean applicable,
            boolean ticked,
            Form form,
            int copies,
            boolean commitmentAllowed,
            boolean committed,
            String status,
            List<FindingView> findings,
            WaiverView waiver,
            DeferredItem deferred,
            String file,
            DocumentEvidence document,
            String typeName,
            String fileHref) {

        public String rowClass() {
            if (status == null) {
                return "material";
            }
            return switch (status) {
                case "OK" -> "material ok";
                case "WAIVED" -> "material waived";
                case "DEFERRED" -> "material deferred";
                default -> "material defect";
            };
        }
    }
}
