-- API keys for online intake and operators. Only the SHA-256 of a key is stored: keys are long
-- random secrets, so a fast hash is enough and the key itself is never recoverable.
CREATE TABLE api_key (
    id         VARCHAR(26)  PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    key_hash   VARCHAR(64)  NOT NULL UNIQUE,
    roles      VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);
