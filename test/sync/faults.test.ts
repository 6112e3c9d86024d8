import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../src/store/db.ts';
import { createRuntime } from '../../src/daemon/runtime.ts';
import { silentLogger } from '../../src/log.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import type { RunningSim } from '../../src/sim/index.ts';

const DAY = 86_400_000;
const live = (db: DB) =>
  new Set(
    (db.prepare("SELECT serial_number FROM devices WHERE token = 'sim' AND deleted_at IS NULL").all() as { serial_number: string }[]).map(
      (r) => r.serial_number,
    ),
  );
const simSet = (s: RunningSim) => new Set(s.control.devices('sim').map((d) => d.serial_number));
const cursor = (db: DB) => db.prepare("SELECT * FROM cursors WHERE token = 'sim'").get() as { cursor: string; phase: string; issued_at: string };

async function setup(devices: number, opts: { now?: () => Date } = {}) {
  const s = await sim({ devices, seed: 11 });
  const dir = tempDir();
  const { config } = simConfig(s, dir, `sync:\n  page_limit: 100\n`);
  const db = openDatabase(join(dir, 'adesync.db'));
  const waits: number[] = [];
  // the client's clock follows the simulator's, as a real client's follows Apple's
  const rt = createRuntime({
    config,
    db,
    logger: silentLogger,
    clientOptions: {
      now: () => s.control.now(),
      sleep: async (ms: number) => {
        waits.push(ms);
      },
    },
  });
  void opts;
  return { s, db, rt, waits };
}

test("EXPIRED_CURSOR and INVALID_CURSOR restart a full fetch that ends with exactly Apple's set", async () => {
  const { s, db, rt } = await setup(250);
  await rt.runCycle('sim');
  s.control.removeDevice('sim', s.control.devices('sim')[0].serial_number);
  s.control.advanceClock(8 * DAY);
  s.control.addDevices('sim', 3);
  const r = await rt.runCycle('sim');
  assert.equal(r.sync.ok, true, JSON.stringify(r.sync.error));
  assert.equal(r.sync.phase, 'sync');
  assert.deepEqual(live(db), simSet(s));
  s.control.injectFault({ endpoint: 'POST /devices/sync', kind: 'status', status: 400, body: 'INVALID_CURSOR' });
  const r2 = await rt.runCycle('sim');
  assert.equal(r2.sync.ok, true);
  assert.deepEqual(live(db), simSet(s));
  assert.equal(cursor(db).phase, 'sync');
});

test('a repeated cursor with more_to_follow stops the run, keeps the cursor, and is recorded', async () => {
  const { s, db, rt } = await setup(150);
  await rt.runCycle('sim');
  const before = cursor(db).cursor;
  s.control.addDevices('sim', 2);
  s.control.injectFault({ endpoint: 'POST /devices/sync', kind: 'repeat_cursor', count: 1 });
  const r = await rt.runCycle('sim');
  assert.equal(r.sync.ok, false);
  assert.equal(r.sync.error?.code, 'REPEATED_CURSOR');
  assert.equal(cursor(db).cursor, before);
  assert.equal(s.control.requestCounts()['POST /devices/sync'] < 10, true, 'no loop');
  const run = db.prepare('SELECT result, error_code FROM sync_runs ORDER BY id DESC LIMIT 1').get() as { result: string; error_code: string };
  assert.deepEqual({ ...run }, { result: 'error', error_code: 'REPEATED_CURSOR' });
  const r2 = await rt.runCycle('sim');
  assert.equal(r2.sync.ok, true);
  assert.deepEqual(live(db), simSet(s));
});

test('429 and 503 with Retry-After are waited out, then the sync completes', async () => {
  const { s, db, rt, waits } = await setup(300);
  s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'status', status: 429, body: 'TOO_MANY_REQUESTS', retryAfter: '2', count: 1 });
  s.control.injectFault({
    endpoint: 'POST /server/devices',
    kind: 'status',
    status: 503,
    retryAfter: new Date(s.control.now() + 3000).toUTCString(),
    count: 1,
  });
  const r = await rt.runCycle('sim');
  assert.equal(r.sync.ok, true, JSON.stringify(r.sync.error));
  assert.ok(waits.includes(2000), `waits ${waits}`);
  assert.ok(
    waits.some((w) => w > 0 && w <= 4000 && w !== 2000),
    `waits ${waits}`,
  );
  assert.deepEqual(live(db), simSet(s));
});

