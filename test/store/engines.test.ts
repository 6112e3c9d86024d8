// One battery, two engines (NanoDEP's model): the same sync and assignment scenario against the simulator, once on a
// real SQLite file and once on a real PostgreSQL, must leave the same devices, assignments, events, counts, runs and
// cursor, and the same webhook events (outbox and deliveries per endpoint). Then what only a shared database can show: a
// fenced page on PostgreSQL, and a page that dies half-way (before or after its events were written).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db.ts';
import { createSqliteSyncStore, type SyncStore } from '../../src/store/sync.ts';
import { createSqliteAssignStore, type AssignStore } from '../../src/store/assign.ts';
import { acquireLease, type Lease, type LeaseOptions } from '../../src/store/leases.ts';
import { openPool, type PgPool } from '../../src/store/pg/connect.ts';
import { migratePostgres } from '../../src/store/pg/migrate.ts';
import { createPgSyncStore } from '../../src/store/pg/sync.ts';
import { createPgAssignStore } from '../../src/store/pg/assign.ts';
import { createSqliteEnrollmentStore, type EnrollmentStore } from '../../src/store/enrollments.ts';
import { createPgEnrollmentStore } from '../../src/store/pg/enrollments.ts';
import { createEventCollector, createOutbox, type Filters } from '../../src/events/outbox.ts';
import { senderStatements } from '../../src/store/outbox.ts';
import { endpointWants } from '../../src/events/types.ts';
import { acquireLeasePg } from '../../src/store/pg/leases.ts';
import { ensureEndpointsPg } from '../../src/store/pg/outbox.ts';
import { syncToken, type SyncOptions } from '../../src/sync/engine.ts';
import { assignDue, MAX_BATCH, preparePolicy } from '../../src/assign/assigner.ts';
import { loadedPolicyContext, loadRules } from '../../src/assign/context.ts';
import { buildProfiles } from '../../src/daemon/runtime.ts';
import { createClient } from '../../src/apple/client.ts';
import { silentLogger } from '../../src/log.ts';
import type { Config } from '../../src/config/schema.ts';
import type { RunningSim } from '../../src/sim/index.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { freshDatabase } from '../helpers/pg.ts';

