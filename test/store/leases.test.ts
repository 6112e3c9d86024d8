// The token's sync lease: one holder at a time across processes, takeover on expiry or when the holder's process is gone,
// and a fencing generation that refuses every commit of a holder that lost it (a paused process that wakes up late).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { openDatabase } from '../../src/store/db.ts';
import { acquireLease, mayTake, LeaseBusyError, LeaseLostError, SELF, type LeaseRow, type Holder } from '../../src/store/leases.ts';
import { syncToken } from '../../src/sync/engine.ts';
import { createSqliteSyncStore } from '../../src/store/sync.ts';
import { createClient } from '../../src/apple/client.ts';
import { policyContext, loadRules } from '../../src/assign/context.ts';
import { silentLogger } from '../../src/log.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';

// a pid that certainly existed and is gone now
const deadPid = spawnSync(process.execPath, ['-e', '0']).pid!;
const other: Holder = { node: 'other-node', pid: process.pid, host: 'elsewhere' };
const row = (o: Partial<LeaseRow>): LeaseRow => ({
  token: 't',
  generation: 3,
  holder_node: 'n',
  holder_pid: 1,
  holder_host: SELF.host,
  run_id: null,
  acquired_at: null,
  heartbeat_at: null,
  expires_at: 10_000,
  ...o,
});

test('mayTake: free, expired, or a holder process of this host that is gone; never a live holder before expiry', () => {
  const cases: [string, LeaseRow | undefined, number, boolean][] = [
    ['no row yet', undefined, 0, true],
    ['released', row({ holder_node: null }), 0, true],
    ['held, not expired, holder alive here', row({ holder_pid: process.ppid }), 5_000, false],
    ['held, expired', row({ holder_pid: process.ppid }), 10_000, true],
    ['held, holder pid gone on this host', row({ holder_pid: deadPid }), 5_000, true],
    ['held by a process of another host: only expiry frees it', row({ holder_pid: deadPid, holder_host: 'elsewhere' }), 5_000, false],
    ['held by this very process (the runtime joins its own cycle)', row({ holder_node: SELF.node, holder_pid: process.pid }), 5_000, false],
  ];
  for (const [what, r, now, want] of cases) assert.equal(mayTake(r, SELF, now), want, what);
});

test('a second holder is refused while the first renews; after expiry it takes over and the first can never commit again', () => {
  const db = openDatabase(join(tempDir(), 'l.db'));
  let now = 1_000_000;
  const a = acquireLease(db, 'main', { durationMs: 30_000, holder: other, now: () => now });
  assert.throws(
    () => acquireLease(db, 'main', { durationMs: 30_000, now: () => now }),
    (e: unknown) => e instanceof LeaseBusyError && e.message === `a sync of main is already running (pid ${process.pid} on elsewhere)`,
  );
  now += 20_000;
  assert.equal(a.renew(), true);
  now += 20_000; // 40 s after taking it, 20 s after its renewal: still held
  assert.throws(() => acquireLease(db, 'main', { durationMs: 30_000, now: () => now }), LeaseBusyError);
  now += 15_000; // the holder paused: 35 s since its last renewal
  const b = acquireLease(db, 'main', { durationMs: 30_000, now: () => now });
  assert.equal(b.generation, a.generation + 1);
  assert.throws(() => db.transaction(() => a.fence())(), LeaseLostError, 'the old holder is fenced off');
  assert.equal(a.renew(), false);
  a.release(); // a late release by the old holder frees nothing
  assert.throws(() => acquireLease(db, 'main', { durationMs: 30_000, holder: other, now: () => now }), LeaseBusyError);
  b.fence();
  b.release();
  const c = acquireLease(db, 'main', { durationMs: 30_000, holder: other, now: () => now });
  assert.equal(c.generation, b.generation + 1);
  db.close();
});

test('a sync whose lease was taken over commits no page: the page transaction checks the fence', async () => {
  const s = await sim({ devices: 1500, seed: 5 });
  const dir = tempDir();
  const { config } = simConfig(s, dir);
  const db = openDatabase(join(dir, 'adesync.db'));
  const api = createClient({ token: s.tokens.sim, tokenName: 'sim', baseUrl: s.url, logger: silentLogger, sleep: async () => {} });
  const policy = policyContext(db, config, loadRules(config));
  let now = Date.now();
  const stale = acquireLease(db, 'sim', { durationMs: 30_000, holder: other, now: () => now });
  // the holder is paused past its lease (here: before its first page) and another takes the token over
  now += 60_000;
  acquireLease(db, 'sim', { durationMs: 30_000, now: () => now });
  const r = await syncToken({ store: createSqliteSyncStore(db), api, token: 'sim', logger: silentLogger, policy: () => policy, pageLimit: 1000, lease: stale });
  assert.equal(r.ok, false);
  assert.equal(r.error?.code, 'LEASE_LOST');
  assert.equal(r.pages, 0);
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM device_rows').get() as { n: number }).n, 0, 'nothing committed by the old holder');
  assert.equal(
    (db.prepare("SELECT status FROM tokens WHERE name = 'sim'").get() as { status: string } | undefined)?.status ?? 'unknown',
    'unknown',
    'a lost lease says nothing about the token',
  );
  db.close();
});
