-- adesync schema v1. One row per Apple "MDM server" token; devices keyed by (token, serial).
-- Secrets never live here: token credentials stay in their 0600 files.

CREATE TABLE tokens (
  name                TEXT PRIMARY KEY,
  token_file          TEXT NOT NULL,
  consumer_key_sha256 TEXT NOT NULL,          -- to refuse a different server's token under the same name
  access_token_expiry TEXT NOT NULL,          -- ISO 8601 UTC, from the token JSON
  server_name         TEXT,                   -- from GET /account
  server_uuid         TEXT,
  org_name            TEXT,
  account_json        TEXT,                   -- last /account answer (no secrets in it)
  account_checked_at  TEXT,
  status              TEXT NOT NULL DEFAULT 'unknown', -- ok | t_c_not_signed | access_denied | unauthorized | expired | unavailable | error | unknown
  status_detail       TEXT,
  status_at           TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
);

-- Devices: Apple's record is stored once, as received (raw_json), in device_rows; the view `devices` adds every Apple
-- field (A.8, protocol 10) as a column. Writing ten values a device instead of thirty doubles the rate of a full fetch
-- (measured: virtual generated columns cost as much as real ones on an upsert, a view costs nothing). A rowid table,
-- not WITHOUT ROWID: records are wide (~700 bytes) and arrive in random serial order, so a clustered (serial, token)
-- tree would rewrite scattered pages on every commit; rows append and the unique index stays narrow.
-- profile_status and profile_uuid are real columns: the assigner mirrors Apple's answer into them at once.
CREATE TABLE device_rows (
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
  last_enrollment_id INTEGER,
  UNIQUE (serial_number, token)           -- serial first: also serves `adesync device SERIAL` across tokens
);
CREATE INDEX device_rows_status ON device_rows(token, deleted_at, profile_status);  -- status counts, covering

CREATE VIEW devices AS SELECT id, token, serial_number, profile_status, profile_uuid, raw_json, first_seen, last_seen,
  deleted_at, seen_fetch_run, last_enrollment_id,
  json_extract(raw_json, '$.model') AS model,
  json_extract(raw_json, '$.description') AS description,
  json_extract(raw_json, '$.color') AS color,
  json_extract(raw_json, '$.asset_tag') AS asset_tag,
  json_extract(raw_json, '$.profile_assign_time') AS profile_assign_time,
  json_extract(raw_json, '$.profile_push_time') AS profile_push_time,
  json_extract(raw_json, '$.device_assigned_date') AS device_assigned_date,
  json_extract(raw_json, '$.device_assigned_by') AS device_assigned_by,
  json_extract(raw_json, '$.os') AS os,
  json_extract(raw_json, '$.device_family') AS device_family,
  json_extract(raw_json, '$.op_type') AS op_type,
  json_extract(raw_json, '$.op_date') AS op_date,
  json_extract(raw_json, '$.mdm_migration_deadline') AS mdm_migration_deadline,
  json_extract(raw_json, '$.bluetooth_mac_address') AS bluetooth_mac_address,
  json_extract(raw_json, '$.ethernet_mac_address') AS ethernet_mac_address,
  json_extract(raw_json, '$.wifi_mac_address') AS wifi_mac_address,
  json_extract(raw_json, '$.eid') AS eid,
  json_extract(raw_json, '$.imei') AS imei,
  json_extract(raw_json, '$.meid') AS meid,
  json_extract(raw_json, '$.is_replacement_device') AS is_replacement_device,
  json_extract(raw_json, '$.released_by_replacement') AS released_by_replacement
FROM device_rows;

-- Writes through the view (tools, tests) land in device_rows; named fields are folded into raw_json.
CREATE TRIGGER devices_insert INSTEAD OF INSERT ON devices BEGIN
  INSERT INTO device_rows (token, serial_number, profile_status, profile_uuid, raw_json, first_seen, last_seen, deleted_at, seen_fetch_run, last_enrollment_id)
  VALUES (NEW.token, NEW.serial_number, COALESCE(NEW.profile_status, 'empty'), NEW.profile_uuid,
    json_set(COALESCE(NEW.raw_json, '{}'), '$.model', NEW.model, '$.os', NEW.os, '$.device_family', NEW.device_family, '$.description', NEW.description, '$.color', NEW.color),
    COALESCE(NEW.first_seen, strftime('%Y-%m-%dT%H:%M:%fZ')), COALESCE(NEW.last_seen, strftime('%Y-%m-%dT%H:%M:%fZ')), NEW.deleted_at, NEW.seen_fetch_run, NEW.last_enrollment_id);
