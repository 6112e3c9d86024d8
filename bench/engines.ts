// `adesync sync` on each engine: the same simulator account (its own process, same seed) synced and assigned by the real
// CLI, once into an SQLite file and once into a PostgreSQL server on loopback started here with durable settings
// (fsync, synchronous_commit and full_page_writes on, as in production; the test harness turns them off). Beside each
// cycle, its engine's storage floor for the same rows (bench/floor.ts, bench/pg-floor.ts) and the cycle/floor ratio;
// exact call counts (Apple's, counted by the simulator; PostgreSQL's commits and statements, counted by the server);
// then enrollments/s per node with two nodes on that PostgreSQL database (bench/enroll.ts).
// BENCH_ENGINE_DEVICES sets the size (default 1,000,000: ~10 minutes on 2 cores; 50,000-100,000 while developing).
// BENCH_ENGINE_ENROLLMENTS sets the enrollments a mode (default 10,000; 0 skips them).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Device } from '../src/apple/types.ts';
import type { CycleResult } from '../src/daemon/runtime.ts';
import { openPool } from '../src/store/pg/connect.ts';
import { type PgServer, adminQuery, startPostgres } from '../test/helpers/pg.ts';
import { benchEnrollNodes } from './enroll.ts';
import { firstCycleFloor } from './floor.ts';
import { pgFirstCycleFloor } from './pg-floor.ts';

const N = Number(process.env.BENCH_ENGINE_DEVICES ?? 1_000_000);
const ENROLLMENTS = Number(process.env.BENCH_ENGINE_ENROLLMENTS ?? 10_000);
const MAIN = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
const num = (n: number) => n.toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function startSim(dir: string): Promise<{ url: string; tokenFile: string; proc: ChildProcess }> {
  const tokenFile = join(dir, 'sim.json');
  const port = 20000 + Math.floor(Math.random() * 20000);
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, 'sim', '--listen', `127.0.0.1:${port}`, '--devices', String(N), '--seed', '42', '--token-file', tokenFile],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((res, rej) => {
    const t = setTimeout(() => rej(new Error('simulator did not start')), 120_000);
    proc.stdout!.on('data', () => {
      if (existsSync(tokenFile)) {
        clearTimeout(t);
        res();
      }
    });
    proc.once('exit', (c) => rej(new Error(`simulator exited ${c}`)));
  });
  return { url: `http://127.0.0.1:${port}`, tokenFile, proc };
}

interface Cycle {
  result: CycleResult;
  /** fetch + store + assignment, as the CLI timed them (no process start, config or migration). */
  ms: number;
  /** Apple calls by endpoint, as the simulator counted them. */
  apple: Record<string, number>;
}

