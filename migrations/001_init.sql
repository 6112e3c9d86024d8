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

CREATE TABLE devices (
  token                   TEXT NOT NULL,
  serial_number           TEXT NOT NULL,
  model                   TEXT,
  description             TEXT,
  color                   TEXT,
  asset_tag               TEXT,
  profile_status          TEXT NOT NULL DEFAULT 'empty',
  profile_uuid            TEXT,
  profile_assign_time     TEXT,
  profile_push_time       TEXT,
  device_assigned_date    TEXT,
  device_assigned_by      TEXT,
  os                      TEXT,
  device_family           TEXT,
  op_type                 TEXT,
  op_date                 TEXT,
  mdm_migration_deadline  TEXT,
  bluetooth_mac_address   TEXT,
  ethernet_mac_address    TEXT,
  wifi_mac_address        TEXT,
  eid                     TEXT,
  imei                    TEXT,                -- JSON array
  meid                    TEXT,                -- JSON array
  is_replacement_device   INTEGER,
  released_by_replacement INTEGER,
  raw_json                TEXT NOT NULL,       -- Apple's record as received
  first_seen              TEXT NOT NULL,
  last_seen               TEXT NOT NULL,
  deleted_at              TEXT,                -- op_type deleted, or absent from a complete full fetch
  seen_fetch_run          INTEGER,             -- sync_runs.id of the last full fetch that listed it
  last_enrollment_id      INTEGER,
  PRIMARY KEY (token, serial_number)
) WITHOUT ROWID;
CREATE INDEX devices_serial ON devices(serial_number);
CREATE INDEX devices_token_status ON devices(token, profile_status);
CREATE INDEX devices_family ON devices(device_family);

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
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (token, serial_number)
) WITHOUT ROWID;
CREATE INDEX assignments_due ON assignments(token, state, not_before);

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
