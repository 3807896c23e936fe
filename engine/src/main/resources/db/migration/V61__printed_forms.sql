-- Pre-filled application forms as printed (智能预填), by the number printed on them (预填编号), so
-- a form handed back can be compared with what was printed on it, field by field.
CREATE TABLE printed_form (
    form_number VARCHAR(12)  NOT NULL PRIMARY KEY,
    matter_code VARCHAR(40)  NOT NULL,
    check_id    VARCHAR(26),
    printed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    fields_json TEXT         NOT NULL
);
