-- Notices (一次性告知书, 受理通知书, 容缺受理通知书, 不予受理决定书): numbered per office and year
-- without gaps or duplicates, archived once and never changed. See docs/notices.md.

-- The last number given out per office and year. A row is locked (SELECT ... FOR UPDATE) while a
-- number is taken, so numbers are handed out one at a time and a rolled-back taking is undone.
CREATE TABLE notice_sequence (
    office_code  VARCHAR(32) NOT NULL,
    notice_year  INTEGER     NOT NULL,
    last_seq     BIGINT      NOT NULL,
    PRIMARY KEY (office_code, notice_year)
);

-- Every number ever given out, to exactly one check: the register (登记簿). Written once, in the
-- same transaction as the sequence step, so a number exists here or was never given.
CREATE TABLE notice_register (
    number        VARCHAR(80)  PRIMARY KEY,
    check_id      VARCHAR(26)  NOT NULL UNIQUE REFERENCES check_record (id),
    office_code   VARCHAR(32)  NOT NULL,
    notice_year   INTEGER      NOT NULL,
    seq           BIGINT       NOT NULL,
    notice_type   VARCHAR(32)  NOT NULL,
    matter        VARCHAR(64)  NOT NULL,
    applicant_key VARCHAR(32),
    checked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    supersedes    VARCHAR(80)  REFERENCES notice_register (number),
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (office_code, notice_year, seq)
);

CREATE INDEX notice_register_applicant ON notice_register (matter, applicant_key, checked_at);

-- The archived notice: the HTML and the PDF as handed to the applicant, written once. A reprint
-- returns these bytes; sha256 is of the PDF.
CREATE TABLE notice (
    number      VARCHAR(80)  PRIMARY KEY REFERENCES notice_register (number),
    check_id    VARCHAR(26)  NOT NULL UNIQUE REFERENCES check_record (id),
    notice_type VARCHAR(32)  NOT NULL,
    html        TEXT         NOT NULL,
    pdf         BYTEA        NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    supersedes  VARCHAR(80)  REFERENCES notice_register (number),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
