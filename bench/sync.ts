// Benchmark: 1,000,000 devices through adesync against `adesync sim` on loopback (the simulator in its own process,
// so the figures are adesync's). Prints devices/s, peak RSS, Apple calls per endpoint, and the bare better-sqlite3
// upsert rate of the same rows (the storage floor) in the same run. Figures, not verdicts.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openDatabase } from '../src/store/db.ts';
import { createRuntime } from '../src/daemon/runtime.ts';
import { parseConfig } from '../src/config/load.ts';
import { silentLogger } from '../src/log.ts';
import { statusReport, deviceDetail } from '../src/store/report.ts';
import { columnsOf, DEVICE_FIELDS } from '../src/store/devices.ts';
import type { Device } from '../src/apple/types.ts';
import type { CycleResult } from '../src/daemon/runtime.ts';
import { firstCycleFloor } from './floor.ts';

const N = Number(process.env.BENCH_DEVICES ?? 1_000_000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 10_000);
const MAIN = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const mb = (b: number) => (b / 1024 / 1024).toFixed(0) + ' MB';
const peak = () => process.resourceUsage().maxRSS * 1024;
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');

export async function benchSync(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'adesync-bench-'));
  const tokenFile = join(dir, 'sim.json');
  const port = 20000 + Math.floor(Math.random() * 20000);
  const sim = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, 'sim', '--listen', `127.0.0.1:${port}`, '--devices', String(N), '--seed', '42', '--token-file', tokenFile],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    await new Promise<void>((res, rej) => {
      const t = setTimeout(() => rej(new Error('simulator did not start')), 120_000);
      sim.stdout!.on('data', () => {
        if (existsSync(tokenFile)) {
          clearTimeout(t);
          res();
        }
      });
      sim.once('exit', (c) => rej(new Error(`simulator exited ${c}`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const control = (path: string, body?: unknown, method = body ? 'POST' : 'GET') =>
      fetch(url + path, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined }).then((r) => r.json());
    const token = 'sim';
    const yaml = `state_dir: ${dir}\napple: { base_url: "${url}" }\ntokens:\n  - name: ${token}\n    file: ${tokenFile}\n    default_profile: std\nprofiles:\n  std:\n    profile_name: Bench\n    url: https://enroll.example.com/enroll\n`;
    const config = parseConfig(yaml, 'bench.yaml', dir);
    const cfgPath = join(dir, 'bench.yaml');
    writeFileSync(cfgPath, yaml);
    // the whole CLI process, as an admin runs it (compiled JS when dist/ is built, else through tsx)
    const compiled = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
    const argv = existsSync(compiled) ? [compiled] : ['--import', 'tsx', MAIN];
    await control('/_control/counts', undefined, 'DELETE');

    console.log(`\n## sync + assignment, ${N.toLocaleString('en-US')} devices (simulator in its own process)`);
    // The first cycle is the product itself, `adesync sync`, in its own process: its peak RSS is the daemon's, without
    // this harness (tsx alone adds ~40 MB). GNU time reports it when installed.
    const timed = existsSync('/usr/bin/time');
    let t = Date.now();
    const run = spawnSync(
      timed ? '/usr/bin/time' : process.execPath,
      [...(timed ? ['-f', 'maxrss_kb=%M', process.execPath] : []), ...argv, '--config', cfgPath, 'sync', '--json'],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const cycleMs = Date.now() - t;
    if (run.status !== 0) throw new Error(`adesync sync exited ${run.status}: ${run.stderr}`);
    const first = (JSON.parse(run.stdout) as CycleResult[])[0];
    const productRss = /maxrss_kb=(\d+)/.exec(run.stderr)?.[1];
    const full = first.sync;
    console.log(
      `full fetch + store: ${full.devices.toLocaleString('en-US')} devices, ${full.pages} pages, ${(full.ms / 1000).toFixed(1)} s = ${rate(full.devices, full.ms)} devices/s`,
    );
    console.log(
      `assignment: ${first.assign?.sent.toLocaleString('en-US')} devices in ${first.assign?.batches} calls, ${((first.assign?.ms ?? 0) / 1000).toFixed(1)} s = ${rate(first.assign?.sent ?? 0, first.assign?.ms ?? 1)} devices/s`,
    );
    const inCycle = full.ms + (first.assign?.ms ?? 0);
    console.log(
      `end to end (one cycle: fetch, store, assign): ${(inCycle / 1000).toFixed(1)} s = ${rate(N, inCycle)} devices/s (target ≥ 60,000; ${(cycleMs / 1000).toFixed(1)} s with process start, config and migration); ` +
        `peak RSS of \`adesync sync\` ${productRss ? mb(Number(productRss) * 1024) : 'n/a (no /usr/bin/time)'} (target ≤ 200 MB)`,
    );
    const counts = (await control('/_control/counts')) as Record<string, number>;
    console.log(
      `Apple calls: ${Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; expected fetch ${Math.ceil(N / 1000)}, assign ${Math.ceil(N / 1000)}`,
    );

    const db = openDatabase(join(dir, 'adesync.db'));
    const rt = createRuntime({ config, db, logger: silentLogger });
    // Apple's 'modified' events for every assignment arrive at the next sync
    t = Date.now();
    const echo = await rt.runCycle(token, { trigger: 'bench' });
    console.log(
      `sync of Apple's assignment events: ${echo.sync.devices.toLocaleString('en-US')} records in ${((Date.now() - t) / 1000).toFixed(1)} s = ${rate(echo.sync.devices, Date.now() - t)} records/s`,
    );

    const serials = (db.prepare('SELECT serial_number FROM device_rows WHERE token = ? LIMIT ?').all(token, CHANGES) as { serial_number: string }[]).map(
      (r) => r.serial_number,
    );
    for (let i = 0; i < serials.length; i += 500) {
      await Promise.all(serials.slice(i, i + 500).map((s) => control('/_control/modify', { server: token, serial: s, changes: { asset_tag: `BENCH-${s}` } })));
    }
    t = Date.now();
    const inc = await rt.runCycle(token, { trigger: 'bench' });
    const incMs = Date.now() - t;
    console.log(
      `incremental sync: ${inc.sync.devices.toLocaleString('en-US')} changes, ${inc.sync.pages} pages, ${(incMs / 1000).toFixed(2)} s = ${rate(inc.sync.devices, incMs)} changes/s; peak RSS of this harness (tsx, in-process echo and incremental syncs) ${mb(peak())}`,
    );
    // CLI queries on the 1M-device database, as a second reader (WAL)
    const ro = openDatabase(join(dir, 'adesync.db'), { readonly: true });
    t = performance.now();
    statusReport(ro, config);
    const statusMs = performance.now() - t;
    t = performance.now();
    deviceDetail(ro, serials[123]);
    const devMs = performance.now() - t;
    ro.close();
    const wall = (args: string[]) => {
      const t0 = performance.now();
      spawnSync(process.execPath, [...argv, '--config', cfgPath, ...args], { stdio: 'ignore' });
      return performance.now() - t0;
    };
    const statusCold = wall(['status', '--json']); // the first after the sync: its own pages not yet cached
    const statusWall = Math.min(wall(['status', '--json']), wall(['status', '--json']));
    const deviceWall = Math.min(wall(['device', serials[123], '--json']), wall(['device', serials[123], '--json']));
    console.log(
      `status on ${N.toLocaleString('en-US')} devices: query ${statusMs.toFixed(0)} ms, whole \`adesync status --json\` cold ${statusCold.toFixed(0)} ms, warm ${statusWall.toFixed(0)} ms; device SERIAL: query ${devMs.toFixed(1)} ms, whole command ${deviceWall.toFixed(0)} ms (${existsSync(compiled) ? 'compiled' : 'tsx'}; target ≤ 300 ms)`,
    );
    db.close();

    // the storage floor: a bare upsert of the same rows
    const rows = (
      new Database(join(dir, 'adesync.db'), { readonly: true }).prepare('SELECT raw_json FROM devices LIMIT ?').all(N) as { raw_json: string }[]
    ).map((r) => JSON.parse(r.raw_json) as Device);
    const bare = new Database(join(dir, 'bare.db'));
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = NORMAL');
    bare.exec(
      `CREATE TABLE d (token TEXT, serial_number TEXT, ${DEVICE_FIELDS.join(' , ')}, raw_json TEXT, last_seen TEXT, PRIMARY KEY (token, serial_number)) WITHOUT ROWID`,
    );
    const cols = ['token', 'serial_number', ...DEVICE_FIELDS, 'raw_json', 'last_seen'];
    const up = bare.prepare(
      `INSERT INTO d (${cols.join(',')}) VALUES (${cols.map((c) => '@' + c).join(',')}) ON CONFLICT DO UPDATE SET ${[...DEVICE_FIELDS, 'raw_json', 'last_seen'].map((c) => `${c}=excluded.${c}`).join(',')}`,
    );
    t = Date.now();
    const batch = bare.transaction((b: Device[]) => {
      const at = new Date().toISOString();
      for (const d of b) up.run({ token, serial_number: d.serial_number, ...columnsOf(d), raw_json: JSON.stringify(d), last_seen: at });
    });
    for (let i = 0; i < rows.length; i += 1000) batch(rows.slice(i, i + 1000));
    const bareMs = Date.now() - t;
    console.log(
      `storage floor (bare better-sqlite3 upsert of the same rows): ${rate(rows.length, bareMs)} rows/s; adesync fetch+store is ${((full.devices / full.ms / (rows.length / bareMs)) * 100).toFixed(0)} % of it`,
    );
    bare.close();
    const floor = firstCycleFloor(rows, dir);
    const floorMs = floor.loadMs + floor.assignMs;
    console.log(
      `storage floor of one first cycle (adesync's own statements, no HTTP, no JSON parsing, no simulator): load ${(floor.loadMs / 1000).toFixed(1)} s + assign ${(floor.assignMs / 1000).toFixed(1)} s = ` +
        `${(floorMs / 1000).toFixed(1)} s = ${rate(rows.length, floorMs)} devices/s; the cycle end to end took ${(inCycle / floorMs).toFixed(2)}× as long`,
    );
  } finally {
    sim.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
