package org.yici.rules.check;

import java.util.List;
import org.yici.rules.data.CancelledCertificate;
import org.yici.rules.model.Application;
import org.yici.rules.model.BundleProvision;
import org.yici.rules.model.DeferralTerm;
import org.yici.rules.model.MaterialSpec;
import org.yici.rules.model.MatterCase;
import org.yici.rules.model.SharedLicence;
import org.yici.rules.model.Situation;
import org.yici.rules.model.Submitted;

/** A validated request as the facts a session starts from. */
record CaseFacts(
        Application application,
        List<MatterCase> cases,
        List<Situation> situations,
        List<MaterialSpec> specs,
        List<Submitted> submitted,
        List<BundleProvision> provisions,
        List<SharedLicence> licences,
        List<CancelledCertificate> cancelled,
        List<DeferralTerm> deferralTerms) {

    List<Object> all() {
        List<Object> facts = new java.util.ArrayList<>();
        facts.add(application);
        facts.addAll(cases);
        facts.addAll(situations);
        facts.addAll(specs);
        facts.addAll(submitted);
        facts.addAll(provisions);
        facts.addAll(licences);
        facts.addAll(cancelled);
        facts.addAll(deferralTerms);
        return facts;
    }
}
