// Enrollment endpoint throughput: each request a device of its own (a room activating), signed MachineInfo in, signed profile out, over loopback HTTP with 64 concurrent
// clients, for enrollment.workers = 1 (one worker thread) and 0 (one worker thread per core) in the same run. Prints
// enrollments/s, p50/p99 latency and CPU per enrollment next to `openssl speed rsa2048` sign/s from the same run.
// The load generator is this process (the server is a child): raw keep-alive sockets writing pre-built requests, so
// it takes as little of the shared cores as possible. Figures only, never a verdict.
// Run: node --import tsx bench/enroll.ts [requests-per-mode] [workers,...]   (e.g. 20000 1,0,3)
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { benchPki, postRequest, RawClient } from './kit.ts';
import { ProfileSigner } from '../src/cms/sign.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const CONCURRENCY = 64;
const WARM_UP_ROUNDS = 8;
/** Requests a mode sends before its clock starts (JIT, caches, every worker): each a device of its own too. */
const WARM_UP = WARM_UP_ROUNDS * CONCURRENCY;

interface Setup {
  dir: string;
  db: string;
  config: Record<string, unknown>;
  /** Device-signed requests of `count` distinct devices from serial number `from` on (one POST each). */
  requests(from: number, count: number): Promise<Buffer[]>;
}

/** The bench's devices: serial BENCH0000000 and on, as many as asked (the servers' device tables hold them). */
const serialOf = (i: number) => `BENCH${String(i).padStart(7, '0')}`;

function setup(): Setup {
  const dir = mkdtempSync(join(tmpdir(), 'adesync-bench-enroll-'));
  const { p, issue } = benchPki(dir);
  // Real devices each have their own identity key: 16 leaf keys (openssl) sign the distinct devices' MachineInfo in turn.
  const signers = Array.from({ length: 16 }, (_, i) => {
    issue(`leaf${i}`, `/CN=LEAF-${i}`, 'dca', 'leaf.ext', 'rsa:1024');
    return ProfileSigner.fromFiles({ cert_file: p(`leaf${i}.pem`), key_file: p(`leaf${i}.key`), chain_files: [p('dca.pem')] });
  });
  const machineInfo = (i: number) =>
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n<key>LANGUAGE</key><string>en-US</string>\n<key>MDM_CAN_REQUEST_SOFTWARE_UPDATE</key><true/>\n<key>OS_VERSION</key><string>17.4</string>\n<key>PRODUCT</key><string>iPhone15,2</string>\n<key>SERIAL</key><string>${serialOf(i)}</string>\n<key>UDID</key><string>00008101-${String(i).padStart(16, '0')}</string>\n<key>VERSION</key><string>21E236</string>\n</dict>\n</plist>\n`,
    );
  const requests = async (from: number, count: number) => {
    const out: Buffer[] = [];
    for (let i = from; i < from + count; i += 256) {
      const n = Math.min(256, from + count - i);
      const signed = await Promise.all(Array.from({ length: n }, (_, k) => signers[(i + k) % signers.length].sign(machineInfo(i + k))));
      out.push(...signed.map((b) => postRequest('/enroll', b)));
    }
    return out;
  };
  const config = {
    listen: '127.0.0.1:0',
    device_ca: { pinned_ca_file: p('dca.pem'), chain_files: [p('root.pem')], i_understand_this_is_not_apple: true },
    minimum_os: { iOS: { version: '17.0' } },
    profile: {
      payload_identifier: 'com.example.mdm.enroll',
      organization: 'Bench Corp',
      trust_cert_files: [p('sroot.pem')],
      identity: { type: 'acme', directory_url: 'https://mdm.example.com/acme/directory', subject: [[['CN', '%UDID%']]] },
      mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
    },
    signing: { cert_file: p('signer.pem'), key_file: p('signer.key') },
    // the default limit (each device here enrolls once; its check, the serial's recent records, still runs per request)
  };
  return { dir, db: p('bench.db'), config, requests };
}

/** Child process: the server alone, so the load generator's CPU is visible as such. SQLite (`db`) or PostgreSQL (`pg`). */
async function serve(): Promise<void> {
  const { enrollmentSchema } = await import('../src/config/schema.ts');
  const { createEnrollmentServer } = await import('../src/enroll/server.ts');
  const args = JSON.parse(process.env.BENCH_ENROLL!) as { db?: string; pg?: string; config: unknown; devices: number; workers: number };
  const listen = { host: '127.0.0.1', port: 0 };
  const config = enrollmentSchema.parse(args.config);
  let server: ReturnType<typeof createEnrollmentServer>;
  let finish: () => Promise<number>;
  if (args.pg) {
    // a node of several on one PostgreSQL: the devices are there already (benchEnrollNodes), the records go there
    const { openPool } = await import('../src/store/pg/connect.ts');
    const { createPgEnrollmentStore } = await import('../src/store/pg/enrollments.ts');
    const pool = openPool({ url: args.pg, poolSize: Number(process.env.BENCH_PG_POOL ?? 10) });
    server = createEnrollmentServer({ config, store: createPgEnrollmentStore(pool), listen, workers: args.workers });
    finish = async () => {
      await server.close();
      const [r] = await pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM enrollments');
      await pool.end();
      return r.n;
    };
  } else {
    const { openDatabase } = await import('../src/store/db.ts');
    const { startBackground } = await import('../src/store/background.ts');
    const db = openDatabase(args.db!);
    const background = startBackground(db); // as `adesync enroll` runs it
    const now = new Date().toISOString();
    const ins = db.prepare(
      `INSERT OR IGNORE INTO devices (token, serial_number, os, device_family, raw_json, first_seen, last_seen) VALUES ('bench', ?, 'iOS', 'iPhone', '{}', ?, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < args.devices; i++) ins.run(serialOf(i), now, now);
    })();
    server = createEnrollmentServer({ config, db, listen, workers: args.workers });
    finish = async () => {
      await server.close();
      await background.stop();
      const rows = (db.prepare('SELECT COUNT(*) AS n FROM enrollments').get() as { n: number }).n;
      db.close();
      return rows;
    };
  }
  const addr = await server.listen();
  let cpu = process.cpuUsage();
  process.send!({ port: addr.port, workers: server.workers });
  process.on('message', async (m: string) => {
    if (m === 'mark') {
      cpu = process.cpuUsage();
      process.send!({ marked: true });
      return;
    }
    const used = process.cpuUsage(cpu);
    const rows = await finish();
    process.send!({ cpuMs: (used.user + used.system) / 1000, rows }, () => process.exit(0));
  });
}

