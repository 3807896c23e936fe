package org.yici.rules.model;

import java.time.LocalDate;
import java.util.Set;

/** The request-wide facts: who applies, when, through which channel, with which commitments. */
public final class Application {
    private final LocalDate applicationDate;
    private final String channel;
    private final Person applicant;
    private final Person agent;
    private final Set<String> commitments;

    public Application(
            LocalDate applicationDate, String channel, Person applicant, Person agent, Set<String> commitments) {
        this.applicationDate = applicationDate;
        this.channel = channel;
        this.applicant = applicant;
        this.agent = agent;
        this.commitments = Set.copyOf(commitments);
    }

    public LocalDate getApplicationDate() {
        return applicationDate;
    }

    public String getChannel() {
        return channel;
    }

    public boolean isOnline() {
        return "ONLINE".equals(channel);
    }

    public Person getApplicant() {
        return applicant;
    }

    public ApplicantType getApplicantType() {
        return applicant.type();
    }

    /** The agent (委托代理人), or null when the applicant comes in person. */
    public Person getAgent() {
        return agent;
    }

    public boolean isAgentPresent() {
        return agent != null;
    }

    public Set<String> getCommitments() {
        return commitments;
    }

    public boolean hasCommitment(String commitment) {
        return commitments.contains(commitment);
    }

    /** Whether a written commitment (CERT:code) was signed for any of these material codes. */
    public boolean committedToAny(java.util.Collection<String> codes) {
        return codes.stream().anyMatch(c -> commitments.contains("CERT:" + c));
    }

    /** The person a material of this subject names (APPLICANT, AGENT), or null for any other subject. */
    public Person personFor(String subject) {
        if ("APPLICANT".equals(subject)) {
            return applicant;
        }
        return "AGENT".equals(subject) ? agent : null;
    }
}
