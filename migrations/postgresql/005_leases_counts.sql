-- PostgreSQL dialect of ../005_leases_counts.sql (see its comments).
-- The count triggers have the same effect, per statement instead of per row: one grouped upsert into token_counts per
-- INSERT/UPDATE/DELETE, from its transition tables (a 1,000-row page upsert is one aggregate, not 1,000 trigger calls).
-- PostgreSQL allows no column list on a trigger with transition tables, so the UPDATE one compares old and new rows itself.

ALTER TABLE sync_runs ADD COLUMN pid bigint;
ALTER TABLE sync_runs ADD COLUMN host text;
ALTER TABLE sync_runs ADD COLUMN heartbeat_at text;

CREATE TABLE sync_leases (
  token         text PRIMARY KEY,
  generation    bigint NOT NULL DEFAULT 0,
  holder_node   text,
  holder_pid    bigint,
  holder_host   text,
  run_id        bigint,
  acquired_at   text,
  heartbeat_at  text,
  expires_at    bigint NOT NULL DEFAULT 0
);

CREATE TABLE daemons (
  node          text PRIMARY KEY,
  pid           bigint NOT NULL,
  host          text NOT NULL,
  started_at    text NOT NULL,
  heartbeat_at  text NOT NULL,
  expires_at    bigint NOT NULL
);

CREATE TABLE token_counts (
  token  text NOT NULL,
  kind   text NOT NULL,
  value  text NOT NULL,
  n      bigint NOT NULL,
  PRIMARY KEY (token, kind, value)
);

INSERT INTO token_counts (token, kind, value, n)
  SELECT token, 'device', profile_status, COUNT(*) FROM device_rows WHERE deleted_at IS NULL GROUP BY token, profile_status;
INSERT INTO token_counts (token, kind, value, n)
  SELECT token, 'gone', '', COUNT(*) FROM device_rows WHERE deleted_at IS NOT NULL GROUP BY token;
INSERT INTO token_counts (token, kind, value, n)
  SELECT token, 'assignment', state, COUNT(*) FROM assignments GROUP BY token, state;

-- What a device row counts as: ('device', its profile_status) while live, ('gone', '') once deleted.
CREATE FUNCTION device_count_kind(deleted_at text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN deleted_at IS NULL THEN 'device' ELSE 'gone' END $$;
CREATE FUNCTION device_count_value(deleted_at text, profile_status text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN deleted_at IS NULL THEN profile_status ELSE '' END $$;

-- Rows in key order: two transactions adding to the same counts lock them in the same order (no deadlock).
CREATE FUNCTION device_rows_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO token_counts (token, kind, value, n)
    SELECT token, device_count_kind(deleted_at), device_count_value(deleted_at, profile_status), COUNT(*)
    FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (token, kind, value) DO UPDATE SET n = token_counts.n + excluded.n;
  RETURN NULL;
END $$;
CREATE TRIGGER device_rows_count_insert AFTER INSERT ON device_rows REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION device_rows_count_insert();

CREATE FUNCTION device_rows_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO token_counts (token, kind, value, n)
    SELECT token, device_count_kind(deleted_at), device_count_value(deleted_at, profile_status), -COUNT(*)
    FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (token, kind, value) DO UPDATE SET n = token_counts.n + excluded.n;
  RETURN NULL;
END $$;
CREATE TRIGGER device_rows_count_delete AFTER DELETE ON device_rows REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION device_rows_count_delete();

-- Old rows count -1 and new rows +1 under their key, netted per key: a row whose counted values did not change (the sync
-- rewrites profile_status with the same value on most updates) cancels out. No join of the two transition tables: they
-- have no index, and joining them cost 118-190 ms per 1,000-row UPDATE (a nested loop), against ~1 ms for this.
CREATE FUNCTION device_rows_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO token_counts (token, kind, value, n)
    SELECT token, kind, value, SUM(n) FROM (
      SELECT token, device_count_kind(deleted_at) AS kind, device_count_value(deleted_at, profile_status) AS value, -1 AS n FROM old_rows
      UNION ALL
      SELECT token, device_count_kind(deleted_at), device_count_value(deleted_at, profile_status), 1 FROM new_rows
    ) v GROUP BY 1, 2, 3 HAVING SUM(n) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (token, kind, value) DO UPDATE SET n = token_counts.n + excluded.n;
  RETURN NULL;
END $$;
CREATE TRIGGER device_rows_count_update AFTER UPDATE ON device_rows REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION device_rows_count_update();

CREATE FUNCTION assignments_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO token_counts (token, kind, value, n)
    SELECT token, 'assignment', state, COUNT(*) FROM new_rows GROUP BY 1, 3 ORDER BY 1, 3
    ON CONFLICT (token, kind, value) DO UPDATE SET n = token_counts.n + excluded.n;
  RETURN NULL;
END $$;
CREATE TRIGGER assignments_count_insert AFTER INSERT ON assignments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assignments_count_insert();

CREATE FUNCTION assignments_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO token_counts (token, kind, value, n)
    SELECT token, 'assignment', state, -COUNT(*) FROM old_rows GROUP BY 1, 3 ORDER BY 1, 3
    ON CONFLICT (token, kind, value) DO UPDATE SET n = token_counts.n + excluded.n;
  RETURN NULL;
END $$;
CREATE TRIGGER assignments_count_delete AFTER DELETE ON assignments REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assignments_count_delete();

CREATE FUNCTION assignments_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO token_counts (token, kind, value, n)
    SELECT token, 'assignment', state, SUM(n) FROM (SELECT token, state, -1 AS n FROM old_rows UNION ALL SELECT token, state, 1 FROM new_rows) v
    GROUP BY 1, 3 HAVING SUM(n) <> 0 ORDER BY 1, 3
    ON CONFLICT (token, kind, value) DO UPDATE SET n = token_counts.n + excluded.n;
  RETURN NULL;
END $$;
CREATE TRIGGER assignments_count_update AFTER UPDATE ON assignments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assignments_count_update();
