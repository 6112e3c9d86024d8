// PostgreSQL's floor of one first cycle (bench/floor.ts is SQLite's): the rows the cycle writes — a device row and its
// assignment per device, then every assignment marked assigned and mirrored on its device — in the migrated schema
// (indexes, count triggers and all), by the tightest bulk path, in a tight loop: no Apple, no HTTP, no JSON parsing, no
// lease. A page of 1000 devices is ONE statement and ONE commit (the device upsert and the assignment insert in one
// unnest() statement); an assign batch of 1000 is one statement too (due work, assignments, device mirror). The
// end-to-end cycle cannot beat it.
import type { Device } from '../src/apple/types.ts';
import { columnsOf } from '../src/store/devices.ts';
import { openPool } from '../src/store/pg/connect.ts';
import { migratePostgres } from '../src/store/pg/migrate.ts';

const UUID = 'C1F123098EB5074580041E69883004C3';

/** One page: devices upserted as the sync writes them, their new ids fed to the assignment insert. */
const LOAD = `WITH d AS (
    INSERT INTO device_rows (token, serial_number, profile_status, profile_uuid, raw_json, first_seen, last_seen, seen_fetch_run)
    SELECT $1, s, st, u, j, $2, $2, $3 FROM unnest($4::text[], $5::text[], $6::text[], $7::text[]) AS t(s, st, u, j)
    ON CONFLICT (serial_number, token) DO UPDATE SET profile_status = excluded.profile_status, profile_uuid = excluded.profile_uuid,
      raw_json = excluded.raw_json, last_seen = excluded.last_seen, deleted_at = NULL, seen_fetch_run = excluded.seen_fetch_run
    RETURNING id, serial_number)
  INSERT INTO assignments (device_id, token, serial_number, profile_name, profile_uuid, state, reason, attempts, updated_at)
  SELECT id, $1, serial_number, 'std', '${UUID}', 'pending', 'no profile', 0, $2 FROM d
  ON CONFLICT (device_id) DO UPDATE SET state = excluded.state, reason = excluded.reason, updated_at = excluded.updated_at`;

/** One assign batch: the assigner's due-work query, Apple's SUCCESS for all of it, and the mirror on the device rows. */
const ASSIGN = `WITH due AS (
    SELECT device_id FROM assignments WHERE token = $1 AND state = 'pending' AND profile_uuid = '${UUID}' AND device_id > $2
      AND (not_before IS NULL OR not_before <= $3) ORDER BY device_id LIMIT 1000),
  a AS (
    UPDATE assignments SET state = 'assigned', attempts = 0, last_attempt_at = $3, last_result = 'SUCCESS', not_before = NULL,
      reason = 'assigned by adesync', updated_at = $3 FROM due WHERE assignments.device_id = due.device_id RETURNING due.device_id),
  m AS (UPDATE device_rows SET profile_uuid = '${UUID}', profile_status = 'assigned' FROM a WHERE device_rows.id = a.device_id)
  SELECT MAX(device_id) AS last FROM a`;

export interface PgFloor {
  loadMs: number;
  assignMs: number;
  /** Statements sent (each one round trip, each its own transaction). */
  statements: number;
}

/** The floor on an empty database at `url` (migrated here). `devices` in pages of 1000, as the sync receives them. */
export async function pgFirstCycleFloor(url: string, devices: Device[], token = 'floor'): Promise<PgFloor> {
  const pool = openPool({ url, poolSize: 1 });
  try {
    await migratePostgres(pool);
    let statements = 0;
    let t = performance.now();
    for (let i = 0; i < devices.length; i += 1000) {
      const page = devices.slice(i, i + 1000);
      const cols = page.map(columnsOf);
      const at = new Date().toISOString();
      await pool.query(LOAD, [
        token,
        at,
        1,
        page.map((d) => d.serial_number),
        cols.map((c) => c.profile_status),
        cols.map((c) => c.profile_uuid),
        page.map((d) => JSON.stringify(d)),
      ]);
      statements++;
    }
    const loadMs = performance.now() - t;
    t = performance.now();
    for (let after = 0; ; ) {
      const [r] = await pool.query<{ last: number | null }>(ASSIGN, [token, after, new Date().toISOString()]);
      statements++;
      if (r.last === null) break;
      after = r.last;
    }
    return { loadMs, assignMs: performance.now() - t, statements };
  } finally {
    await pool.end();
  }
}
