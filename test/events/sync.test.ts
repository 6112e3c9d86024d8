import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../src/store/db.ts';
import { createRuntime } from '../../src/daemon/runtime.ts';
import { silentLogger } from '../../src/log.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';

const HOOK = (types = '[]', tokens = '[]') =>
  `webhooks:\n  - name: mdm\n    url: http://127.0.0.1:9/hook\n    secret_file: hook.secret\n    types: ${types}\n    tokens: ${tokens}\n`;
type Ev = { seq: number; type: string; token: string; subject: string; data: string };
const since = (db: DB, seq: number) => db.prepare('SELECT seq, type, token, subject, data FROM outbox WHERE seq > ? ORDER BY seq').all(seq) as Ev[];
const top = (db: DB) => db.prepare('SELECT COALESCE(MAX(seq), 0) FROM outbox').pluck().get() as number;
const sorted = (xs: string[]) => [...xs].sort();

/** The device events of a run, as the engine's own history (device_events) records them: the outbox must say the same. */
function history(db: DB, runs: number[]): string[] {
  const kinds: Record<string, string> = { added: 'device.added', modified: 'device.modified', deleted: 'device.removed', gone: 'device.removed' };
  return (
    db.prepare(`SELECT kind, token, serial_number FROM device_events WHERE sync_run_id IN (${runs.join(',')})`).all() as {
      kind: string;
      token: string;
      serial_number: string;
    }[]
  ).map((r) => `${kinds[r.kind]} ${r.token} ${r.serial_number}`);
}

test("sync and assignment write exactly one event per committed change: first load, Apple's echo, adds, changes, removals, a move", async () => {
  const s = await sim({
    servers: [
      { name: 'a', devices: 1200, seed: 3 },
      { name: 'b', devices: 20, seed: 4 },
    ],
  });
  const dir = tempDir();
  const { config } = simConfig(s, dir, `sync:\n  page_limit: 500\n${HOOK()}`);
  const db = openDatabase(join(dir, 'adesync.db'));
  const rt = createRuntime({ config, db, logger: silentLogger, clientOptions: { sleep: async () => {} } });

  const first = await rt.runCycle('a');
  assert.equal(first.sync.ok, true, JSON.stringify(first.sync.error));
  let ev = since(db, 0);
  const serialsA = s.control.devices('a').map((d) => d.serial_number);
  assert.deepEqual(
    sorted(ev.filter((e) => e.type === 'device.added').map((e) => e.subject)),
    sorted(serialsA),
    'one device.added per device of the first load',
  );
  assert.deepEqual(sorted(ev.filter((e) => e.type === 'profile.assigned').map((e) => e.subject)), sorted(serialsA), 'one profile.assigned per device');
  assert.equal(ev.length, 2 * serialsA.length);
  const added = JSON.parse(ev[0].data);
  assert.equal(added.serial_number, ev[0].subject);
  assert.ok(added.device.model, "Apple's record travels with the event");
  // per device, the device.added comes before its profile.assigned
  const firstSeq = new Map<string, number>();
  for (const e of ev) if (e.type === 'device.added') firstSeq.set(e.subject, e.seq);
  for (const e of ev) if (e.type === 'profile.assigned') assert.ok(e.seq > firstSeq.get(e.subject)!);

  let mark = top(db);
  const echo = await rt.runCycle('a');
  ev = since(db, mark);
  assert.equal(ev.length, echo.sync.modified);
  assert.deepEqual(sorted(ev.map((e) => `${e.type} ${e.token} ${e.subject}`)), sorted(history(db, [echo.sync.runId])));
  assert.ok(
    ev.every(
      (e) => e.type === 'device.modified' && JSON.parse(e.data).changes.after.profile_assign_time && JSON.parse(e.data).device.profile_status === 'assigned',
    ),
  );

  await rt.runCycle('b');
  const [moved, removed, changed] = serialsA.slice(0, 3);
  s.control.moveDevice('a', 'b', moved);
  s.control.removeDevice('a', removed);
  s.control.modifyDevice('a', changed, { asset_tag: 'TAG-1' });
  s.control.addDevices('a', 2);
  mark = top(db);
  const ra = await rt.runCycle('a');
  s.control.injectFault({ endpoint: '/profile/devices', kind: 'serial_result', serials: [moved], result: 'NOT_ACCESSIBLE', count: 1 });
  const rb = await rt.runCycle('b');
  ev = since(db, mark);
  const device = ev.filter((e) => e.type.startsWith('device.'));
  assert.deepEqual(
    sorted(device.map((e) => `${e.type} ${e.token} ${e.subject}`).map((x) => x.replace('device.moved', 'device.added'))),
    sorted(history(db, [ra.sync.runId, rb.sync.runId])),
    "device events = the engine's own history of these runs",
  );
  const of = (serial: string) => ev.filter((e) => e.subject === serial).map((e) => `${e.type} ${e.token}`);
  assert.deepEqual(
    of(moved).filter((x) => x.startsWith('device.')),
    ['device.removed a', 'device.moved b'],
  );
  assert.equal(JSON.parse(ev.find((e) => e.type === 'device.moved')!.data).from_token, 'a');
  assert.ok(of(moved).includes('profile.not_accessible b'), of(moved).join());
  assert.deepEqual(of(removed), ['device.removed a']);
  assert.equal(of(changed)[0], 'device.modified a');
  assert.deepEqual(JSON.parse(ev.find((e) => e.subject === changed)!.data).changes, { before: { asset_tag: null }, after: { asset_tag: 'TAG-1' } });
  db.close();
});

test('filters: only the types and tokens an endpoint asked for are written; no webhook, no device events', async () => {
  const s = await sim({
    servers: [
      { name: 'a', devices: 30, seed: 3 },
      { name: 'b', devices: 30, seed: 4 },
    ],
  });
  for (const [extra, want] of [
    [HOOK('[profile.*]', '[b]'), { 'profile.assigned b': 30 }],
    ['', {}],
  ] as const) {
    const dir = tempDir();
    const { config } = simConfig(s, dir, extra);
    const db = openDatabase(join(dir, 'adesync.db'));
    const rt = createRuntime({ config, db, logger: silentLogger, clientOptions: { sleep: async () => {} } });
    await rt.runCycle('a');
    await rt.runCycle('b');
    await rt.runCycle('a');
    const got: Record<string, number> = {};
    for (const e of since(db, 0)) got[`${e.type} ${e.token}`] = (got[`${e.type} ${e.token}`] ?? 0) + 1;
    assert.deepEqual(got, want);
    db.close();
  }
});
