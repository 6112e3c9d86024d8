// `profile plan`'s device reads on PostgreSQL, over more devices than two pages (20,000 each): every live device once, in id order,
// with its assignment state, filtered by token or serial as asked (the output beside SQLite's is test/cli/plan-pg).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPool } from '../../../src/store/pg/connect.ts';
import { migratePostgres } from '../../../src/store/pg/migrate.ts';
import { pgPlanReads } from '../../../src/store/pg/plan.ts';
import type { PlanCandidate } from '../../../src/store/plan.ts';
import { freshDatabase } from '../../helpers/pg.ts';

test('plan candidates: 45,678 devices read in pages, each live one once in id order with its state; --token and --serial filter', {
  timeout: 120_000,
}, async () => {
  const pool = openPool({ url: await freshDatabase(), poolSize: 2 });
  after(() => pool.end());
  await migratePostgres(pool);
  const now = '2026-12-02T10:00:00.000Z';
  // ids 1..45678 over two tokens; every 7th deleted; every 5th with a failed assignment
  await pool.query(
    `INSERT INTO device_rows (id, token, serial_number, raw_json, first_seen, last_seen, deleted_at)
     SELECT i, CASE WHEN i % 3 = 0 THEN 'b' ELSE 'a' END, 'S' || lpad(i::text, 6, '0'), '{"os":"iOS","device_family":"iPhone"}', $1, $1,
       CASE WHEN i % 7 = 0 THEN $1 END
     FROM generate_series(1, 45678) AS i`,
    [now],
  );
  await pool.query(
    `INSERT INTO assignments (device_id, token, serial_number, state, updated_at)
     SELECT id, token, serial_number, 'failed', $1 FROM device_rows WHERE id % 5 = 0`,
    [now],
  );
  const reads = pgPlanReads(pool);
  const read = async (o: { serial?: string; token?: string }) => {
    const rows: PlanCandidate[] = [];
    await reads.candidates(o, (r) => rows.push(r));
    return rows;
  };
  const ids = (rows: PlanCandidate[]) => rows.map((r) => Number(r.serial_number.slice(1)));
  const live = Array.from({ length: 45678 }, (_, i) => i + 1).filter((i) => i % 7 !== 0);
  const all = await read({});
  assert.deepEqual(ids(all), live, 'every live device once, in id order, across pages');
  assert.deepEqual(
    all.filter((r) => r.current_state === 'failed').map((r) => Number(r.serial_number.slice(1))),
    live.filter((i) => i % 5 === 0),
  );
  assert.deepEqual(Object.keys(all[0]).sort(), ['current_state', 'device_family', 'model', 'os', 'profile_status', 'profile_uuid', 'serial_number', 'token']);
  assert.deepEqual(
    ids(await read({ token: 'b' })),
    live.filter((i) => i % 3 === 0),
  );
  assert.deepEqual(ids(await read({ serial: 'S006001' })), [6001]);
  assert.deepEqual(await read({ serial: 'S000007' }), [], 'a deleted device is no candidate');
});
