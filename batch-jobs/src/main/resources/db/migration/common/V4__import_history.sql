-- Re-import bookkeeping (docs/inputs.md#storage). basis_id: the import this one was based on (the latest
-- completed import into the same period or year when it started; part of the job instance's identity). merge_seq:
-- the order in which imports were merged into the stored data (TIMESTAMP has whole seconds only on MySQL).
ALTER TABLE import_file ADD COLUMN basis_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE import_file ADD COLUMN merge_seq BIGINT NULL;

CREATE INDEX import_file_sha256 ON import_file (sha256);
