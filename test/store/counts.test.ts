// The per-token counts that `status` and /metrics read (token_counts, kept by triggers in migration 005) must equal a
// GROUP BY over the rows after every kind of change: fetch, sync (added, modified, deleted), a full fetch's "gone"
// marking, Apple's assignment answers, a page that fails half-way, and a database migrated from before 005.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase, loadMigrations, migrate, type DB } from '../../src/store/db.ts';
import { countedFromRows, keptCounts } from '../../src/store/counts.ts';
import { createRuntime } from '../../src/daemon/runtime.ts';
import { syncToken } from '../../src/sync/engine.ts';
import { createSqliteSyncStore } from '../../src/store/sync.ts';
import { createClient } from '../../src/apple/client.ts';
import { policyContext, loadRules } from '../../src/assign/context.ts';
import { silentLogger } from '../../src/log.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import Database from 'better-sqlite3';

const exact = (db: DB, what: string) => assert.deepEqual(keptCounts(db), countedFromRows(db), `counts drifted after ${what}`);

test('counts equal a GROUP BY after fetch, sync (added/modified/deleted), gone marking and assignment answers', async () => {
  const s = await sim({ devices: 2300, seed: 11 });
  const dir = tempDir();
  const { config } = simConfig(s, dir);
  const db = openDatabase(join(dir, 'adesync.db'));
  const rt = createRuntime({ config, db, logger: silentLogger, clientOptions: { sleep: async () => {} } });
  const devs = s.control.devices('sim');
  // Apple's answer FAILED for some serials
  s.control.injectFault({ endpoint: '/profile/devices', kind: 'serial_result', serials: devs.slice(0, 7).map((d) => d.serial_number), result: 'FAILED' });
  const first = await rt.runCycle('sim');
  assert.equal(first.sync.ok, true, JSON.stringify(first.sync.error));
  assert.ok((first.assign?.results.SUCCESS ?? 0) > 2000);
  exact(db, 'the first fetch and assignment');
  const state = (v: string) => keptCounts(db).find((r) => r.kind === 'assignment' && r.value === v)?.n;
  assert.equal(state('failed'), 7, 'the answers are in the counts');

  // Apple's echo of the assignments, then adds, modifications (profile_status too), deletions
  s.control.addDevices('sim', 40);
  s.control.modifyDevice('sim', devs[100].serial_number, { profile_status: 'removed' });
  s.control.modifyDevice('sim', devs[101].serial_number, { color: 'PURPLE' });
  for (const d of devs.slice(200, 230)) s.control.removeDevice('sim', d.serial_number);
  const second = await rt.runCycle('sim');
  assert.equal(second.sync.ok, true);
  assert.ok(second.sync.added >= 40 && second.sync.deleted >= 30, JSON.stringify(second.sync));
  exact(db, 'a sync with added, modified and deleted devices');

  // a device we hold that Apple no longer lists: a full fetch marks it gone
  db.prepare(`INSERT INTO devices (token, serial_number, profile_status, raw_json) VALUES ('sim', 'NOTATAPPLE01', 'assigned', '{}')`).run();
  exact(db, 'an insert through the view');
  const full = await rt.runCycle('sim', { full: true });
  assert.equal(full.sync.gone, 1);
  exact(db, 'a full fetch that marked one device gone');
  db.prepare(`DELETE FROM assignments WHERE serial_number = 'NOTATAPPLE01'`).run();
  db.prepare(`DELETE FROM device_rows WHERE serial_number = 'NOTATAPPLE01'`).run();
  exact(db, 'deletes');
  db.close();
});

test('a page that fails half-way leaves the counts as they were (same transaction)', async () => {
  const s = await sim({ devices: 2500, seed: 12 });
  const dir = tempDir();
  const { config } = simConfig(s, dir);
  const db = openDatabase(join(dir, 'adesync.db'));
  const api = createClient({ token: s.tokens.sim, tokenName: 'sim', baseUrl: s.url, logger: silentLogger, sleep: async () => {} });
  const policy = policyContext(db, config, loadRules(config));
  // the second page's transaction dies half-way, after 499 of its devices and assignments were written (a crash at that
  // instant: nothing of the page commits)
  db.exec(`CREATE TEMP TRIGGER crash AFTER INSERT ON main.assignments WHEN NEW.device_id = 1500 BEGIN SELECT RAISE(ABORT, 'crash mid-page'); END`);
  const r = await syncToken({ store: createSqliteSyncStore(db), api, token: 'sim', logger: silentLogger, policy: () => policy, pageLimit: 1000 });
  assert.equal(r.ok, false);
  assert.equal(r.pages, 1, 'one page committed before the crash');
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM device_rows').get() as { n: number }).n, 1000);
  exact(db, 'a page that failed');
  db.exec('DROP TRIGGER temp.crash');
  // the next run resumes and the counts stay exact
  const again = await syncToken({ store: createSqliteSyncStore(db), api, token: 'sim', logger: silentLogger, policy: () => policy, pageLimit: 1000 });
  assert.equal(again.ok, true, JSON.stringify(again.error));
  exact(db, 'the resumed fetch');
  assert.equal((db.prepare(`SELECT n FROM token_counts WHERE token = 'sim' AND kind = 'device' AND value = 'empty'`).get() as { n: number }).n, 2500);
  db.close();
});

test('migration 005 builds the counts of an existing database', () => {
  const path = join(tempDir(), 'old.db');
  const before = loadMigrations().filter((m) => m.version <= 3);
  const raw = new Database(path);
  migrate(raw, before);
  const dev = raw.prepare(`INSERT INTO devices (token, serial_number, profile_status, raw_json, deleted_at) VALUES (?, ?, ?, '{}', ?)`);
  const asg = raw.prepare(
    `INSERT INTO assignments (device_id, token, serial_number, state, updated_at) SELECT id, token, serial_number, ?, 'now' FROM device_rows WHERE serial_number = ?`,
  );
  const statuses = ['empty', 'assigned', 'pushed', 'removed'];
  const states = ['pending', 'assigned', 'failed', 'excluded'];
  for (let i = 0; i < 500; i++) {
    const serial = `OLD${String(i).padStart(6, '0')}`;
    dev.run(i % 3 ? 'a' : 'b', serial, statuses[i % 4], i % 17 === 0 ? '2026-01-01T00:00:00Z' : null);
    if (i % 5) asg.run(states[i % 4], serial);
  }
  raw.close();
  const db = openDatabase(path); // applies 004 (if present) and 005
  assert.ok(keptCounts(db).length > 10);
  exact(db, 'migration 005');
  db.close();
});
