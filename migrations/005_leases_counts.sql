-- 005: status tells the truth.
-- (1) Who runs a sync: the run row carries its process and a heartbeat, so a run whose process is gone reads as interrupted.
-- (2) One cycle per token at a time, across processes and (later) nodes: a lease row per token, taken before Apple is
--     called, renewed by heartbeat, with a fencing generation that every page's transaction checks.
-- (3) A daemon's heartbeat: "next sync" is shown only while a daemon is there to run it.
-- (4) Per-token counts kept by triggers in the transactions that change the rows, so `status` and /metrics read
--     O(tokens) rows instead of counting a million index entries.

ALTER TABLE sync_runs ADD COLUMN pid INTEGER;
ALTER TABLE sync_runs ADD COLUMN host TEXT;
ALTER TABLE sync_runs ADD COLUMN heartbeat_at TEXT;

CREATE TABLE sync_leases (
  token         TEXT PRIMARY KEY,
  generation    INTEGER NOT NULL DEFAULT 0,   -- +1 at every acquisition: the fence a page's transaction checks
  holder_node   TEXT,                         -- NULL: free
  holder_pid    INTEGER,
  holder_host   TEXT,
  run_id        INTEGER,
  acquired_at   TEXT,
  heartbeat_at  TEXT,
  expires_at    INTEGER NOT NULL DEFAULT 0    -- unix ms; renewed by every page and by a timer
);

CREATE TABLE daemons (
  node          TEXT PRIMARY KEY,
  pid           INTEGER NOT NULL,
  host          TEXT NOT NULL,
  started_at    TEXT NOT NULL,
  heartbeat_at  TEXT NOT NULL,
  expires_at    INTEGER NOT NULL              -- unix ms
);

-- kind: 'device' (live devices by profile_status), 'gone' (value ''), 'assignment' (by state). Zero rows may remain.
CREATE TABLE token_counts (
  token  TEXT NOT NULL,
  kind   TEXT NOT NULL,
  value  TEXT NOT NULL,
  n      INTEGER NOT NULL,
  PRIMARY KEY (token, kind, value)
) WITHOUT ROWID;

INSERT INTO token_counts (token, kind, value, n)
  SELECT token, 'device', profile_status, COUNT(*) FROM device_rows WHERE deleted_at IS NULL GROUP BY token, profile_status;
INSERT INTO token_counts (token, kind, value, n)
  SELECT token, 'gone', '', COUNT(*) FROM device_rows WHERE deleted_at IS NOT NULL GROUP BY token;
INSERT INTO token_counts (token, kind, value, n)
  SELECT token, 'assignment', state, COUNT(*) FROM assignments GROUP BY token, state;

-- Each trigger is ONE upsert statement (a -1 row for the old value, a +1 row for the new): one statement per changed row.
CREATE TRIGGER device_rows_count_insert AFTER INSERT ON device_rows BEGIN
  INSERT INTO token_counts (token, kind, value, n)
    VALUES (NEW.token, IIF(NEW.deleted_at IS NULL, 'device', 'gone'), IIF(NEW.deleted_at IS NULL, NEW.profile_status, ''), 1)
    ON CONFLICT (token, kind, value) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER device_rows_count_delete AFTER DELETE ON device_rows BEGIN
  INSERT INTO token_counts (token, kind, value, n)
    VALUES (OLD.token, IIF(OLD.deleted_at IS NULL, 'device', 'gone'), IIF(OLD.deleted_at IS NULL, OLD.profile_status, ''), -1)
    ON CONFLICT (token, kind, value) DO UPDATE SET n = n + excluded.n;
END;
-- Only when what is counted changes: the sync engine rewrites profile_status with the same value on most updates.
CREATE TRIGGER device_rows_count_update AFTER UPDATE OF token, profile_status, deleted_at ON device_rows
  WHEN OLD.token IS NOT NEW.token OR OLD.profile_status IS NOT NEW.profile_status OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN
  INSERT INTO token_counts (token, kind, value, n)
    VALUES (OLD.token, IIF(OLD.deleted_at IS NULL, 'device', 'gone'), IIF(OLD.deleted_at IS NULL, OLD.profile_status, ''), -1),
           (NEW.token, IIF(NEW.deleted_at IS NULL, 'device', 'gone'), IIF(NEW.deleted_at IS NULL, NEW.profile_status, ''), 1)
    ON CONFLICT (token, kind, value) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER assignments_count_insert AFTER INSERT ON assignments BEGIN
  INSERT INTO token_counts (token, kind, value, n) VALUES (NEW.token, 'assignment', NEW.state, 1)
    ON CONFLICT (token, kind, value) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER assignments_count_delete AFTER DELETE ON assignments BEGIN
  INSERT INTO token_counts (token, kind, value, n) VALUES (OLD.token, 'assignment', OLD.state, -1)
    ON CONFLICT (token, kind, value) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER assignments_count_update AFTER UPDATE OF token, state ON assignments
  WHEN OLD.token IS NOT NEW.token OR OLD.state IS NOT NEW.state
BEGIN
  INSERT INTO token_counts (token, kind, value, n) VALUES (OLD.token, 'assignment', OLD.state, -1), (NEW.token, 'assignment', NEW.state, 1)
    ON CONFLICT (token, kind, value) DO UPDATE SET n = n + excluded.n;
END;
