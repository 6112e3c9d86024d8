// OTA answers per second beside the ADE POST, in one harness: the server (with the OTA routes and a loopback SCEP
// challenge service) runs in its own process; this process sends pre-built requests over keep-alive sockets.
// - ADE POST: device-signed MachineInfo → verify + decide + record + SCEP profile + sign;
// - OTA phase 2: device-signed attributes with a one-time CHALLENGE → verify + consume + fetch a SCEP challenge +
//   SCEP identity profile + sign (every request spends its own challenge);
// - OTA phase 3: signed by an identity from the OTA CA → verify + dates + session transition + enrollment profile
//   encrypted to that identity (EnvelopedData) + sign (every request completes its own session).
// Figures only, never a verdict. Run: node --import tsx bench/ota.ts [phase-2 requests] [phase-3 requests]
import { fork } from 'node:child_process';
import { benchPki, openssl, postRequest, RawClient } from './kit.ts';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type net from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const CONCURRENCY = 32;
const WARM = 2 * CONCURRENCY;

/** The bench PKI plus the OTA identity CA, 16 device leaves and one key for every phase-2 identity. */
function pki(dir: string) {
  const { p, root, issue } = benchPki(dir);
  root('otaca', '/CN=Bench OTA Identity CA');
  for (let i = 0; i < 16; i++) issue(`leaf${i}`, `/CN=LEAF-${i}`, 'dca', 'leaf.ext', 'rsa:1024');
  // one key for every phase-2 identity (the SCEP server would see one per device; the cost here is the certificate)
  openssl(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', p('identity.key'), '-out', p('identity.csr'), '-subj', '/CN=x']);
  return p;
}

const xml = (d: Record<string, string>) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${Object.entries(d)
    .map(([k, v]) => `<key>${k}</key><string>${v}</string>`)
    .join('\n')}\n</dict>\n</plist>\n`;

interface Prepared {
  dir: string;
  db: string;
  config: Record<string, unknown>;
  ade: Buffer[];
  phase2: Buffer[];
  phase3: Buffer[];
}

async function prepare(n2: number, n3: number): Promise<Prepared> {
  const { ProfileSigner } = await import('../src/cms/sign.ts');
  const { openDatabase } = await import('../src/store/db.ts');
  const { createOtaStore } = await import('../src/store/ota.ts');
  const dir = mkdtempSync(join(tmpdir(), 'adesync-bench-ota-'));
  const p = pki(dir);
  const cert = (f: string) => new X509Certificate(readFileSync(p(f)));
  const dca = cert('dca.pem');
  // device requests signed in-process (SHA-256, DER, signed attributes: the iOS-like form), each leaf its own signer
  const leaves = Array.from({ length: 16 }, (_, i) => new ProfileSigner(cert(`leaf${i}.pem`), createPrivateKey(readFileSync(p(`leaf${i}.key`))), [dca]));
  const db = openDatabase(p('bench.db'));
  const store = createOtaStore(db);
  const user = { issuer: 'https://idp.bench', subject: 'bench', email: 'bench@example.test', groups: ['staff'] };
  const now = new Date().toISOString();
  const device = db.prepare(
    `INSERT OR IGNORE INTO devices (token, serial_number, os, device_family, raw_json, first_seen, last_seen) VALUES ('bench', ?, 'OSX', 'Mac', '{}', ?, ?)`,
  );
  const mac = (serial: string, udid: string) => ({ PRODUCT: 'Mac14,2', SERIAL: serial, UDID: udid, VERSION: '23D56' });
  const ade = Array.from({ length: 256 }, (_, i) => {
    device.run(`ADE${i}`, now, now);
    return leaves[i % 16].signSync(Buffer.from(xml({ ...mac(`ADE${i}`, `ADE-UDID-${i}`), OS_VERSION: '14.4' })));
  });
  const phase2 = Array.from({ length: n2 }, (_, i) => {
    device.run(`OTA${i}`, now, now);
    store.create({ challenge: `bench-challenge-${i}`, user, ttlSeconds: 3600 });
    return leaves[i % 16].signSync(Buffer.from(xml({ ...mac(`OTA${i}`, `OTA-UDID-${i}`), CHALLENGE: `bench-challenge-${i}`, IMEI: '', MEID: '' })));
  });
  const idKey = createPrivateKey(readFileSync(p('identity.key')));
  const phase3 = Array.from({ length: n3 }, (_, i) => {
    const [serial, udid] = [`OTB${i}`, `OTB-UDID-${i}`];
    device.run(serial, now, now);
    store.create({ challenge: `bench-p3-${i}`, user, ttlSeconds: 3600 });
    const c = store.consume({ challenge: `bench-p3-${i}`, serial, udid, ttlSeconds: 3600 });
    if (!c.ok) throw new Error(`cannot prepare session ${i}: ${c.reason}`);
    const out = p(`id${i}.pem`);
    openssl([
      'x509',
      '-req',
      '-in',
      p('identity.csr'),
      '-subj',
      `/CN=${udid}/serialNumber=${serial}/OU=adesync-ota ${c.session.id}`,
      '-CA',
      p('otaca.pem'),
      '-CAkey',
      p('otaca.key'),
      '-CAcreateserial',
      '-out',
      out,
      '-days',
      '30',
      '-extfile',
      p('leaf.ext'),
    ]);
    return new ProfileSigner(cert(`id${i}.pem`), idKey).signSync(Buffer.from(xml({ ...mac(serial, udid), IMEI: '', MEID: '' })));
  });
  db.close();
  const config = {
    listen: '127.0.0.1:0',
    public_url: 'https://mdm.example.com',
    device_ca: { pinned_ca_file: p('dca.pem'), chain_files: [p('root.pem')], i_understand_this_is_not_apple: true },
    profile: {
      payload_identifier: 'com.example.mdm.enroll',
      organization: 'Bench Corp',
      trust_cert_files: [p('sroot.pem')],
      identity: { type: 'scep', url: 'https://mdm.example.com/scep', challenge: 'bench-static', subject: [[['CN', '%UDID%']]] },
      mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
    },
    signing: { cert_file: p('signer.pem'), key_file: p('signer.key') },
    per_device_limit: { profiles: 100_000, per_minutes: 60 },
    ota: { identity_ca: { cert_file: p('otaca.pem') }, scep: { url: 'https://scep.example.com/ota', challenge_url: 'http://127.0.0.1:1/' }, encrypt: true },
  };
  return { dir, db: p('bench.db'), config, ade, phase2, phase3 };
}

/** Child process: the server with its OTA routes and a loopback SCEP challenge service. */
async function serve(): Promise<void> {
  const http = await import('node:http');
  const { enrollmentSchema } = await import('../src/config/schema.ts');
  const { createEnrollmentServer } = await import('../src/enroll/server.ts');
  const { createOtaService } = await import('../src/auth/ota.ts');
  const { openDatabase } = await import('../src/store/db.ts');
  const args = JSON.parse(process.env.BENCH_OTA!) as { db: string; config: { ota: { scep: { challenge_url: string } } } };
  let n = 0;
  const challenges = http.createServer({ keepAlive: true }, (req, res) => {
    req.resume();
    req.on('end', () => res.end(`scep-${n++}`));
  });
  await new Promise<void>((r) => challenges.listen(0, '127.0.0.1', r));
  args.config.ota.scep.challenge_url = `http://127.0.0.1:${(challenges.address() as net.AddressInfo).port}/challenge`;
  const config = enrollmentSchema.parse(args.config);
  const db = openDatabase(args.db);
  const noLogin = {
    begin: () => Promise.reject(new Error('no login in this bench')),
    onComplete: () => {},
  };
  const ota = createOtaService({ config, db, login: noLogin });
  const server = createEnrollmentServer({ config, db, listen: { host: '127.0.0.1', port: 0 }, workers: 0, routes: [ota.route] });
  const addr = await server.listen();
  let cpu = process.cpuUsage();
  process.send!({ port: addr.port, workers: server.workers });
  process.on('message', async (m: string) => {
    if (m === 'mark') {
      cpu = process.cpuUsage();
      process.send!({ marked: true });
    } else if (m === 'cpu') {
      const used = process.cpuUsage(cpu);
      process.send!({ cpuMs: (used.user + used.system) / 1000 });
    } else {
      await server.close();
      challenges.close();
      db.close();
      process.exit(0);
    }
  });
}

