// Enrollment endpoint throughput: signed MachineInfo in, signed profile out, over loopback HTTP with 64 concurrent
// clients, for enrollment.workers = 1 (one worker thread) and 0 (one worker thread per core) in the same run. Prints
// enrollments/s, p50/p99 latency and CPU per enrollment next to `openssl speed rsa2048` sign/s from the same run.
// The load generator is this process (the server is a child): raw keep-alive sockets writing pre-built requests, so
// it takes as little of the shared cores as possible. Figures only, never a verdict.
// Run: node --import tsx bench/enroll.ts [requests-per-mode] [workers,...]   (e.g. 20000 1,0,3)
import { execFileSync, fork } from 'node:child_process';
import { benchPki, openssl, postRequest, RawClient } from './kit.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const CONCURRENCY = 64;

interface Setup {
  dir: string;
  db: string;
  config: Record<string, unknown>;
  bodies: string[];
}

function setup(): Setup {
  const dir = mkdtempSync(join(tmpdir(), 'adesync-bench-enroll-'));
  const { p, issue } = benchPki(dir);
  // Real devices each have their own identity: 16 leaves, 512 distinct device requests.
  const leaves = Array.from({ length: 16 }, (_, i) => {
    issue(`leaf${i}`, `/CN=LEAF-${i}`, 'dca', 'leaf.ext', 'rsa:1024');
    return i;
  });
  const serials = Array.from({ length: 512 }, (_, i) => `BENCH${String(i).padStart(6, '0')}`);
  const bodies = serials.map((s, i) => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n<key>LANGUAGE</key><string>en-US</string>\n<key>MDM_CAN_REQUEST_SOFTWARE_UPDATE</key><true/>\n<key>OS_VERSION</key><string>17.4</string>\n<key>PRODUCT</key><string>iPhone15,2</string>\n<key>SERIAL</key><string>${s}</string>\n<key>UDID</key><string>00008101-${String(i).padStart(16, '0')}</string>\n<key>VERSION</key><string>21E236</string>\n</dict>\n</plist>\n`;
    const l = leaves[i % leaves.length];
    return openssl(
      [
        'cms',
        '-sign',
        '-binary',
        '-nodetach',
        '-outform',
        'DER',
        '-md',
        'sha1',
        '-noattr',
        '-signer',
        p(`leaf${l}.pem`),
        '-inkey',
        p(`leaf${l}.key`),
        '-certfile',
        p('dca.pem'),
      ],
      xml,
    ).toString('base64');
  });
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
    // 512 requests replayed ~40 times each: lifted so every one is served (the limit's own check still runs per request)
    per_device_limit: { profiles: 100_000, per_minutes: 60 },
  };
  return { dir, db: p('bench.db'), config, bodies: [...bodies, ...serials.map((s) => `serial:${s}`)] };
}

/** Child process: the server alone, so the load generator's CPU is visible as such. */
async function serve(): Promise<void> {
  const { enrollmentSchema } = await import('../src/config/schema.ts');
  const { createEnrollmentServer } = await import('../src/enroll/server.ts');
  const { openDatabase } = await import('../src/store/db.ts');
  const args = JSON.parse(process.env.BENCH_ENROLL!) as { db: string; config: unknown; serials: string[]; workers: number };
  const db = openDatabase(args.db);
  const { startBackground } = await import('../src/store/background.ts');
  const background = startBackground(db); // as `adesync enroll` runs it
  const now = new Date().toISOString();
  const ins = db.prepare(
    `INSERT OR IGNORE INTO devices (token, serial_number, os, device_family, raw_json, first_seen, last_seen) VALUES ('bench', ?, 'iOS', 'iPhone', '{}', ?, ?)`,
  );
  db.transaction(() => {
    for (const s of args.serials) ins.run(s, now, now);
  })();
  const server = createEnrollmentServer({ config: enrollmentSchema.parse(args.config), db, listen: { host: '127.0.0.1', port: 0 }, workers: args.workers });
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
    await server.close();
    await background.stop();
    const rows = (db.prepare('SELECT COUNT(*) AS n FROM enrollments').get() as { n: number }).n;
    db.close();
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

async function runMode(s: Setup, requests: Buffer[], serials: string[], workers: number, total: number): Promise<Figures> {
  const child = fork(new URL(import.meta.url).pathname, ['--serve'], {
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
    env: { ...process.env, BENCH_ENROLL: JSON.stringify({ db: s.db, config: s.config, serials, workers }) },
  });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      child.once('message', (m) => resolve(m as T));
      child.once('exit', (c) => reject(new Error(`server exited ${c}`)));
    });
  const { port, workers: threads } = await next<{ port: number; workers: number }>();
  const clients = await Promise.all(Array.from({ length: CONCURRENCY }, () => RawClient.connect(port)));
  const once = async (c: RawClient, req: Buffer) => {
    const t0 = process.hrtime.bigint();
    const status = await c.send(req);
    if (status !== 200) throw new Error(`status ${status}`);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  // Warm-up (JIT, leaf caches, every worker), then mark the server's CPU clock.
  for (let round = 0; round < 8; round++) await Promise.all(clients.map((c, i) => once(c, requests[(round * CONCURRENCY + i) % requests.length])));
  child.send('mark');
  await next();
  const lat: number[] = [];
  let i = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    clients.map(async (c) => {
      while (i < total) lat.push(await once(c, requests[i++ % requests.length]));
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  for (const c of clients) c.close();
  child.send('stop');
  const { cpuMs } = await next<{ cpuMs: number }>();
  await new Promise((r) => child.once('exit', r));
  lat.sort((a, b) => a - b);
  const pct = (q: number) => lat[Math.min(lat.length - 1, Math.floor(q * lat.length))];
  return {
    workers: threads,
    perSec: total / secs,
    p50: pct(0.5),
    p99: pct(0.99),
    serverCpuMs: cpuMs / total,
    clientCpuMs: (cpu.user + cpu.system) / 1000 / total,
  };
}

export async function benchEnroll(total = Number(process.argv[2] ?? 20000), modes = (process.argv[3] ?? '1,0').split(',').map(Number)): Promise<void> {
  const s = setup();
  const bodies = s.bodies.filter((b) => !b.startsWith('serial:')).map((b) => Buffer.from(b, 'base64'));
  const serials = s.bodies.filter((b) => b.startsWith('serial:')).map((b) => b.slice(7));
  const requests = bodies.map((b) => postRequest('/enroll', b));
  console.log(
    `enroll: ${total} enrollments per mode (verify device CMS + decide + record + build ACME profile + RSA-2048 CMS sign), ${CONCURRENCY} concurrent keep-alive clients, loopback HTTP, server in its own process; ${availableParallelism()} cores shared with the load generator`,
  );
  console.log('enroll: workers            enrollments/s   p50 ms   p99 ms   server CPU ms/enr   loadgen CPU ms/enr');
  for (const w of modes) {
    const f = await runMode(s, requests, serials, w, total);
    const label = w === 1 ? '1 thread' : w === 0 ? `auto (${f.workers} threads)` : `${f.workers} threads`;
    console.log(
      `enroll: ${label.padEnd(18)} ${f.perSec.toFixed(0).padStart(13)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${f.serverCpuMs.toFixed(3).padStart(19)} ${f.clientCpuMs.toFixed(3).padStart(20)}`,
    );
  }
  console.log('enroll: target: >= 1000 enrollments/s, p99 <= 50 ms');
  console.log(`enroll: openssl speed rsa2048 (same run): ${opensslSpeed()}`);
  rmSync(s.dir, { recursive: true, force: true });
}

if (process.argv.includes('--serve')) await serve();
else if (import.meta.url === `file://${process.argv[1]}`) await benchEnroll();
