// The PostgreSQL triggers have the SQLite triggers' effect: the same statements on both engines leave the same
// token_counts (and the counts are true), the same outbox events, and the same rows written through the devices view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase } from '../../../src/store/db.ts';
import { migratePostgres } from '../../../src/store/pg/migrate.ts';
import { openPool } from '../../../src/store/pg/connect.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { freshDatabase } from '../../helpers/pg.ts';

// Statements both dialects read alike: the upsert path, moves between tokens, deletions, the view's INSTEAD OF triggers.
const SCRIPT = `
INSERT INTO device_rows (token, serial_number, profile_status, raw_json, first_seen, last_seen) VALUES
  ('a', 'S1', 'empty', '{"serial_number":"S1","model":"iPad Pro","is_replacement_device":true}', 't0', 't0'),
  ('a', 'S2', 'empty', '{}', 't0', 't0'), ('a', 'S4', 'empty', '{}', 't0', 't0'), ('b', 'S3', 'assigned', '{}', 't0', 't0');
INSERT INTO device_rows (token, serial_number, profile_status, raw_json, first_seen, last_seen) VALUES
  ('a', 'S1', 'assigned', '{}', 't1', 't1'), ('a', 'S2', 'empty', '{}', 't1', 't1'), ('a', 'S5', 'pushed', '{}', 't1', 't1')
  ON CONFLICT (serial_number, token) DO UPDATE SET profile_status = excluded.profile_status, last_seen = excluded.last_seen;
UPDATE device_rows SET deleted_at = 't2' WHERE serial_number = 'S2';
UPDATE device_rows SET last_seen = 't3';
UPDATE device_rows SET deleted_at = NULL, profile_status = 'removed' WHERE serial_number = 'S2';
UPDATE device_rows SET deleted_at = 't4' WHERE serial_number = 'S4';
DELETE FROM device_rows WHERE serial_number = 'S3';
INSERT INTO assignments (device_id, token, serial_number, state, updated_at) SELECT id, token, serial_number, 'pending', 't' FROM device_rows;
UPDATE assignments SET state = 'assigned' WHERE serial_number IN ('S1', 'S5');
UPDATE assignments SET state = 'assigned' WHERE serial_number = 'S1';
UPDATE device_rows SET token = 'c' WHERE serial_number = 'S1';
UPDATE assignments SET token = 'c' WHERE serial_number = 'S1';
DELETE FROM assignments WHERE serial_number = 'S2';
INSERT INTO devices (token, serial_number, model, os, raw_json) VALUES ('v', 'S9', 'iPhone 15', 'iOS', '{"color":"BLACK"}');
UPDATE devices SET profile_status = 'assigned', profile_uuid = 'U9' WHERE serial_number = 'S9';
INSERT INTO tokens (name, token_file, consumer_key_sha256, access_token_expiry, created_at, updated_at, server_name)
  VALUES ('a', 'f', 'k', 'e', 't', 't', 'MDM A');
UPDATE tokens SET status = 'expired', status_at = 'T1', status_detail = 'gone' WHERE name = 'a';
UPDATE tokens SET status = 'expired', status_at = 'T2' WHERE name = 'a';
UPDATE tokens SET status = 'ok', status_at = 'T3' WHERE name = 'a';
UPDATE tokens SET status = 't_c_not_signed', status_at = 'T4' WHERE name = 'a';
INSERT INTO sync_runs (token, kind, started_at) VALUES ('a', 'sync', 'r1'), ('a', 'sync', 'r2'), ('a', 'assign', 'r3'), ('a', 'fetch', 'r4'), ('a', 'sync', 'r5');
UPDATE sync_runs SET result = 'error', error_code = 'E1', finished_at = 'f1' WHERE started_at = 'r1';
UPDATE sync_runs SET result = 'error', error_code = 'E2', finished_at = 'f2' WHERE started_at = 'r2';
UPDATE sync_runs SET result = 'error', error_code = 'E3', finished_at = 'f3' WHERE started_at = 'r3';
UPDATE sync_runs SET result = 'ok', finished_at = 'f4' WHERE started_at = 'r4';
UPDATE sync_runs SET result = 'error', error_code = 'E5', finished_at = 'f5' WHERE started_at = 'r5';
`;

const COUNTS = 'SELECT token, kind, value, n FROM token_counts WHERE n <> 0 ORDER BY token, kind, value';
// the counts as they must be, counted from the rows themselves
const TRUTH = `SELECT token, kind, value, n FROM (
  SELECT token, CASE WHEN deleted_at IS NULL THEN 'device' ELSE 'gone' END AS kind, CASE WHEN deleted_at IS NULL THEN profile_status ELSE '' END AS value, COUNT(*) AS n
  FROM device_rows GROUP BY 1, 2, 3
  UNION ALL SELECT token, 'assignment', state, COUNT(*) FROM assignments GROUP BY 1, 3) t ORDER BY token, kind, value`;
const OUTBOX = 'SELECT id, type, token, subject, time, data FROM outbox ORDER BY seq';
const VIEW =
  "SELECT token, serial_number, profile_status, profile_uuid, model, os, color, is_replacement_device FROM devices WHERE serial_number IN ('S1', 'S9') ORDER BY serial_number";

type Row = Record<string, unknown>;
const plain = (rows: Row[]) => rows.map((r) => ({ ...r }));
const events = (rows: Row[]) =>
  rows.map((r) => {
    assert.match(String(r.id), /^evt_[0-9a-f]{32}$/, 'event id: evt_ + 12 hex digits of ms + 20 random');
    return { type: r.type, token: r.token, subject: r.subject, time: r.time, data: JSON.parse(String(r.data)) };
  });

test('the same statements leave the same counts, events and view rows on SQLite and PostgreSQL', async () => {
  const db = openDatabase(join(tempDir(), 'triggers.db'));
  db.exec(SCRIPT);
  const lite = { counts: plain(db.prepare(COUNTS).all() as Row[]), truth: plain(db.prepare(TRUTH).all() as Row[]) };
  const liteEvents = events(db.prepare(OUTBOX).all() as Row[]);
  const liteView = plain(db.prepare(VIEW).all() as Row[]);
  db.close();
  assert.deepEqual(lite.counts, lite.truth, 'SQLite counts are true (the reference)');

  const pool = openPool({ url: await freshDatabase() });
  try {
    await migratePostgres(pool);
    await pool.exec(SCRIPT);
    assert.deepEqual(await pool.query(COUNTS), await pool.query(TRUTH), 'PostgreSQL counts are true');
    assert.deepEqual(await pool.query(COUNTS), lite.counts, 'and the same as SQLite');
    const pgEvents = events(await pool.query(OUTBOX));
    assert.deepEqual(
      pgEvents.map((e) => e.type),
      ['token.unusable', 'token.terms_not_accepted', 'sync.failed', 'sync.failed'],
      'one event per status change into a bad status, one per failure streak',
    );
    // run_id is the row's id: the same on both (rows numbered from 1 in insertion order)
    assert.deepEqual(pgEvents, liteEvents);
    assert.deepEqual(await pool.query(VIEW), liteView, 'rows written through the view read back the same');
  } finally {
    await pool.end();
  }
});