function opensslSpeed(): string {
  try {
    const out = execFileSync('openssl', ['speed', '-seconds', '3', 'rsa2048'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    const m = /rsa 2048 bits\s+[\d.]+s\s+[\d.]+s\s+([\d.]+)\s+([\d.]+)/.exec(out);
    return m ? `${Number(m[1]).toFixed(0)} sign/s, ${Number(m[2]).toFixed(0)} verify/s (one core)` : 'unparsed';
  } catch {
    return 'openssl speed unavailable';
  }
}

interface Figures {
  workers: number;
  perSec: number;
  p50: number;
  p99: number;
  serverCpuMs: number;
  clientCpuMs: number;
}

/** Where a node keeps its records: an SQLite file, or a PostgreSQL database shared with the other nodes. */
export type NodeStore = { db: string } | { pg: string };
/** A node: its store, its signing threads, and the cores it may run on (`taskset` list; default all). */
type NodeSpec = { store: NodeStore; workers: number; cpus?: string };

/** Every thread of a process (and those it starts later) on these cores. */
function pin(pid: number, cpus: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
}

/** This process (the load generator) and every PostgreSQL process (its backends to come included) on these cores. */
function pinRest(cpus: string): void {
  pin(process.pid, cpus);
  const pids = spawnSync('pgrep', ['-x', 'postgres'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  for (const p of pids) pin(Number(p), cpus);
}

/**
 * `nodes` servers (each its own process, as nodes on separate machines would be), the CONCURRENCY clients split evenly
 * over them, `total` enrollments in all: each node's figures over the same interval.
 */
async function runNodes(s: Setup, requests: Buffer[], devices: number, nodes: NodeSpec[], total: number): Promise<Figures[]> {
  const children = nodes.map((n) =>
    fork(new URL(import.meta.url).pathname, ['--serve'], {
      execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
      env: { ...process.env, BENCH_ENROLL: JSON.stringify({ ...n.store, config: s.config, devices, workers: n.workers }) },
    }),
  );
  const next = <T>(child: (typeof children)[0]) =>
    new Promise<T>((resolve, reject) => {
      child.once('message', (m) => resolve(m as T));
      child.once('exit', (c) => reject(new Error(`server exited ${c}`)));
    });
  const started = await Promise.all(children.map((c) => next<{ port: number; workers: number }>(c)));
  children.forEach((c, n) => nodes[n].cpus && pin(c.pid!, nodes[n].cpus!));
  const per = Math.ceil(CONCURRENCY / nodes.length);
  const clients = await Promise.all(started.map((st) => Promise.all(Array.from({ length: per }, () => RawClient.connect(st.port)))));
  const once = async (c: RawClient, req: Buffer) => {
    const t0 = process.hrtime.bigint();
    const status = await c.send(req);
    if (status !== 200) throw new Error(`status ${status}`);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  // Warm-up (JIT, leaf caches, every worker), then mark the servers' CPU clocks.
  const all = clients.flat();
  for (let round = 0; round < WARM_UP_ROUNDS; round++) await Promise.all(all.map((c, i) => once(c, requests[round * CONCURRENCY + i])));
  await Promise.all(
    children.map((c) => {
      const marked = next(c);
      c.send('mark');
      return marked;
    }),
  );
  const lat: number[][] = nodes.map(() => []);
  let i = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    clients.flatMap((cs, n) =>
      cs.map(async (c) => {
        while (i < total) lat[n].push(await once(c, requests[WARM_UP + i++]));
      }),
    ),
  );
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  for (const c of all) c.close();
  const done = await Promise.all(
    children.map(async (c) => {
      const answer = next<{ cpuMs: number }>(c);
      c.send('stop');
      const a = await answer;
      await new Promise((r) => (c.exitCode === null ? c.once('exit', r) : r(null)));
      return a;
    }),
  );
  return lat.map((l, n) => {
    l.sort((a, b) => a - b);
    const pct = (q: number) => l[Math.min(l.length - 1, Math.floor(q * l.length))];
    return {
      workers: started[n].workers,
      perSec: l.length / secs,
      p50: pct(0.5),
      p99: pct(0.99),
      serverCpuMs: done[n].cpuMs / l.length,
      clientCpuMs: (cpu.user + cpu.system) / 1000 / total,
    };
  });
}

export async function benchEnroll(total = Number(process.argv[2] ?? 20000), modes = (process.argv[3] ?? '1,0').split(',').map(Number)): Promise<void> {
  const s = setup();
  console.log(
    `enroll: ${total} enrollments per mode, each a device of its own (verify device CMS + decide + record + build ACME profile + RSA-2048 CMS sign), ${CONCURRENCY} concurrent keep-alive clients, loopback HTTP, server in its own process; ${availableParallelism()} cores shared with the load generator`,
  );
  console.log('enroll: workers            enrollments/s   p50 ms   p99 ms   server CPU ms/enr   loadgen CPU ms/enr');
  // each mode's devices are new to the store (a fresh range of serials): no device's limit window fills up
  const each = WARM_UP + total;
  for (const [m, w] of modes.entries()) {
    const requests = await s.requests(m * each, each);
    const [f] = await runNodes(s, requests, modes.length * each, [{ store: { db: s.db }, workers: w }], total);
    const label = w === 1 ? '1 thread' : w === 0 ? `auto (${f.workers} threads)` : `${f.workers} threads`;
    console.log(
      `enroll: ${label.padEnd(18)} ${f.perSec.toFixed(0).padStart(13)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${f.serverCpuMs.toFixed(3).padStart(19)} ${f.clientCpuMs.toFixed(3).padStart(20)}`,
    );
  }
  console.log('enroll: target: >= 1000 enrollments/s, p99 <= 50 ms');
  console.log(`enroll: openssl speed rsa2048 (same run): ${opensslSpeed()}`);
  rmSync(s.dir, { recursive: true, force: true });
}

/**
 * Enrollment across nodes: one node on SQLite (`sqliteDb`), one node on PostgreSQL, then two nodes (two processes, one
 * worker thread each) on the same PostgreSQL database (`pgUrl`, migrated), the clients split over them. Both databases
 * hold the synced device set of the engines benchmark; the bench's own devices (each enrolls once) are added to it.
 */
export async function benchEnrollNodes(pgUrl: string, sqliteDb: string, total = 10_000, serverCpu?: () => Promise<number | undefined>): Promise<void> {
  const s = setup();
  try {
    const each = WARM_UP + total;
    const benchDevices = 4 * each;
    const { openPool } = await import('../src/store/pg/connect.ts');
    const pool = openPool({ url: pgUrl, poolSize: 1 });
    const now = new Date().toISOString();
    await pool.query(
      `INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen) SELECT 'bench', 'BENCH' || lpad(i::text, 7, '0'), '{"os":"iOS","device_family":"iPhone"}', $2, $2
       FROM generate_series(0, $1::int - 1) AS i ON CONFLICT DO NOTHING`,
      [benchDevices, now],
    );
    const [{ n: devices }] = await pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM device_rows');
    await pool.end();
    console.log(
      `\n## enrollments/s per node: ${total.toLocaleString('en-US')} enrollments a mode, ${CONCURRENCY} keep-alive clients split over the nodes, ` +
        `${devices.toLocaleString('en-US')} devices in each database; every node and the load generator share ${availableParallelism()} cores`,
    );
    console.log(`nodes: ${'store'.padEnd(32)} node  threads  enrollments/s   p50 ms   p99 ms   node CPU ms/enr   PostgreSQL CPU ms/enr`);
    const cores = availableParallelism();
    const modes: [string, NodeSpec[]][] = [
      ['SQLite, 1 node', [{ store: { db: sqliteDb }, workers: 0 }]],
      ['PostgreSQL, 1 node', [{ store: { pg: pgUrl }, workers: 0 }]],
      ['PostgreSQL, 2 nodes', [0, 1].map(() => ({ store: { pg: pgUrl }, workers: 1 }))],
    ];
    // a node with a core of its own: PostgreSQL and the load generator pinned to the others (what a node's core gives)
    const pinned = cores >= 2 && spawnSync('taskset', ['-V']).status === 0;
    if (pinned) modes.push(['PostgreSQL, 1 node, a core its own', [{ store: { pg: pgUrl }, workers: 1, cpus: '0' }]]);
    // BENCH_NODES=2,3 runs only those modes (1 SQLite, 2 PostgreSQL one node, 3 two nodes, 4 one node pinned): while working on one
    const only = process.env.BENCH_NODES?.split(',').map(Number);
    const cpuPerNode = new Map<string, number>();
    for (const [m, [name, nodes]] of modes.entries()) {
      if (only && !only.includes(m + 1)) continue;
      const requests = await s.requests(m * each, each); // each mode's devices new to the store
      const pg0 = 'pg' in nodes[0].store ? await serverCpu?.() : undefined;
      if (nodes[0].cpus) pinRest(`1-${cores - 1}`);
      const figures = await runNodes(s, requests, benchDevices, nodes, total).finally(() => nodes[0].cpus && pinRest(`0-${cores - 1}`));
      const pg1 = pg0 === undefined ? undefined : await serverCpu?.(); // once the nodes' backends have exited: their CPU is counted
      const pgMs = pg0 !== undefined && pg1 !== undefined ? ((pg1 - pg0) * 1000) / each : undefined; // its warm-up included
      cpuPerNode.set(name, figures[0].serverCpuMs);
      figures.forEach((f, n) =>
        console.log(
          `nodes: ${name.padEnd(32)} ${String.fromCharCode(65 + n).padStart(4)} ${String(f.workers).padStart(8)} ${f.perSec.toFixed(0).padStart(14)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${f.serverCpuMs.toFixed(3).padStart(17)} ${pgMs === undefined ? '' : pgMs.toFixed(3).padStart(23)}`,
        ),
      );
      if (figures.length > 1)
        console.log(
          `nodes: ${name.padEnd(32)} total ${figures
            .reduce((a, f) => a + f.perSec, 0)
            .toFixed(0)
            .padStart(21)}`,
        );
    }
    const one = cpuPerNode.get('PostgreSQL, 1 node');
    if (one)
      console.log(
        `nodes: a PostgreSQL node's own CPU: ${one.toFixed(3)} ms an enrollment (HTTP, CMS verify, profile build and sign, the driver): ` +
          `with ${availableParallelism()} cores of its own and the database elsewhere, room for ${Math.round((availableParallelism() * 1000) / one)}/s ` +
          '(a bound from CPU, not a measurement: here the nodes share these cores with the database and the load generator)',
      );
    console.log(`nodes: target ≥ 1000 enrollments/s per node; openssl speed rsa2048 (same run): ${opensslSpeed()}`);
  } finally {
    rmSync(s.dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--serve')) await serve();
else if (import.meta.url === `file://${process.argv[1]}`) await benchEnroll();