interface Engine {
  name: string;
  sync: SyncStore;
  assign: AssignStore;
  enrollments: EnrollmentStore;
  /** SQLite: the sender's fan-out into deliveries (PostgreSQL writes them with the events). */
  fanOut(): Promise<void>;
  lease(token: string, o?: Partial<LeaseOptions>): Promise<Lease>;
  /** SQL for the test's own setup and read-back: a statement and its parameters, as `?` placeholders. */
  all(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

const TOKEN_ROW = `INSERT INTO tokens (name, token_file, consumer_key_sha256, access_token_expiry, created_at, updated_at)
  VALUES ('sim', 'sim.json', 'x', '2099-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`;

/** Two endpoints: one wants everything, one only device events of the token (so the filters are exercised). */
const FILTERS: Filters = [
  { name: 'all', types: [], tokens: [] },
  { name: 'devices', types: ['device.*'], tokens: ['sim'] },
];

function sqliteEngine(): Engine {
  const db = openDatabase(join(tempDir(), 'adesync.db'));
  db.exec(TOKEN_ROW);
  const outbox = createOutbox(db, FILTERS);
  const sender = senderStatements(db);
  return {
    name: 'sqlite',
    sync: createSqliteSyncStore(db, outbox),
    assign: createSqliteAssignStore(db, MAX_BATCH, outbox),
    enrollments: createSqliteEnrollmentStore(db, outbox),
    fanOut: async () => {
      for (const f of FILTERS) while (sender.fanOut(f.name, (t, k) => endpointWants(f, t, k), 1000, 'T') === 1000);
    },
    lease: async (token, o) => acquireLease(db, token, { durationMs: 30_000, ...o }),
    all: async (sql, params = []) => {
      const st = db.prepare(sql);
      if (st.reader) return st.all(...params) as Record<string, unknown>[];
      st.run(...params);
      return [];
    },
    close: async () => {
      db.close();
    },
  };
}

async function pgEngine(): Promise<Engine & { pool: PgPool }> {
  const pool = openPool({ url: await freshDatabase() });
  await migratePostgres(pool);
  await pool.exec(TOKEN_ROW);
  const events = createEventCollector(FILTERS);
  await ensureEndpointsPg(
    pool,
    FILTERS.map((f) => f.name),
  );
  return {
    name: 'postgresql',
    pool,
    sync: createPgSyncStore(pool, events),
    assign: createPgAssignStore(pool, MAX_BATCH, events),
    enrollments: createPgEnrollmentStore(pool, events),
    fanOut: async () => {},
    lease: (token, o) => acquireLeasePg(pool, token, { durationMs: 30_000, ...o }),
    all: (sql, params = []) => {
      let i = 0;
      return pool.query(
        sql.replace(/\?/g, () => `$${++i}`),
        params,
      );
    },
    close: () => pool.end(),
  };
}

/** One cycle as the daemon runs it: the lease, the policy prepared, the sync, then assignment. */
async function cycle(e: Engine, s: RunningSim, config: Config, opts: SyncOptions = {}) {
  const api = createClient({ token: s.tokens.sim, tokenName: 'sim', baseUrl: s.url, logger: silentLogger, sleep: async () => {} });
  const lease = await e.lease('sim');
  const policy = loadedPolicyContext(config, loadRules(config), (t) => e.assign.currentUuids(t), ['sim']);
  const actx = {
    store: e.assign,
    api,
    token: 'sim',
    logger: silentLogger,
    profiles: buildProfiles(config, ['standard']),
    policy,
    lease,
    backoff: { failedSeconds: 60, failedMaxSeconds: 3600, throttledDefaultSeconds: 60 },
  };
  try {
    const sync = await syncToken(
      { store: e.sync, api, token: 'sim', logger: silentLogger, policy, pageLimit: 500, lease },
      { ...opts, preflight: async () => void (await preparePolicy(actx)) },
    );
    assert.equal(sync.ok, true, `${e.name}: ${JSON.stringify(sync.error)}`);
    const assign = await assignDue(actx);
    assert.equal(assign.error, undefined, `${e.name}: ${JSON.stringify(assign.error)}`);
    return { sync, assign };
  } finally {
    await lease.release();
  }
}

/** What a run leaves, engine-neutral: times and generated ids left out, booleans as 0/1. */
async function snapshot(e: Engine) {
  // What differs between two simulators by design, whatever the engine: the profile UUID Apple generates and the
  // times it stamps (assignment, op_date of a change made during the test)
  const same = (v: unknown) => (typeof v === 'string' ? v.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME').replace(/\b[0-9A-F]{32}\b/g, 'UUID') : v);
  const n = (rows: Record<string, unknown>[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : same(v)])));
  return {
    devices: n(
      await e.all(
        `SELECT serial_number, profile_status, CASE WHEN profile_uuid IS NULL THEN 0 ELSE 1 END AS has_uuid, CASE WHEN deleted_at IS NULL THEN 0 ELSE 1 END AS gone, raw_json FROM device_rows ORDER BY serial_number`,
      ),
    ),
    assignments: n(
      await e.all(
        `SELECT serial_number, state, profile_name, CASE WHEN profile_uuid IS NULL THEN 0 ELSE 1 END AS has_uuid, attempts, last_result, reason FROM assignments ORDER BY serial_number`,
      ),
    ),
    events: n(
      await e.all(
        `SELECT kind, serial_number, op_type, before_json, after_json FROM device_events WHERE kind <> 'assignment' ORDER BY serial_number, kind, id`,
      ),
    ),
    assignmentEvents: n(await e.all(`SELECT serial_number FROM device_events WHERE kind = 'assignment' ORDER BY serial_number, id`)),
    counts: n(await e.all(`SELECT token, kind, value, n FROM token_counts WHERE n <> 0 ORDER BY token, kind, value`)),
    runs: n(await e.all(`SELECT kind, result, pages, devices, added, modified, deleted FROM sync_runs ORDER BY id`)),
    cursor: n(await e.all(`SELECT phase, CASE WHEN cursor IS NULL THEN 0 ELSE 1 END AS has_cursor, fetch_run_id FROM cursors`)),
    // webhook events in the order written, and which endpoint got a delivery of which
    outbox: n(await e.all(`SELECT type, token, subject, time, data, dedupe FROM outbox ORDER BY seq`)),
    deliveries: n(
      await (async () => {
        await e.fanOut();
        return e.all(`SELECT d.endpoint, o.type, d.subject, d.state, d.attempts FROM webhook_deliveries d JOIN outbox o ON o.seq = d.seq
          ORDER BY d.endpoint, d.seq`);
      })(),
    ),
  };
}

async function scenario(e: Engine) {
  const s = await sim({ devices: 2300, seed: 11 });
  const { config } = simConfig(s, tempDir());
  const devs = s.control.devices('sim');
  s.control.injectFault({ endpoint: '/profile/devices', kind: 'serial_result', serials: devs.slice(0, 7).map((d) => d.serial_number), result: 'FAILED' });
  const first = await cycle(e, s, config);
  assert.equal(first.sync.devices, 2300);
  assert.equal(first.assign.results.FAILED, 7, e.name);
  s.control.addDevices('sim', 40);
  s.control.modifyDevice('sim', devs[100].serial_number, { profile_status: 'removed' });
  s.control.modifyDevice('sim', devs[101].serial_number, { color: 'PURPLE' });
  for (const d of devs.slice(200, 230)) s.control.removeDevice('sim', d.serial_number);
  const second = await cycle(e, s, config);
  assert.ok(second.sync.added >= 40 && second.sync.deleted >= 30, `${e.name}: ${JSON.stringify(second.sync)}`);
  // a device we hold that Apple no longer lists: a complete fetch marks it gone
  await e.all(
    `INSERT INTO device_rows (token, serial_number, profile_status, raw_json, first_seen, last_seen) VALUES ('sim', 'NOTATAPPLE01', 'assigned', '{}', 'T', 'T')`,
  );
  const full = await cycle(e, s, config, { full: true });
  assert.equal(full.sync.gone, 1, e.name);
  // an enrollment batch: two of our devices served or refused, and a refusal without a verified serial (never an event)
  await e.enrollments.write({
    records: [
      { at: '2026-12-01T08:00:00.000Z', token: 'sim', serial_number: devs[5].serial_number, udid: 'U1', decision: 'served', profile_rule: 'default' },
      { at: '2026-12-01T08:00:01.000Z', token: 'sim', serial_number: devs[6].serial_number, decision: 'refused', reason: 'os_too_old' },
      { at: '2026-12-01T08:00:02.000Z', decision: 'refused', reason: 'unsigned' },
    ],
    refusals: [],
    limited: [],
    fixed: [],
  });
  return snapshot(e);
}

test('the sync and assignment battery leaves the same state on SQLite and on PostgreSQL', { timeout: 300_000 }, async () => {
  const lite = sqliteEngine();
  const pg = await pgEngine();
  try {
    const a = await scenario(lite);
    const b = await scenario(pg);
    for (const k of Object.keys(a) as (keyof typeof a)[]) assert.deepEqual(b[k], a[k], `${k} differ between SQLite and PostgreSQL`);
    assert.equal(a.devices.length, 2300 + 40 + 1);
    // the events themselves: every device of the first load, the changes, Apple's answers, the enrollments
    const count = (keys: unknown[]) => {
      const m: Record<string, number> = {};
      for (const k of keys) m[String(k)] = (m[String(k)] ?? 0) + 1;
      return m;
    };
    const t = count(a.outbox.map((r) => r.type));
    assert.equal(t['device.added'], 2300 + 40, JSON.stringify(t));
    assert.equal(t['profile.failed'], 7, JSON.stringify(t));
    assert.ok(t['profile.assigned'] >= 2300, JSON.stringify(t));
    assert.ok(t['device.removed'] >= 31 && t['device.modified'] >= 1, JSON.stringify(t));
    assert.equal(t['enrollment.served'], 1);
    assert.equal(t['enrollment.refused'], 1);
    const per = count(a.deliveries.map((d) => d.endpoint));
    assert.equal(per.all, a.outbox.length, 'the endpoint that wants everything has every event');
    assert.equal(per.devices, a.outbox.filter((r) => String(r.type).startsWith('device.')).length, 'the other only device events');
  } finally {
    await lite.close();
    await pg.close();
  }
});

test('PostgreSQL: a leader that lost its lease commits nothing; a page that fails half-way leaves nothing of it, and the next run resumes exactly', {
  timeout: 300_000,
}, async () => {
  const e = await pgEngine();
  try {
    const s = await sim({ devices: 1500, seed: 5 });
    const { config } = simConfig(s, tempDir());
    const api = createClient({ token: s.tokens.sim, tokenName: 'sim', baseUrl: s.url, logger: silentLogger, sleep: async () => {} });
    const policy = loadedPolicyContext(config, loadRules(config), (t) => e.assign.currentUuids(t), ['sim']);
    const other = { node: 'other-node', pid: 1, host: 'elsewhere' };
    let now = Date.now();
    // the old leader is paused past its lease, another node takes the token over
    const stale = await e.lease('sim', { holder: other, now: () => now });
    now += 60_000;
    const taker = await e.lease('sim', { now: () => now });
    const lost = await syncToken({ store: e.sync, api, token: 'sim', logger: silentLogger, policy, pageLimit: 500, lease: stale });
    assert.equal(lost.error?.code, 'LEASE_LOST');
    assert.equal((await e.all('SELECT COUNT(*)::int AS n FROM device_rows'))[0].n, 0, 'nothing committed by the old leader');
    await taker.release();

    // the second page's transaction dies at its 400th device row: none of that page commits, its cursor is not stored
    await e.pool.exec(`CREATE FUNCTION crash() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF (SELECT COUNT(*) FROM device_rows) >= 900 THEN RAISE EXCEPTION 'crash mid-page'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER crash BEFORE INSERT ON device_rows FOR EACH ROW EXECUTE FUNCTION crash()`);
    const lease = await e.lease('sim');
    const crashed = await syncToken({ store: e.sync, api, token: 'sim', logger: silentLogger, policy, pageLimit: 500, lease });
    assert.equal(crashed.ok, false);
    assert.equal(crashed.pages, 1);
    assert.equal((await e.all('SELECT COUNT(*)::int AS n FROM device_rows'))[0].n, 500);
    const [cur] = await e.all('SELECT phase, fetch_run_id FROM cursors');
    assert.equal(cur.phase, 'fetch', 'the cursor is the first page’s, never ahead of stored data');
    await e.pool.exec('DROP TRIGGER crash ON device_rows');
    const resumed = await syncToken({ store: e.sync, api, token: 'sim', logger: silentLogger, policy, pageLimit: 500, lease });
    assert.equal(resumed.ok, true, JSON.stringify(resumed.error));
    await lease.release();
    assert.equal((await e.all('SELECT COUNT(DISTINCT serial_number)::int AS n FROM device_rows WHERE deleted_at IS NULL'))[0].n, 1500);
    const drift =
      await e.all(`SELECT c.kind, c.value, c.n, (SELECT COUNT(*)::int FROM device_rows d WHERE d.deleted_at IS NULL AND d.profile_status = c.value) AS rows
      FROM token_counts c WHERE c.kind = 'device'`);
    for (const r of drift) assert.equal(r.n, r.rows, `token_counts ${r.value} drifted`);
  } finally {
    await e.close();
  }
});

test('PostgreSQL: a page that fails after writing its webhook events leaves none of them; the next run writes each once', { timeout: 300_000 }, async () => {
  const e = await pgEngine();
  try {
    const s = await sim({ devices: 1200, seed: 9 });
    const { config } = simConfig(s, tempDir());
    const api = createClient({ token: s.tokens.sim, tokenName: 'sim', baseUrl: s.url, logger: silentLogger, sleep: async () => {} });
    const policy = loadedPolicyContext(config, loadRules(config), (t) => e.assign.currentUuids(t), ['sim']);
    // the second page dies at its last statement (the cursor), after its devices, events and deliveries were written
    await e.pool.exec(`CREATE FUNCTION crash() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF (SELECT COUNT(*) FROM device_rows) >= 1000 THEN RAISE EXCEPTION 'crash mid-page'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER crash BEFORE INSERT OR UPDATE ON cursors FOR EACH ROW EXECUTE FUNCTION crash()`);
    const lease = await e.lease('sim');
    const crashed = await syncToken({ store: e.sync, api, token: 'sim', logger: silentLogger, policy, pageLimit: 500, lease });
    assert.equal(crashed.ok, false);
    assert.equal(crashed.pages, 1);
    const counts = async () =>
      (
        await e.all(`SELECT (SELECT COUNT(*)::int FROM outbox WHERE type = 'device.added') AS events,
          (SELECT COUNT(DISTINCT subject)::int FROM outbox WHERE type = 'device.added') AS subjects, (SELECT COUNT(*)::int FROM webhook_deliveries) AS deliveries`)
      )[0];
    assert.deepEqual(await counts(), { events: 500, subjects: 500, deliveries: 1000 }, 'only the committed page’s events, one delivery per endpoint');
    // the failed run is an event too (the trigger of migration 006), written with the run's row
    assert.equal((await e.all(`SELECT COUNT(*)::int AS n FROM outbox WHERE type = 'sync.failed'`))[0].n, 1);
    await e.pool.exec('DROP TRIGGER crash ON cursors');
    const resumed = await syncToken({ store: e.sync, api, token: 'sim', logger: silentLogger, policy, pageLimit: 500, lease });
    assert.equal(resumed.ok, true, JSON.stringify(resumed.error));
    await lease.release();
    assert.deepEqual(await counts(), { events: 1200, subjects: 1200, deliveries: 2400 }, 'each device added once');
  } finally {
    await e.close();
  }
});
