// `adesync sync` on PostgreSQL: the real CLI process, the simulator and a real PostgreSQL server (test/helpers/pg.ts),
// connecting as a role whose password is in a 0600 file (store.password_file), as a deployment does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { openPool, type PgPool } from '../../src/store/pg/connect.ts';
import type { RunningSim } from '../../src/sim/index.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliAsync, cliSpawn, until } from '../helpers/cli.ts';
import { adminQuery, freshDatabase, pgServer } from '../helpers/pg.ts';

// started at file level, so the server outlives each test (pgServer stops it when the file ends)
const server = pgServer();
let roles = 0;

/** A fresh database owned by a new role with a password, a config whose store: block names it, and a superuser pool to read it back. */
async function pgSetup(s: RunningSim, extra = '') {
  const pg = await server;
  const su = await freshDatabase();
  const name = new URL(su).pathname.slice(1);
  const role = `adesync_${process.pid}_${++roles}`;
  const password = `pw-${Math.random().toString(36).slice(2)}-secret`;
  await adminQuery(pg, `CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
  await adminQuery(pg, `ALTER DATABASE ${name} OWNER TO ${role}`);
  const dir = tempDir();
  writeFileSync(join(dir, 'pg.pass'), `${password}\n`, { mode: 0o600 });
  const store = `store:\n  engine: postgresql\n  url: postgresql://${role}@${pg.host}:${pg.port}/${name}\n  password_file: ${join(dir, 'pg.pass')}\n`;
  const { path } = simConfig(s, dir, extra + store);
  const pool = openPool({ url: su });
  return { dir, path, pool, password };
}

const live = async (pool: PgPool) =>
  new Set(
    (await pool.query<{ serial_number: string }>(`SELECT serial_number FROM device_rows WHERE token = 'sim' AND deleted_at IS NULL`)).map(
      (r) => r.serial_number,
    ),
  );
const simSerials = (s: RunningSim) => new Set(s.control.devices('sim').map((d) => d.serial_number));
const pagesOfRunning = async (pool: PgPool) =>
  (await pool.query<{ p: number | null }>(`SELECT MAX(pages)::int AS p FROM sync_runs WHERE result = 'running'`).catch(() => [{ p: 0 }]))[0].p ?? 0;

function collect(child: ChildProcess) {
  const out = { stdout: '', stderr: '', code: null as number | null, done: false };
  child.stdout!.on('data', (c) => {
    out.stdout += c;
  });
  child.stderr!.on('data', (c) => {
    out.stderr += c;
  });
  const exited = new Promise<void>((r) =>
    child.once('close', (code) => {
      out.code = code;
      out.done = true;
      r();
    }),
  );
  return { out, exited };
}

/** A --json result with what differs between two runs by design (ids, times, durations, Apple's profile UUIDs) blanked. */
const comparable = (json: string) =>
  JSON.parse(json, (k, v) => (['runId', 'ms'].includes(k) ? 0 : typeof v === 'string' ? v.replace(/\b[0-9A-F]{32}\b/g, 'UUID') : v));

test('adesync sync on PostgreSQL: first cycle, then adds and deletes; exactly the simulator devices; --json as on SQLite', { timeout: 300_000 }, async () => {
  const s = await sim({ devices: 1800, seed: 41 });
  const { path, pool, password } = await pgSetup(s, 'sync:\n  page_limit: 500\n');
  try {
    const first = await cliAsync(['--config', path, 'sync', '--json'], { timeout: 120_000 });
    assert.equal(first.code, 0, first.stderr + first.stdout);
    assert.ok(!(first.stderr + first.stdout).includes(password), 'the password never reaches the output');
    const [r1] = JSON.parse(first.stdout);
    assert.equal(r1.sync.ok, true);
    assert.equal(r1.sync.devices, 1800);
    assert.equal(r1.assign.results.SUCCESS, 1800, JSON.stringify(r1.assign));
    assert.deepEqual(await live(pool), simSerials(s));
    const [tok] = await pool.query<{ server_name: string | null }>(`SELECT server_name FROM tokens WHERE name = 'sim'`);
    assert.ok(tok.server_name, 'GET /account recorded on the token row');

    // the same simulator run on SQLite gives the same --json (ids, times and UUIDs aside)
    const twin = await sim({ devices: 1800, seed: 41 });
    const lite = simConfig(twin, tempDir(), 'sync:\n  page_limit: 500\n');
    const liteRun = await cliAsync(['--config', lite.path, 'sync', '--json'], { timeout: 120_000 });
    assert.equal(liteRun.code, 0, liteRun.stderr);
    assert.deepEqual(comparable(first.stdout), comparable(liteRun.stdout), 'the same --json on both engines');

    // status on PostgreSQL: the same report as on SQLite (times and ids aside), from token_counts, runs, cursor and leases
    const st = await cliAsync(['--config', path, 'status', '--json']);
    const liteSt = await cliAsync(['--config', lite.path, 'status', '--json']);
    assert.equal(st.code, liteSt.code, st.stderr + st.stdout);
    const rep = JSON.parse(st.stdout);
    const t = rep.tokens[0];
    assert.equal(t.devices.total, 1800);
    assert.equal(t.assignments.assigned, 1800);
    assert.equal(t.last_sync.result, 'ok');
    assert.equal(t.last_sync.trigger, 'cli');
    assert.equal(t.cursor.phase, 'sync');
    assert.equal(t.lease, null, 'nobody syncs now');
    const blank = (json: string) =>
      JSON.parse(json, (k, v) =>
        ['id', 'age_seconds', 'duration_ms', 'days_left'].includes(k) ? 0 : typeof v === 'string' ? v.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T') : v,
      );
    assert.deepEqual(blank(st.stdout), blank(liteSt.stdout), 'the same status --json on both engines');

    const devs = s.control.devices('sim');
    s.control.addDevices('sim', 35);
    for (const d of devs.slice(0, 25)) s.control.removeDevice('sim', d.serial_number);
    const second = await cliAsync(['--config', path, 'sync', '--json'], { timeout: 120_000 });
    assert.equal(second.code, 0, second.stderr + second.stdout);
    const [r2] = JSON.parse(second.stdout);
    assert.equal(r2.sync.phase, 'sync', 'the second cycle resumes from the stored cursor');
    assert.equal(r2.sync.added, 35);
    assert.equal(r2.sync.deleted, 25);
    assert.equal(r2.assign.results.SUCCESS, 35, 'only the new devices are assigned');
    assert.deepEqual(await live(pool), simSerials(s), "exactly the simulator's devices");
    const runs = await pool.query<{ result: string; trigger: string }>('SELECT result, trigger FROM sync_runs ORDER BY id');
    assert.deepEqual(
      runs.map((r) => `${r.trigger}:${r.result}`),
      ['cli:ok', 'cli:ok'],
    );
  } finally {
    await pool.end();
  }
});

test('on PostgreSQL two `adesync sync` at once: one syncs, the other exits 75 naming the holder; SIGTERM mid-sync leaves the run interrupted and the next sync resumes', {
  timeout: 300_000,
}, async () => {
  const s = await sim({ devices: 2500, seed: 42 });
  const { path, pool } = await pgSetup(s, 'sync:\n  page_limit: 100\n');
  try {
    // 1.5 s a page: 25 pages of 100 keep the first sync fetching while other CLI processes start (seconds on a busy machine)
    s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'delay', ms: 1500, count: Infinity });
    const first = cliSpawn(['--config', path, 'sync']);
    const a = collect(first);
    await until(async () => (await pagesOfRunning(pool)) >= 1 || a.out.done, 90_000, 'the first sync to commit a page');
    assert.equal(a.out.done, false, a.out.stderr + a.out.stdout);
    const sessions = s.control.requestCounts()['GET /session'] ?? 0;
    // a second sync and both forms of status, all at once while the first holds the lease
    const [second, st, human] = await Promise.all([
      cliAsync(['--config', path, 'sync']),
      cliAsync(['--config', path, 'status', '--json']),
      cliAsync(['--config', path, 'status']),
    ]);
    assert.equal(second.code, 75, `${second.stderr}${second.stdout}; the first: ${a.out.stderr}${a.out.stdout}`);
    assert.match(second.stderr, new RegExp(`a sync of sim is already running \\(pid ${first.pid}\\): nothing was sent to Apple`));
    assert.equal(s.control.requestCounts()['GET /session'] ?? 0, sessions, 'the refused sync opened no Apple session');
    const [lease] = await pool.query<{ holder_pid: number }>(`SELECT holder_pid FROM sync_leases WHERE token = 'sim'`);
    assert.equal(lease.holder_pid, first.pid);
    // status names who syncs the token and since when
    const t = JSON.parse(st.stdout).tokens[0];
    assert.equal(t.lease?.pid, first.pid, st.stdout + st.stderr);
    assert.match(t.lease.since, /^\d{4}-/);
    assert.equal(t.last_sync.result, 'running');
    assert.match(human.stdout, new RegExp(`syncing +now: pid ${first.pid} on .+, since \\d{4}-`));

    first.kill('SIGTERM');
    await a.exited;
    assert.equal(a.out.code, 143, a.out.stderr);
    assert.match(a.out.stderr, /the next sync resumes from the cursor/);
    const [run] = await pool.query<{ result: string; pages: number }>('SELECT result, pages FROM sync_runs ORDER BY id DESC LIMIT 1');
    assert.equal(run.result, 'interrupted');
    const [freed] = await pool.query<{ holder_node: string | null }>(`SELECT holder_node FROM sync_leases WHERE token = 'sim'`);
    assert.equal(freed.holder_node, null, 'the lease is freed on SIGTERM');
    const [cur] = await pool.query<{ phase: string; cursor: string | null }>(`SELECT phase, cursor FROM cursors WHERE token = 'sim'`);
    assert.equal(cur.phase, 'fetch');
    assert.ok(cur.cursor, 'a cursor stored with the committed pages');
    const held = (await live(pool)).size;
    assert.ok(held >= 100 && held < 2500, `${held} devices committed before the signal`);

    s.control.clearFaults();
    const pagesBefore = s.control.requestCounts()['POST /server/devices'] ?? 0;
    const resumed = await cliAsync(['--config', path, 'sync', '--json'], { timeout: 120_000 });
    assert.equal(resumed.code, 0, resumed.stderr);
    const [r] = JSON.parse(resumed.stdout);
    assert.ok(r.sync.devices <= 2500 - held + 100, `resumed from the cursor: fetched ${r.sync.devices}, ${held} were held`);
    const fetched = (s.control.requestCounts()['POST /server/devices'] ?? 0) - pagesBefore;
    assert.ok(fetched <= (2500 - held) / 100 + 1, `${fetched} pages fetched after the resume: not a fetch from the start`);
    assert.deepEqual(await live(pool), simSerials(s));
    const results = (await pool.query<{ result: string }>('SELECT result FROM sync_runs ORDER BY id')).map((x) => x.result);
    assert.deepEqual(results, ['interrupted', 'ok']);
    // a completed sync writes no cursor past its data, and the resumed fetch kept the interrupted run's chain
    const [after] = await pool.query<{ phase: string }>(`SELECT phase FROM cursors WHERE token = 'sim'`);
    assert.equal(after.phase, 'sync');
  } finally {
    await pool.end();
  }
});

test('adesync sync with a PostgreSQL server that is not there: exit 1 naming the server and the setting, nothing asked of Apple', {
  timeout: 120_000,
}, async () => {
  const s = await sim({ devices: 10, seed: 43 });
  const { path } = simConfig(s, tempDir(), 'database: postgresql://adesync@127.0.0.1:1/adesync\n');
  const r = await cliAsync(['--config', path, 'sync']);
  assert.equal(r.code, 1, r.stderr + r.stdout);
  assert.match(r.stderr, /database postgresql:\/\/adesync@127\.0\.0\.1:1\/adesync: connection refused at 127\.0\.0\.1:1: .*database: or store\.url/);
  assert.deepEqual(s.control.requestCounts(), {}, 'no Apple call before the store is open');
});
