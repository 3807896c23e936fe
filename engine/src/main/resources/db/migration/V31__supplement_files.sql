-- A supplement handed in as an uploaded scan keeps its file like a check does: bytes once in the
-- content-addressed store (storage/FileStore), the row says which. Null for a paper supplement.
ALTER TABLE supplement ADD COLUMN file_name VARCHAR(400);
ALTER TABLE supplement ADD COLUMN media_type VARCHAR(100);
ALTER TABLE supplement ADD COLUMN size_bytes BIGINT;
ALTER TABLE supplement ADD COLUMN sha256 CHAR(64);

CREATE INDEX supplement_sha256 ON supplement (sha256);
