-- The (serial, token) key becomes a named unique index instead of an inline constraint, so that a fresh database's first
-- load can insert without it and build it once, sorted, at the end (src/sync/serials.ts): kept up to date row by row,
-- this random-key index is what a 1M-device first load spends most of its time on (measured 24.5 s → 16.8 s).
-- SQLite cannot drop a constraint's index: the table is rebuilt (rows, ids and the view over it unchanged).
PRAGMA legacy_alter_table = ON;  -- the rename must not rewrite the `devices` view and its triggers, which name device_rows
CREATE TABLE device_rows_new (
  id                 INTEGER PRIMARY KEY,
  token              TEXT NOT NULL,
  serial_number      TEXT NOT NULL,
  profile_status     TEXT NOT NULL DEFAULT 'empty',
  profile_uuid       TEXT,
  raw_json           TEXT NOT NULL,       -- Apple's record as received
  first_seen         TEXT NOT NULL,
  last_seen          TEXT NOT NULL,
  deleted_at         TEXT,                -- op_type deleted, or absent from a complete full fetch
  seen_fetch_run     INTEGER,             -- sync_runs.id of the last full fetch that listed it
  last_enrollment_id INTEGER
);
INSERT INTO device_rows_new (id, token, serial_number, profile_status, profile_uuid, raw_json, first_seen, last_seen, deleted_at, seen_fetch_run, last_enrollment_id)
  SELECT id, token, serial_number, profile_status, profile_uuid, raw_json, first_seen, last_seen, deleted_at, seen_fetch_run, last_enrollment_id FROM device_rows;
DROP TABLE device_rows;
ALTER TABLE device_rows_new RENAME TO device_rows;
PRAGMA legacy_alter_table = OFF;
-- serial first: also serves `adesync device SERIAL` and the enrollment lookup across tokens
CREATE UNIQUE INDEX device_rows_serial ON device_rows(serial_number, token);
CREATE INDEX device_rows_status ON device_rows(token, deleted_at, profile_status);  -- status counts, covering
