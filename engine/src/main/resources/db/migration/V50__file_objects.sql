-- Uploaded files kept in the database (yici.storage.kind=database, storage/DatabaseFileStore), so
-- every node on this database serves them: one row per object (by SHA-256), its bytes in chunks
-- of at most 1 MiB. Empty with the folder kind. used_at is touched whenever a new row names the
-- object (which also locks it against a concurrent delete of unreferenced objects).
CREATE TABLE file_object (
    sha256     CHAR(64) PRIMARY KEY,
    size_bytes BIGINT   NOT NULL,
    chunks     INTEGER  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE file_chunk (
    sha256 CHAR(64) NOT NULL REFERENCES file_object (sha256),
    seq    INTEGER  NOT NULL,
    bytes  BYTEA    NOT NULL,
    PRIMARY KEY (sha256, seq)
);
