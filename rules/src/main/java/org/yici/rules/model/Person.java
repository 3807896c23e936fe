package org.yici.rules.model;

/**
 * The applicant or the agent. For an organisation, {@code name} is its name and {@code creditCode}
 * its 统一社会信用代码; for a person, {@code idNumber} is the 公民身份号码.
 */
public record Person(ApplicantType type, String name, String idNumber, String creditCode) {

    public ApplicantType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getCreditCode() {
        return creditCode;
    }
}
