// `adesync status` on a 1,000,000-device database, and what keeping its counts costs the first cycle.
// The database is built by the storage floor of one first cycle (bench/floor.ts: adesync's own statements, the
// simulator's device records), twice: with the count triggers of migration 005 and without them. Then the whole
// `adesync status --json` command, as an admin runs it: cold (after dropping the page cache where the kernel allows,
// else right after the build) and warm. Figures, not verdicts.
// Run alone: node --import tsx bench/status.ts [devices]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSim } from '../src/sim/index.ts';
import type { Device } from '../src/apple/types.ts';
import { firstCycleFloor } from './floor.ts';
import { openDatabase } from '../src/store/db.ts';
import { statusReport } from '../src/store/report.ts';
import { parseConfig } from '../src/config/load.ts';

const MAIN = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

/** The simulator's device records, page by page, in process (no HTTP). */
function simDevices(n: number): Device[] {
  const { state } = createSim({ devices: n, seed: 42 });
  const s = state.server('sim');
  const out: Device[] = [];
  let cursor: string | undefined;
  while (out.length < n) {
    const page = (
      state.fetch(s, cursor ? { cursor, limit: 1000 } : { limit: 1000 }, 10) as { json: { devices: Device[]; cursor: string; more_to_follow: boolean } }
    ).json;
    out.push(...page.devices);
    cursor = page.cursor;
    if (!page.more_to_follow) break;
  }
  return out;
}

/** Drop the kernel's page cache (root, outside most containers); false when not allowed. */
function dropCaches(): boolean {
  spawnSync('sync');
  try {
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

export async function benchStatus(n = Number(process.env.BENCH_DEVICES ?? 1_000_000)): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'adesync-bench-status-'));
  try {
    console.log(`\n## status and its counts, ${n.toLocaleString('en-US')} devices`);
    const devices = simDevices(n);
    const dbPath = join(dir, 'adesync.db');
    // alternating rounds, so the machine's drift (and the kernel writing back the previous round) falls on both sides
    const rounds = Number(process.env.BENCH_FLOOR_ROUNDS ?? 1);
    const total = (f: { loadMs: number; assignMs: number }) => f.loadMs + f.assignMs;
    const fmt = (f: { loadMs: number; assignMs: number; cpuMs: number }) =>
      `load ${(f.loadMs / 1000).toFixed(1)} s + assign ${(f.assignMs / 1000).toFixed(1)} s = ${(total(f) / 1000).toFixed(1)} s (CPU ${(f.cpuMs / 1000).toFixed(1)} s)`;
    // CPU time of this process as well as wall time: on a shared machine the wall time drifts with the neighbours' load
    const floor = (o: Parameters<typeof firstCycleFloor>[3]) => {
      const c0 = process.cpuUsage();
      const f = firstCycleFloor(devices, dir, 'sim', o);
      const c = process.cpuUsage(c0);
      return { ...f, cpuMs: (c.user + c.system) / 1000 };
    };
    for (let r = 0; r < rounds; r++) {
      spawnSync('sync');
      const without = floor({ counts: false });
      spawnSync('sync');
      const withCounts = floor(r === rounds - 1 ? { keep: dbPath } : {});
      console.log(
        `first-cycle storage floor, round ${r + 1}: without counts ${fmt(without)}; with counts (triggers) ${fmt(withCounts)}: ` +
          `wall ${((total(withCounts) / total(without) - 1) * 100).toFixed(1)} %, CPU ${((withCounts.cpuMs / without.cpuMs - 1) * 100).toFixed(1)} % more`,
      );
    }
    devices.length = 0;

    const yaml = `state_dir: ${dir}\ndatabase: ${dbPath}\ntokens:\n  - name: sim\n    file: ${join(dir, 'sim.json')}\n    default_profile: std\nprofiles:\n  std:\n    profile_name: Bench\n    url: https://enroll.example.com/enroll\n`;
    const cfg = join(dir, 'bench.yaml');
    writeFileSync(cfg, yaml);
    const compiled = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
    const argv = existsSync(compiled) ? [compiled] : ['--import', 'tsx', MAIN];
    const wall = () => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [...argv, '--config', cfg, 'status', '--json'], { encoding: 'utf8' });
      const ms = performance.now() - t0;
      const total = (JSON.parse(r.stdout) as { tokens: { devices: { total: number } }[] }).tokens[0].devices.total;
      if (total !== n) throw new Error(`status counted ${total} devices, expected ${n}`);
      return ms;
    };
    const dropped = dropCaches();
    const cold = wall();
    const warm = Math.min(wall(), wall(), wall());
    // the same command on an empty database: what process start and module loading cost on this machine today
    const emptyCfg = join(dir, 'empty.yaml');
    writeFileSync(emptyCfg, yaml.replace(`database: ${dbPath}`, `database: ${join(dir, 'empty.db')}`));
    spawnSync(process.execPath, [...argv, '--config', emptyCfg, 'migrate'], { stdio: 'ignore' });
    const empty = Math.min(
      ...[0, 1, 2].map(() => {
        const t0 = performance.now();
        spawnSync(process.execPath, [...argv, '--config', emptyCfg, 'status', '--json'], { stdio: 'ignore' });
        return performance.now() - t0;
      }),
    );
    // the query alone, in process: cold and warm
    const config = parseConfig(yaml, cfg, dir);
    dropCaches();
    const queryMs = () => {
      const db = openDatabase(dbPath, { readonly: true });
      const t0 = performance.now();
      statusReport(db, config);
      const ms = performance.now() - t0;
      db.close();
      return ms;
    };
    const qCold = queryMs();
    const qWarm = Math.min(queryMs(), queryMs(), queryMs());
    console.log(
      `whole \`adesync status --json\` on ${n.toLocaleString('en-US')} devices: cold ${cold.toFixed(0)} ms` +
        ` (${dropped ? 'page cache dropped' : 'page cache not droppable here: right after the build'}), warm ${warm.toFixed(0)} ms; ` +
        `on an empty database ${empty.toFixed(0)} ms; its query ${qCold.toFixed(1)} ms cold, ${qWarm.toFixed(1)} ms warm ` +
        `(${existsSync(compiled) ? 'compiled' : 'tsx'}; target ≤ 300 ms either way)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchStatus(Number(process.argv[2] ?? 1_000_000));