/** One first cycle (full fetch, store, assignment) by the CLI process against a fresh simulator, in `dir`. */
async function cycle(name: string, dir: string, storeYaml: string): Promise<Cycle> {
  const sim = await startSim(dir);
  try {
    const yaml = `state_dir: ${dir}\napple: { base_url: "${sim.url}" }\ntokens:\n  - name: sim\n    file: ${sim.tokenFile}\n    default_profile: std\nprofiles:\n  std:\n    profile_name: Bench\n    url: https://enroll.example.com/enroll\n${storeYaml}`;
    const cfgPath = join(dir, 'bench.yaml');
    writeFileSync(cfgPath, yaml);
    const compiled = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
    const argv = existsSync(compiled) ? [compiled] : ['--import', 'tsx', MAIN];
    const timed = existsSync('/usr/bin/time');
    await fetch(`${sim.url}/_control/counts`, { method: 'DELETE' });
    const t = Date.now();
    const run = spawnSync(
      timed ? '/usr/bin/time' : process.execPath,
      [...(timed ? ['-f', 'maxrss_kb=%M cpu_s=%U+%S', process.execPath] : []), ...argv, '--config', cfgPath, 'sync', '--json'],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const wall = Date.now() - t;
    if (run.status !== 0) throw new Error(`${name}: adesync sync exited ${run.status}: ${run.stderr}`);
    const r = (JSON.parse(run.stdout) as CycleResult[])[0];
    const rss = /maxrss_kb=(\d+)/.exec(run.stderr)?.[1];
    const cpu = /cpu_s=([\d.]+)\+([\d.]+)/.exec(run.stderr);
    const ms = r.sync.ms + (r.assign?.ms ?? 0);
    const apple = (await (await fetch(`${sim.url}/_control/counts`)).json()) as Record<string, number>;
    console.log(
      `${name.padEnd(10)} fetch + store ${num(r.sync.devices)} devices in ${r.sync.pages} pages: ${secs(r.sync.ms)} = ${rate(r.sync.devices, r.sync.ms)}/s; ` +
        `assignment ${num(r.assign?.sent ?? 0)} in ${r.assign?.batches} calls: ${secs(r.assign?.ms ?? 0)}; ` +
        `cycle ${secs(ms)} = ${rate(N, ms)} devices/s (${secs(wall)} with process start and migration)` +
        (rss ? `; peak RSS ${Math.round(Number(rss) / 1024)} MB` : '') +
        (cpu ? `; CPU of the adesync process ${(Number(cpu[1]) + Number(cpu[2])).toFixed(1)} s` : ''),
    );
    console.log(
      `${''.padEnd(10)} Apple calls: ${Object.entries(apple)
        .map(([k, v]) => `${k} ${num(v)}`)
        .join(', ')}`,
    );
    return { result: r, ms, apple };
  } finally {
    sim.proc.kill();
  }
}

/** Once no client is connected to database `db` (their backends exited, their stats flushed and CPU counted). */
async function idle(pg: PgServer, db: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const [a] = (await adminQuery(pg, 'SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [db])).rows;
    if (a.n === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Commits and statements in database `db` since the last reset, once its clients have gone. */
async function serverCounts(pg: PgServer, db: string): Promise<{ commits: number; rollbacks: number; statements: number; top: string[] }> {
  await idle(pg, db);
  const [s] = (
    await adminQuery(
      pg,
      `SELECT xact_commit::bigint - COALESCE(b.c, 0) AS commits, xact_rollback::bigint - COALESCE(b.r, 0) AS rollbacks,
         (SELECT SUM(calls)::bigint FROM pg_stat_statements p WHERE p.dbid = d.datid) AS statements
       FROM pg_stat_database d LEFT JOIN bench_baseline b ON b.db = d.datname WHERE d.datname = $1`,
      [db],
    )
  ).rows;
  // where the server's time went, the five costliest statements (pg_stat_statements, text cut short)
  const top = (
    await adminQuery(
      pg,
      `SELECT calls, total_exec_time AS ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 70) AS q FROM pg_stat_statements p
       JOIN pg_database d ON d.oid = p.dbid WHERE d.datname = $1 ORDER BY total_exec_time DESC LIMIT 5`,
      [db],
    )
  ).rows.map((r) => `${(r.ms / 1000).toFixed(1)} s in ${num(Number(r.calls))} × ${r.q}`);
  return { commits: Number(s.commits), rollbacks: Number(s.rollbacks), statements: Number(s.statements), top };
}

/** CPU seconds of the server's exited backends (the postmaster's reaped children, /proc cutime + cstime; 100 ticks a second). */
function backendCpu(pg: PgServer): number | undefined {
  try {
    const pid = readFileSync(join(pg.dataDir!, 'postmaster.pid'), 'utf8').split('\n')[0];
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return undefined;
  }
}

/** Zero the server's counts for database `db`: pg_stat_statements is reset, pg_stat_database's figures noted. */
async function resetCounts(pg: PgServer, db: string): Promise<void> {
  await adminQuery(pg, 'CREATE TABLE IF NOT EXISTS bench_baseline (db text PRIMARY KEY, c bigint, r bigint)');
  await adminQuery(
    pg,
    `INSERT INTO bench_baseline SELECT datname, xact_commit, xact_rollback FROM pg_stat_database WHERE datname = $1
     ON CONFLICT (db) DO UPDATE SET c = excluded.c, r = excluded.r`,
    [db],
  );
  await adminQuery(pg, 'SELECT pg_stat_statements_reset()');
}

/** The devices as the SQLite cycle stored them: the floors write the same rows. */
function storedDevices(path: string): Device[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT raw_json FROM devices ORDER BY id').raw().all() as [string][]).map(([j]) => JSON.parse(j) as Device);
  } finally {
    db.close();
  }
}

export async function benchEngines(): Promise<void> {
  console.log(
    `\n## adesync sync, first cycle of ${num(N)} simulator devices: SQLite vs PostgreSQL, each beside its storage floor (${cpus().length} cores, shared)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'adesync-bench-engines-'));
  const sqliteDir = join(dir, 'sqlite');
  const pgDir = join(dir, 'postgresql');
  let pg: PgServer | undefined;
  try {
    for (const d of [sqliteDir, pgDir]) mkdirSync(d);
    const lite = await cycle('sqlite', sqliteDir, '');
    // pg_stat_statements counts the statements and says where the server's time went (its cost here: ~1-2 %)
    pg = await startPostgres({ conf: ['fsync=on', 'synchronous_commit=on', 'full_page_writes=on', 'shared_preload_libraries=pg_stat_statements'] });
    await adminQuery(pg, 'CREATE EXTENSION pg_stat_statements');
    await adminQuery(pg, 'CREATE DATABASE adesync_bench TEMPLATE template0');
    const version = (await adminQuery(pg, 'SHOW server_version')).rows[0].server_version;
    await resetCounts(pg, 'adesync_bench');
    const cpu0 = backendCpu(pg);
    const post = await cycle('postgresql', pgDir, `database: ${pg.url('adesync_bench')}\n`);
    const counted = await serverCounts(pg, 'adesync_bench'); // waits for the cycle's backends to exit
    const cpu1 = backendCpu(pg);
    const pages = post.result.sync.pages + (post.result.assign?.batches ?? 0);
    console.log(
      `${''.padEnd(10)} PostgreSQL counted ${num(counted.commits)} commits, ${counted.rollbacks} rollbacks, ${num(counted.statements)} statements ` +
        `(${(counted.statements / pages).toFixed(1)} a page or assign batch, BEGIN and COMMIT included; migrations, lease and run rows too)` +
        (cpu0 !== undefined && cpu1 !== undefined ? `; CPU of its server backends ${(cpu1 - cpu0).toFixed(1)} s` : ''),
    );
    for (const t of counted.top) console.log(`${''.padEnd(10)}   ${t}`);
    console.log(`(PostgreSQL ${version} on loopback, fsync on; SQLite in WAL mode on the same disk)`);

    // the floors: the same rows, each engine's tightest path, no Apple, one commit a page
    const devices = storedDevices(join(sqliteDir, 'adesync.db'));
    const sf = firstCycleFloor(devices, sqliteDir);
    await adminQuery(pg, 'CREATE DATABASE adesync_floor TEMPLATE template0');
    await resetCounts(pg, 'adesync_floor');
    const fcpu0 = backendCpu(pg);
    const pf = await pgFirstCycleFloor(pg.url('adesync_floor'), devices);
    const pfCounted = await serverCounts(pg, 'adesync_floor');
    const fcpu1 = backendCpu(pg);
    await adminQuery(pg, 'DROP DATABASE adesync_floor');
    const floorLine = (name: string, f: { loadMs: number; assignMs: number }, c: Cycle, how: string) => {
      const ms = f.loadMs + f.assignMs;
      console.log(
        `${name.padEnd(10)} floor: load ${secs(f.loadMs)} + assign ${secs(f.assignMs)} = ${secs(ms)} = ${rate(devices.length, ms)} devices/s (${how}); ` +
          `the cycle runs at ${(ms / c.ms).toFixed(2)} of its floor (${(c.ms / ms).toFixed(2)}× as long)`,
      );
    };
    floorLine('sqlite', sf, lite, "adesync's own statements, one commit per 1000");
    floorLine(
      'postgresql',
      pf,
      post,
      `one unnest() statement per page of 1000 and per assign batch, each its own commit: ${num(pfCounted.commits)} commits counted, migrations included` +
        (fcpu0 !== undefined && fcpu1 !== undefined ? `; CPU of its server backend ${(fcpu1 - fcpu0).toFixed(1)} s` : ''),
    );
    console.log('(target: the PostgreSQL cycle at ≥ 0.5 of its floor)');

    // the cycles' pages written back, and PostgreSQL's own after-work on the updated rows (checkpoint, vacuum) done first:
    // the enrollment figures are the nodes', not autovacuum's running under them
    await adminQuery(pg, 'CHECKPOINT');
    const bench = openPool({ url: pg.url('adesync_bench'), poolSize: 1 });
    await bench.exec('VACUUM (ANALYZE)').finally(() => bench.end());
    spawnSync('sync');
    if (ENROLLMENTS > 0)
      await benchEnrollNodes(pg.url('adesync_bench'), join(sqliteDir, 'adesync.db'), ENROLLMENTS, async () => {
        await idle(pg!, 'adesync_bench');
        return backendCpu(pg!);
      });
  } finally {
    pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchEngines(); // node --import tsx bench/engines.ts
