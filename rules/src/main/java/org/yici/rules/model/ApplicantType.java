package org.yici.rules.model;

/** Who applies: a natural person or an organisation (company, individual business, institution). */
public enum ApplicantType {
    PERSON,
    ORGANIZATION
}