test('a session expiring mid-sync is renewed once and the sync continues', async () => {
  const { s, db, rt } = await setup(350);
  s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'delay', ms: 1, count: 1 });
  await rt.runCycle('sim', { assign: false });
  s.control.addDevices('sim', 250);
  s.control.resetCounts();
  s.control.injectFault({ endpoint: 'POST /devices/sync', kind: 'session_expire', count: 1 });
  const r = await rt.runCycle('sim');
  assert.equal(r.sync.ok, true, JSON.stringify(r.sync.error));
  assert.equal(s.control.requestCounts()['GET /session'], 1);
  assert.deepEqual(live(db), simSet(s));
});

test('T_C_NOT_SIGNED stops the token and shows on its status; it recovers once the terms are accepted', async () => {
  const { s, db, rt } = await setup(120);
  s.control.injectFault({ endpoint: '*', kind: 'status', status: 403, body: 'T_C_NOT_SIGNED', count: 1 });
  const r = await rt.runCycle('sim');
  assert.equal(r.sync.ok, false);
  assert.equal(r.sync.error?.code, 'T_C_NOT_SIGNED');
  const t = db.prepare("SELECT status, status_detail FROM tokens WHERE name = 'sim'").get() as { status: string; status_detail: string };
  assert.equal(t.status, 't_c_not_signed');
  assert.match(t.status_detail, /accept the new terms/);
  const r2 = await rt.runCycle('sim');
  assert.equal(r2.sync.ok, true);
  assert.equal((db.prepare("SELECT status FROM tokens WHERE name = 'sim'").get() as { status: string }).status, 'ok');
});

test('FAILED serials back off and THROTTLED serials wait retry_after_seconds; nothing is resent early', async () => {
  const { s, db, rt } = await setup(60);
  const serials = s.control.devices('sim').map((d) => d.serial_number);
  s.control.injectFault({ endpoint: 'POST /profile/devices', kind: 'serial_result', serials: serials.slice(0, 3), result: 'FAILED', count: 1 });
  const r = await rt.runCycle('sim');
  assert.equal(r.assign?.results.FAILED, 3);
  assert.equal(r.assign?.results.SUCCESS, 57);
  const fresh = s.control.addDevices('sim', 2).map((d) => d.serial_number);
  serials.splice(3, 0, ...fresh);
  s.control.injectFault({ endpoint: 'POST /profile/devices', kind: 'serial_result', serials: fresh, result: 'THROTTLED', retryAfterSeconds: 3600, count: 1 });
  const r2 = await rt.runCycle('sim');
  assert.equal(r2.assign?.results.THROTTLED, 2);
  const st = (serial: string) =>
    db.prepare('SELECT state, not_before, attempts FROM assignments WHERE serial_number = ?').get(serial) as {
      state: string;
      not_before: string;
      attempts: number;
    };
  assert.equal(st(serials[0]).state, 'failed');
  assert.equal(st(serials[3]).state, 'throttled');
  const wait = Date.parse(st(serials[3]).not_before) - Date.now();
  assert.ok(wait > 3500_000 && wait <= 3600_000, `throttled wait ${wait}`);
  const failedWait = Date.parse(st(serials[0]).not_before) - Date.now();
  assert.ok(failedWait > 40_000 && failedWait <= 72_000, `failed wait ${failedWait}`);
  s.control.resetCounts();
  const again = await rt.runCycle('sim');
  assert.equal(again.assign?.sent, 0, 'nothing is due yet');
  // once due, the failed ones are retried and their backoff grows on another failure
  db.prepare("UPDATE assignments SET not_before = '2000-01-01T00:00:00Z' WHERE state = 'failed'").run();
  s.control.injectFault({ endpoint: 'POST /profile/devices', kind: 'serial_result', serials: [serials[0]], result: 'FAILED', count: 1 });
  const third = await rt.runCycle('sim');
  assert.equal(third.assign?.sent, 3);
  assert.equal(st(serials[0]).attempts, 2);
  assert.equal(st(serials[1]).state, 'assigned');
});
