// One cycle per token at a time across processes, and `status` truthful afterwards: the real binary, a real database,
// the simulator with slow pages (its delay fault on every device page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliAsync, cliSpawn, until } from '../helpers/cli.ts';
import type { RunningSim } from '../../src/sim/index.ts';

const liveSerials = (dbPath: string) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return new Set(
      (db.prepare(`SELECT serial_number FROM device_rows WHERE token = 'sim' AND deleted_at IS NULL`).all() as { serial_number: string }[]).map(
        (r) => r.serial_number,
      ),
    );
  } finally {
    db.close();
  }
};
const simSerials = (s: RunningSim) => new Set(s.control.devices('sim').map((d) => d.serial_number));
/** The running run's pages, read as a second connection (WAL): 0 until one is committed. */
const pagesOfRunning = (dbPath: string): number => {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(`SELECT MAX(pages) AS p FROM sync_runs WHERE result = 'running'`).get() as { p: number | null }).p ?? 0;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
};
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

test("two `adesync sync` and a daemon on one database with slow pages: one cycle at a time, exactly the simulator's devices, status truthful", async () => {
  const s = await sim({ devices: 3000, seed: 31 });
  const dir = tempDir();
  // no scheduled cycle during the test (once a year)
  const { path } = simConfig(s, dir, 'sync:\n  schedule: "0 0 1 1 *"\n  page_limit: 200\n');
  const dbPath = join(dir, 'adesync.db');
  // 1.5 s a page (as in the report): 15 pages of 200 keep the first sync fetching while the others start
  s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'delay', ms: 1500, count: Infinity });

  const first = cliSpawn(['--config', path, 'sync']);
  const a = collect(first);
  await until(() => pagesOfRunning(dbPath) >= 1, 60_000, 'the first sync to commit a page');
  // a second sync, started while the first is fetching: refused before touching Apple
  const calls = s.control.requestCounts()['GET /session'] ?? 0;
  const second = await cliAsync(['--config', path, 'sync']);
  assert.equal(second.code, 75, second.stderr + second.stdout);
  assert.match(second.stderr, new RegExp(`a sync of sim is already running \\(pid ${first.pid}\\)`));
  assert.equal(s.control.requestCounts()['GET /session'] ?? 0, calls, 'the refused sync opened no Apple session');
  // and a daemon started now skips its startup cycle of the token rather than running one beside it
  const daemon = cliSpawn(['--config', path, 'daemon']);
  const d = collect(daemon);
  try {
    await until(
      () => /cycle skipped: another process is syncing this token/.test(d.out.stderr + d.out.stdout) || d.out.done,
      60_000,
      'the daemon to skip its startup cycle',
    ).catch((e) => {
      throw new Error(`${e.message}; daemon said: ${d.out.stderr}${d.out.stdout}; first sync: ${a.out.stderr}${a.out.stdout} ${a.out.code}`);
    });
    assert.equal(d.out.done, false, d.out.stderr);
    await a.exited;
    assert.equal(a.out.code, 0, a.out.stderr + a.out.stdout);
    assert.match(a.out.stdout, /sim: ok — \d+ pages, 3000 devices/);
    assert.deepEqual(liveSerials(dbPath), simSerials(s), "exactly the simulator's devices");

    const st = await cliAsync(['--config', path, 'status', '--json']);
    assert.equal(st.code, 0, st.stdout + st.stderr);
    const rep = JSON.parse(st.stdout);
    const t = rep.tokens[0];
    assert.equal(t.last_sync.result, 'ok');
    assert.equal(t.last_sync.trigger, 'cli', 'the refused sync and the skipped daemon cycle are not the last sync');
    assert.equal(t.devices.total, 3000);
    assert.equal(rep.daemons.length, 1, 'the daemon is seen by its heartbeat');
    assert.equal(rep.daemons[0].pid, daemon.pid);
    assert.match(t.next_sync_at, /^\d{4}-/, 'a daemon runs: a next sync time');
  } finally {
    daemon.kill('SIGTERM');
    await d.exited;
  }
  const after = JSON.parse((await cliAsync(['--config', path, 'status', '--json'])).stdout);
  assert.equal(after.tokens[0].next_sync_at, null, 'no daemon: no next sync time');
  assert.deepEqual(after.daemons, []);
});

test('Ctrl-C during a foreground sync: the progress line is finished, the next sync resumes, exit 130; status says interrupted', async () => {
  const s = await sim({ devices: 2500, seed: 32 });
  const dir = tempDir();
  const { path } = simConfig(s, dir, 'sync:\n  page_limit: 200\n');
  const dbPath = join(dir, 'adesync.db');
  s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'delay', ms: 700, count: Infinity });
  for (const [sig, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    const child = cliSpawn(['--config', path, 'sync']);
    const c = collect(child);
    await until(() => pagesOfRunning(dbPath) >= 1 || c.out.done, 60_000, 'a committed page');
    assert.equal(c.out.done, false, c.out.stderr + c.out.stdout);
    child.kill(sig);
    await c.exited;
    assert.equal(c.out.code, code, c.out.stderr);
    assert.match(c.out.stderr, /the next sync resumes from the cursor/);
    const st = await cliAsync(['--config', path, 'status', '--json']);
    const t = JSON.parse(st.stdout).tokens[0];
    assert.equal(t.last_sync.result, 'interrupted', st.stdout);
    assert.match((await cliAsync(['--config', path, 'status'])).stdout, /fetch interrupted .*the next sync resumes from the cursor/);
  }
  // a holder killed outright (no handler runs): its run reads as interrupted and its lease is taken over at once
  const killed = cliSpawn(['--config', path, 'sync']);
  const k = collect(killed);
  await until(() => pagesOfRunning(dbPath) >= 1, 60_000, 'a committed page');
  killed.kill('SIGKILL');
  await k.exited;
  const st = JSON.parse((await cliAsync(['--config', path, 'status', '--json'])).stdout);
  assert.equal(st.tokens[0].last_sync.result, 'interrupted', 'a run whose process is gone');
  s.control.clearFaults();
  const resumed = await cliAsync(['--config', path, 'sync', '--json'], { timeout: 120_000 });
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.deepEqual(liveSerials(dbPath), simSerials(s));
});
