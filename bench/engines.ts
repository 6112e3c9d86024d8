// `adesync sync` on each engine: the same simulator account (its own process, same seed) synced and assigned by the real
// CLI, once into an SQLite file and once into a PostgreSQL server on loopback started here with durable settings
// (fsync, synchronous_commit and full_page_writes on, as in production; the test harness turns them off).
// BENCH_ENGINE_DEVICES sets the size (default 100,000).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CycleResult } from '../src/daemon/runtime.ts';
import { adminQuery, startPostgres } from '../test/helpers/pg.ts';

const N = Number(process.env.BENCH_ENGINE_DEVICES ?? 100_000);
const MAIN = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');

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

/** One first cycle (full fetch, store, assignment) by the CLI process against a fresh simulator; its result and wall time. */
async function cycle(name: string, storeYaml: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `adesync-bench-${name}-`));
  const sim = await startSim(dir);
  try {
    const yaml = `state_dir: ${dir}\napple: { base_url: "${sim.url}" }\ntokens:\n  - name: sim\n    file: ${sim.tokenFile}\n    default_profile: std\nprofiles:\n  std:\n    profile_name: Bench\n    url: https://enroll.example.com/enroll\n${storeYaml}`;
    const cfgPath = join(dir, 'bench.yaml');
    writeFileSync(cfgPath, yaml);
    const compiled = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
    const argv = existsSync(compiled) ? [compiled] : ['--import', 'tsx', MAIN];
    const timed = existsSync('/usr/bin/time');
    const t = Date.now();
    const run = spawnSync(
      timed ? '/usr/bin/time' : process.execPath,
      [...(timed ? ['-f', 'maxrss_kb=%M', process.execPath] : []), ...argv, '--config', cfgPath, 'sync', '--json'],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const wall = Date.now() - t;
    if (run.status !== 0) throw new Error(`${name}: adesync sync exited ${run.status}: ${run.stderr}`);
    const r = (JSON.parse(run.stdout) as CycleResult[])[0];
    const rss = /maxrss_kb=(\d+)/.exec(run.stderr)?.[1];
    const inCycle = r.sync.ms + (r.assign?.ms ?? 0);
    console.log(
      `${name.padEnd(10)} fetch + store ${r.sync.devices.toLocaleString('en-US')} devices in ${r.sync.pages} pages: ${(r.sync.ms / 1000).toFixed(1)} s = ${rate(r.sync.devices, r.sync.ms)}/s; ` +
        `assignment ${r.assign?.sent.toLocaleString('en-US')} in ${r.assign?.batches} calls: ${((r.assign?.ms ?? 0) / 1000).toFixed(1)} s; ` +
        `cycle ${(inCycle / 1000).toFixed(1)} s = ${rate(N, inCycle)} devices/s (${(wall / 1000).toFixed(1)} s with process start and migration)` +
        (rss ? `; peak RSS ${Math.round(Number(rss) / 1024)} MB` : ''),
    );
  } finally {
    sim.proc.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchEngines(): Promise<void> {
  console.log(`\n## adesync sync, first cycle of ${N.toLocaleString('en-US')} simulator devices: SQLite vs PostgreSQL (${cpus().length} cores, shared)`);
  await cycle('sqlite', '');
  const pg = await startPostgres({ conf: ['fsync=on', 'synchronous_commit=on', 'full_page_writes=on'] });
  try {
    await adminQuery(pg, 'CREATE DATABASE adesync_bench TEMPLATE template0');
    const version = (await adminQuery(pg, 'SHOW server_version')).rows[0].server_version;
    await cycle(`postgresql`, `database: postgresql://postgres@127.0.0.1:${pg.port}/adesync_bench\n`);
    console.log(`(PostgreSQL ${version} on loopback, fsync on; SQLite in WAL mode on the same disk)`);
  } finally {
    pg.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchEngines(); // node --import tsx bench/engines.ts
