-- One row per check, written once in one transaction: request, result and the rules version.
CREATE TABLE check_record (
    id            VARCHAR(26)  PRIMARY KEY,
    matter        VARCHAR(64)  NOT NULL,
    decision      VARCHAR(32)  NOT NULL,
    rules_version VARCHAR(80)  NOT NULL,
    request_json  TEXT         NOT NULL,
    result_json   TEXT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX check_record_matter_created ON check_record (matter, created_at);
