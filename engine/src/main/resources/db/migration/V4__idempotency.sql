-- Idempotency-Key on POST /checks: a retry returns the original check, never a second record.
CREATE TABLE idempotency_key (
    idem_key     VARCHAR(200) PRIMARY KEY,
    request_hash VARCHAR(64)  NOT NULL,
    check_id     VARCHAR(26)  NOT NULL REFERENCES check_record (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
