-- 容缺受理 tracking: one row per deferred material, until supplemented, overdue or withdrawn.
CREATE TABLE deferral (
    id             VARCHAR(26)  PRIMARY KEY,
    check_id       VARCHAR(26)  NOT NULL REFERENCES check_record (id),
    matter         VARCHAR(64)  NOT NULL,
    material       VARCHAR(64)  NOT NULL,
    name           VARCHAR(400) NOT NULL,
    due_date       DATE         NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    rules_version  VARCHAR(80)  NOT NULL,
    applicant_name VARCHAR(200),
    applicant_id   VARCHAR(32),
    version        INTEGER      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX deferral_status_due ON deferral (status, due_date);
CREATE INDEX deferral_check ON deferral (check_id);

-- Each supplement handed in for a deferral, whether it passed or not.
CREATE TABLE supplement (
    id            VARCHAR(26)  PRIMARY KEY,
    deferral_id   VARCHAR(26)  NOT NULL REFERENCES deferral (id),
    material_json TEXT         NOT NULL,
    passed        BOOLEAN      NOT NULL,
    findings_json TEXT         NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who did what to which check or deferral, when and from where. Append-only: rows are never
-- updated or deleted by the application.
CREATE TABLE audit_event (
    id           VARCHAR(26)  PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    subject_type VARCHAR(20)  NOT NULL,
    subject_id   VARCHAR(26)  NOT NULL,
    detail       TEXT,
    remote_addr  VARCHAR(64)
);

CREATE INDEX audit_event_subject ON audit_event (subject_type, subject_id);

-- 失信名单: applicants who may not be accepted on trust (no 容缺受理).
CREATE TABLE dishonest_entity (
    holder      VARCHAR(32)  PRIMARY KEY,
    name        VARCHAR(200),
    basis       VARCHAR(400) NOT NULL,
    listed_on   DATE,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);
