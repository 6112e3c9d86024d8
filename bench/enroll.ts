// Enrollment endpoint throughput: signed MachineInfo in, signed profile out, over loopback HTTP with 64 concurrent
// clients. Prints enrollments/s and p50/p99 latency next to `openssl speed rsa2048` sign/s from the same run.
// Figures only, never a verdict. Run: node --import tsx bench/enroll.ts [requests]
import { execFileSync, fork } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CONCURRENCY = 64;

function sh(args: string[], input?: Buffer | string): Buffer {
  return execFileSync('openssl', args, { input, stdio: ['pipe', 'pipe', 'pipe'] });
}

interface Setup { dir: string; db: string; config: Record<string, unknown>; bodies: string[] }

function setup(): Setup {
  const dir = mkdtempSync(join(tmpdir(), 'adesync-bench-enroll-'));
  const p = (n: string) => join(dir, n);
  writeFileSync(p('ca.ext'), 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n');
  writeFileSync(p('leaf.ext'), 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n');
  const root = (n: string, subj: string) => sh(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', p(`${n}.key`), '-out', p(`${n}.pem`), '-days', '3650', '-subj', subj, '-addext', 'basicConstraints=critical,CA:TRUE']);
  const issue = (n: string, subj: string, ca: string, ext: string, key = 'rsa:2048') => {
    sh(['req', '-new', '-newkey', key, '-nodes', '-keyout', p(`${n}.key`), '-out', p(`${n}.csr`), '-subj', subj]);
    sh(['x509', '-req', '-in', p(`${n}.csr`), '-CA', p(`${ca}.pem`), '-CAkey', p(`${ca}.key`), '-CAcreateserial', '-out', p(`${n}.pem`), '-days', '365', '-extfile', p(ext)]);
  };
  root('root', '/CN=Bench Root');
  issue('dca', '/CN=Bench iPhone Device CA', 'root', 'ca.ext');
  root('sroot', '/CN=Bench Signing Root');
  issue('signer', '/CN=Bench Profile Signer', 'sroot', 'leaf.ext');
  // Real devices each have their own identity: 16 leaves, 512 distinct device requests.
  const leaves = Array.from({ length: 16 }, (_, i) => { issue(`leaf${i}`, `/CN=LEAF-${i}`, 'dca', 'leaf.ext', 'rsa:1024'); return i; });
  const serials = Array.from({ length: 512 }, (_, i) => `BENCH${String(i).padStart(6, '0')}`);
  const bodies = serials.map((s, i) => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n<key>LANGUAGE</key><string>en-US</string>\n<key>MDM_CAN_REQUEST_SOFTWARE_UPDATE</key><true/>\n<key>OS_VERSION</key><string>17.4</string>\n<key>PRODUCT</key><string>iPhone15,2</string>\n<key>SERIAL</key><string>${s}</string>\n<key>UDID</key><string>00008101-${String(i).padStart(16, '0')}</string>\n<key>VERSION</key><string>21E236</string>\n</dict>\n</plist>\n`;
    const l = leaves[i % leaves.length];
    return sh(['cms', '-sign', '-binary', '-nodetach', '-outform', 'DER', '-md', 'sha1', '-noattr', '-signer', p(`leaf${l}.pem`), '-inkey', p(`leaf${l}.key`), '-certfile', p('dca.pem')], xml).toString('base64');
  });
  const config = {
    listen: '127.0.0.1:0',
    device_ca: { pinned_ca_file: p('dca.pem'), chain_files: [p('root.pem')], i_understand_this_is_not_apple: true },
    minimum_os: { iOS: { version: '17.0' } },
    profile: {
      payload_identifier: 'com.example.mdm.enroll', organization: 'Bench Corp', trust_cert_files: [p('sroot.pem')],
      identity: { type: 'acme', directory_url: 'https://mdm.example.com/acme/directory', subject: [[['CN', '%UDID%']]] },
      mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
    },
    signing: { cert_file: p('signer.pem'), key_file: p('signer.key') },
  };
  return { dir, db: p('bench.db'), config, bodies: [...bodies, ...serials.map((s) => `serial:${s}`)] };
}

/** Child process: the server alone, so the load generator's CPU is visible as such. */
async function serve(): Promise<void> {
  const { enrollmentSchema } = await import('../src/config/schema.ts');
  const { createEnrollmentServer } = await import('../src/enroll/server.ts');
  const { openDatabase } = await import('../src/store/db.ts');
  const args = JSON.parse(process.env.BENCH_ENROLL!) as { db: string; config: unknown; serials: string[] };
  const db = openDatabase(args.db);
  const now = new Date().toISOString();
  const ins = db.prepare(`INSERT INTO devices (token, serial_number, os, device_family, raw_json, first_seen, last_seen) VALUES ('bench', ?, 'iOS', 'iPhone', '{}', ?, ?)`);
  db.transaction(() => { for (const s of args.serials) ins.run(s, now, now); })();
  const server = createEnrollmentServer({ config: enrollmentSchema.parse(args.config), db, listen: { host: '127.0.0.1', port: 0 } });
  const addr = await server.listen();
  process.send!({ port: addr.port });
  process.on('message', async () => { await server.close(); db.close(); process.exit(0); });
}

function opensslSpeed(): string {
  try {
    const out = execFileSync('openssl', ['speed', '-seconds', '3', 'rsa2048'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    const m = /rsa 2048 bits\s+[\d.]+s\s+[\d.]+s\s+([\d.]+)\s+([\d.]+)/.exec(out);
    return m ? `${Number(m[1]).toFixed(0)} sign/s, ${Number(m[2]).toFixed(0)} verify/s (one core)` : 'unparsed';
  } catch { return 'openssl speed unavailable'; }
}

export async function benchEnroll(total = Number(process.argv[2] ?? 20000)): Promise<void> {
  const s = setup();
  const bodies = s.bodies.filter((b) => !b.startsWith('serial:')).map((b) => Buffer.from(b, 'base64'));
  const serials = s.bodies.filter((b) => b.startsWith('serial:')).map((b) => b.slice(7));
  const child = fork(new URL(import.meta.url).pathname, ['--serve'], { execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])], env: { ...process.env, BENCH_ENROLL: JSON.stringify({ db: s.db, config: s.config, serials }) } });
  const port = await new Promise<number>((resolve, reject) => { child.once('message', (m: { port: number }) => resolve(m.port)); child.once('exit', (c) => reject(new Error(`server exited ${c}`))); });
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const once = (body: Buffer) => new Promise<number>((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const req = http.request({ host: '127.0.0.1', port, path: '/enroll', method: 'POST', agent, headers: { 'Content-Length': body.length } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(Number(process.hrtime.bigint() - t0) / 1e6) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
  // Warm-up (JIT, leaf cache, connections).
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => once(bodies[i % bodies.length])));
  const lat: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < total) { const i = next++; lat.push(await once(bodies[i % bodies.length])); }
  }));
  const secs = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  const pct = (q: number) => lat[Math.min(lat.length - 1, Math.floor(q * lat.length))].toFixed(1);
  child.send('stop');
  await new Promise((r) => child.once('exit', r));
  agent.destroy();
  const speed = opensslSpeed();
  console.log(`enroll: ${total} enrollments (verify device CMS + decide + record + build ACME profile + RSA-2048 CMS sign), ${CONCURRENCY} concurrent clients, loopback HTTP, server in its own process`);
  console.log(`enroll: ${(total / secs).toFixed(0)} enrollments/s   p50 ${pct(0.5)} ms   p99 ${pct(0.99)} ms   (target: >= 1000/s, p99 <= 50 ms)`);
  console.log(`enroll: openssl speed rsa2048 (same run): ${speed}`);
  rmSync(s.dir, { recursive: true, force: true });
}

if (process.argv.includes('--serve')) await serve();
else if (import.meta.url === `file://${process.argv[1]}`) await benchEnroll();