export async function benchOta(n2 = Number(process.argv[2] ?? 2000), n3 = Number(process.argv[3] ?? 500)): Promise<void> {
  console.log(`ota: preparing ${n2} phase-2 challenges and ${n3} phase-3 sessions with their own identities (openssl)…`);
  const s = await prepare(n2, n3);
  const child = fork(new URL(import.meta.url).pathname, ['--serve'], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_OTA: JSON.stringify({ db: s.db, config: s.config }) },
  });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      child.once('message', (m) => resolve(m as T));
      child.once('exit', (c) => reject(new Error(`server exited ${c}`)));
    });
  const { port, workers } = await next<{ port: number; workers: number }>();
  const clients = await Promise.all(Array.from({ length: CONCURRENCY }, () => RawClient.connect(port)));
  console.log(
    `ota: ${CONCURRENCY} concurrent keep-alive clients, loopback HTTP, server in its own process with ${workers} worker threads; ${availableParallelism()} cores shared with the load generator`,
  );
  console.log('ota: answer                                 answers/s   p50 ms   p99 ms   server CPU ms/answer');
  const run = async (label: string, requests: Buffer[], reuse: boolean) => {
    const once = async (c: RawClient, req: Buffer) => {
      const t0 = process.hrtime.bigint();
      const status = await c.send(req);
      if (status !== 200) throw new Error(`${label}: status ${status}`);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    let i = 0;
    // warm-up: JIT, leaf caches, every worker; single-use requests are spent here, not timed
    await Promise.all(
      clients.map(async (c) => {
        while (i < WARM) await once(c, requests[i++ % requests.length]);
      }),
    );
    const total = reuse ? 4 * requests.length : requests.length;
    child.send('mark');
    await next();
    const lat: number[] = [];
    const t0 = performance.now();
    await Promise.all(
      clients.map(async (c) => {
        while (i < total) lat.push(await once(c, requests[i++ % requests.length]));
      }),
    );
    const secs = (performance.now() - t0) / 1000;
    child.send('cpu');
    const { cpuMs } = await next<{ cpuMs: number }>();
    lat.sort((a, b) => a - b);
    const pct = (q: number) => lat[Math.min(lat.length - 1, Math.floor(q * lat.length))];
    console.log(
      `ota: ${label.padEnd(36)} ${(lat.length / secs).toFixed(0).padStart(11)} ${pct(0.5).toFixed(1).padStart(8)} ${pct(0.99).toFixed(1).padStart(8)} ${(cpuMs / lat.length).toFixed(3).padStart(22)}`,
    );
  };
  await run(
    'ADE POST (SCEP profile)',
    s.ade.map((b) => postRequest('/enroll', b)),
    true,
  );
  await run(
    'OTA phase 2 (SCEP identity profile)',
    s.phase2.map((b) => postRequest('/ota/profile', b)),
    false,
  );
  await run(
    'OTA phase 3 (encrypted enrollment)',
    s.phase3.map((b) => postRequest('/ota/profile', b)),
    false,
  );
  for (const c of clients) c.close();
  child.send('stop');
  await new Promise((r) => child.once('exit', r));
  console.log('ota: target for the signing-bound paths: >= 1000 answers/s on this machine');
  rmSync(s.dir, { recursive: true, force: true });
}

if (process.argv.includes('--serve')) await serve();
else if (import.meta.url === `file://${process.argv[1]}`) await benchOta();
