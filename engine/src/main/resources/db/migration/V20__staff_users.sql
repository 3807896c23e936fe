-- Window staff (窗口人员) who log in to /window. The first one may be created from configuration
-- (yici.window.bootstrap-user / bootstrap-password) when the table is empty.
CREATE TABLE staff_user (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    office        VARCHAR(200),
    role          VARCHAR(16)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
