package org.yici.engine.notice;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a notice template prints, already chosen and ordered; the templates only lay it out
 * and add the words from the message bundle.
 *
 * @param number the notice number, or null on a preview (the template prints 预览)
 * @param supersedes the number of the notice this one replaces, or null
 */
public record NoticeContent(
        NoticeType type,
        String number,
        String supersedes,
        Office office,
        Party applicant,
        Party agent,
        String matterCode,
        String matterName,
        List<MatterLine> matters,
        LocalDate applicationDate,
        LocalDate noticeDate,
        List<Correction> corrections,
        List<Waived> waived,
        List<Deferred> deferred,
        List<FollowUp> verifications,
        List<Refusal> refusals) {

    public boolean preview() {
        return number == null;
    }

    /** The office that issues and seals the notice, and where to turn against a refusal. */
    public record Office(String name, String code, String reviewBody, String court, String phone) {}

    /**
     * The applicant or the agent.
     *
     * @param idNumber masked: an applicant's notice may be seen by others; the archive has the check
     * @param organisation whether the party is an organisation (统一社会信用代码) or a person
     */
    public record Party(String name, String idNumber, boolean organisation) {}

    /**
     * One matter of the notice (one, or each member of a bundle) with its time limits.
     *
     * @param workingDays the promised limit, else the statutory one; null when neither is in days
     * @param expected the expected completion date, null when {@code workingDays} is null or the
     *     calendar of {@code unknownYear} is missing
     * @param unknownYear the year whose holiday arrangement is missing, or null
     */
    public record MatterLine(
            String code,
            String name,
            String department,
            String statutory,
            Integer statutoryWorkingDays,
            Integer promisedWorkingDays,
            Integer workingDays,
            LocalDate expected,
            Integer unknownYear) {

        public boolean onTheSpot() {
            return workingDays != null && workingDays == 0;
        }
    }

    /**
     * One defect to put right.
     *
     * @param problem the finding's message
     * @param form what to bring, from the matter's material table (null when the material is not
     *     in it); {@code copies} and {@code requirement} likewise
     */
    public record Correction(
            int index,
            String material,
            String name,
            String problem,
            String form,
            Integer copies,
            String requirement,
            String basis) {}

    /** A requirement the applicant need not meet (never a cancelled certificate). */
    public record Waived(String material, String name, String reason, String basis) {}

    /** A material accepted now and owed by {@code dueDate} (null: calendar unknown). */
    public record Deferred(int index, String material, String name, LocalDate dueDate, String commitment) {}

    /** A written commitment the office verifies by {@code dueDate} (null: calendar unknown). */
    public record FollowUp(String material, String name, LocalDate dueDate, String basis) {}

    /** Why the application is outside the matter, and the basis. */
    public record Refusal(String reason, String basis) {}
}
