package org.yici.rules.data;

import java.util.List;

/** A certificate on the cancelled list (证明事项取消清单): it may never be required. */
public record CancelledCertificate(
        String code, String name, String replacement, String basis, String source, String date, List<String> matters) {

    public CancelledCertificate {
        matters = matters == null ? List.of() : List.copyOf(matters);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** What an applicant is told instead of the certificate's name: the document and what replaces it. */
    public String waiverBasis() {
        return "已取消，依据" + source + "（" + date + "）；可以" + replacement + "代替";
    }

    record File(List<CancelledCertificate> certificates) {}
}
