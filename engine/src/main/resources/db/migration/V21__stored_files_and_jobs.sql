-- Uploaded files, stored once by content (SHA-256) under yici.storage.dir; these rows say which
-- check each file came with. Written in the check's own transaction, so a rejected request leaves
-- no row (and its bytes are removed again when nothing else refers to them).
CREATE TABLE check_file (
    check_id    VARCHAR(26)  NOT NULL REFERENCES check_record (id),
    material_id VARCHAR(64)  NOT NULL,
    file_name   VARCHAR(400),
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (check_id, material_id)
);

CREATE INDEX check_file_sha256 ON check_file (sha256);

-- Asynchronous checks (POST /checks?async=true). A job is claimed by a conditional UPDATE
-- (status QUEUED -> RUNNING), so exactly one worker of one process runs it; a RUNNING job whose
-- heartbeat stopped (the process died) is queued again.
CREATE TABLE check_job (
    id           VARCHAR(26)  PRIMARY KEY,
    status       VARCHAR(16)  NOT NULL,
    request_json TEXT         NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    idem_key     VARCHAR(200) UNIQUE,
    actor        VARCHAR(100) NOT NULL,
    remote_addr  VARCHAR(64),
    docs_total   INTEGER      NOT NULL,
    docs_done    INTEGER      NOT NULL,
    pages_total  INTEGER      NOT NULL,
    pages_done   INTEGER      NOT NULL,
    attempts     INTEGER      NOT NULL,
    claimed_by   VARCHAR(40),
    check_id     VARCHAR(26)  REFERENCES check_record (id),
    problem_json TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    heartbeat_at TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX check_job_status ON check_job (status, created_at);

-- The files of a job, by content address, until the job has run (and afterwards, as its record).
CREATE TABLE check_job_file (
    job_id      VARCHAR(26)  NOT NULL REFERENCES check_job (id),
    material_id VARCHAR(64)  NOT NULL,
    file_name   VARCHAR(400),
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    ordinal     INTEGER      NOT NULL,
    PRIMARY KEY (job_id, material_id)
);

CREATE INDEX check_job_file_sha256 ON check_job_file (sha256);