END;
CREATE TRIGGER devices_update INSTEAD OF UPDATE ON devices BEGIN
  UPDATE device_rows SET profile_status = NEW.profile_status, profile_uuid = NEW.profile_uuid, last_seen = NEW.last_seen,
    deleted_at = NEW.deleted_at, seen_fetch_run = NEW.seen_fetch_run, last_enrollment_id = NEW.last_enrollment_id
  WHERE id = OLD.id;
END;


CREATE TABLE cursors (
  token          TEXT PRIMARY KEY,
  cursor         TEXT,
  phase          TEXT NOT NULL DEFAULT 'fetch' CHECK (phase IN ('fetch','sync')),
  issued_at      TEXT,                          -- when we received this cursor
  fetch_started_at TEXT,                        -- when the chain of the last full fetch began (cursor age base)
  fetch_run_id   INTEGER,                       -- the full fetch in progress (for reconciliation)
  updated_at     TEXT NOT NULL
);

CREATE TABLE profiles (
  id             INTEGER PRIMARY KEY,
  token          TEXT NOT NULL,
  name           TEXT NOT NULL,                 -- profile name in our config
  content_hash   TEXT NOT NULL,                 -- sha256 of the canonical JSON we defined
  profile_uuid   TEXT,                          -- Apple's answer; NULL until defined
  definition     TEXT NOT NULL,                 -- the JSON sent (no secrets in an ADE profile)
  defined_at     TEXT,
  verified_at    TEXT,                          -- last GET /profile that found it
  superseded_at  TEXT,
  UNIQUE (token, name, content_hash)
);
CREATE INDEX profiles_current ON profiles(token, name) WHERE superseded_at IS NULL;

CREATE TABLE assignments (
  device_id      INTEGER PRIMARY KEY,           -- = device_rows.id: rows append in fetch order, no second random-key index
  token          TEXT NOT NULL,
  serial_number  TEXT NOT NULL,
  profile_name   TEXT,                          -- the config profile the policy chose (NULL: none)
  profile_uuid   TEXT,                          -- the Apple UUID we want on the device
  state          TEXT NOT NULL,                 -- pending | assigned | failed | throttled | not_accessible | excluded | held
  reason         TEXT,                          -- why it is pending (empty, removed, moved, uuid_mismatch, redefined…)
  attempts       INTEGER NOT NULL DEFAULT 0,
  last_attempt_at TEXT,
  last_result    TEXT,                          -- SUCCESS | NOT_ACCESSIBLE | FAILED | THROTTLED | MISSING | error code
  not_before     TEXT,                          -- ISO time before which we do not retry
  updated_at     TEXT NOT NULL
);
-- the assigner walks due work per (token, state, profile) in rowid order: oldest first, no sort
CREATE INDEX assignments_work ON assignments(token, state, profile_uuid);

CREATE TABLE device_events (
  id             INTEGER PRIMARY KEY,
  token          TEXT NOT NULL,
  serial_number  TEXT NOT NULL,
  at             TEXT NOT NULL,
  kind           TEXT NOT NULL,                 -- added | modified | deleted | gone | restored | assignment | enrollment
  op_type        TEXT,
  op_date        TEXT,
  before_json    TEXT,                          -- changed fields only
  after_json     TEXT,
  sync_run_id    INTEGER
);
CREATE INDEX device_events_serial ON device_events(serial_number, id);

CREATE TABLE sync_runs (
  id             INTEGER PRIMARY KEY,
  token          TEXT NOT NULL,
  kind           TEXT NOT NULL,                 -- fetch | sync | assign | check
  trigger        TEXT,                          -- schedule | cli | now | startup
  started_at     TEXT NOT NULL,
  finished_at    TEXT,
  pages          INTEGER NOT NULL DEFAULT 0,
  devices        INTEGER NOT NULL DEFAULT 0,
  added          INTEGER NOT NULL DEFAULT 0,
  modified       INTEGER NOT NULL DEFAULT 0,
  deleted        INTEGER NOT NULL DEFAULT 0,
  result         TEXT NOT NULL DEFAULT 'running', -- running | ok | error | interrupted
  error_code     TEXT,
  error_message  TEXT
);
CREATE INDEX sync_runs_token ON sync_runs(token, id);

CREATE TABLE enrollments (
  id             INTEGER PRIMARY KEY,
  at             TEXT NOT NULL,
  token          TEXT,
  serial_number  TEXT,
  udid           TEXT,
  product        TEXT,
  os_version     TEXT,
  build_version  TEXT,
  language       TEXT,
  decision       TEXT NOT NULL,                 -- served | os_update_required | refused
  reason         TEXT,
  profile_rule   TEXT,
  profile_served TEXT,                          -- PayloadIdentifier / PayloadUUID served
  remote_addr    TEXT
);
CREATE INDEX enrollments_at ON enrollments(at);
CREATE INDEX enrollments_serial ON enrollments(serial_number, id);
