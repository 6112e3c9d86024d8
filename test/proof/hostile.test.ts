import { test, after, describe, it } from 'node:test';
import { spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { enrollmentSchema } from '../../src/config/schema.ts';
import { createEnrollmentServer } from '../../src/enroll/server.ts';
import type { PoolStats } from '../../src/enroll/pool.ts';
import { openDatabase } from '../../src/store/db.ts';
import { ProfileSigner } from '../../src/cms/sign.ts';
import { machineInfoXml } from '../../src/demo/device.ts';
import { tempDir } from '../helpers/tmp.ts';
import { makeTestPki, openssl } from '../cms/testpki.ts';
import { figure, mib, percentile, prng, seedFor, size, type Prng } from './lib.ts';
import { fetchOnce } from '../helpers/http.ts';
import { createLogger } from '../../src/log.ts';
import { createMetrics } from '../../src/daemon/metrics.ts';
import { REFUSAL_CODES } from '../../src/enroll/refusals.ts';
import { until as untilWithin } from '../helpers/cli.ts';

/**
 * Hostile input at the enrollment endpoint: ≥ 10,000 generated bad requests (large: 100,000), ~64 in flight, with
 * valid enrollments interleaved. Every bad one gets a 4xx or a closed connection — never a 5xx, never a crash;
 * valid ones keep getting 200; RSS stays bounded; slow senders and idle connections are cut off.
 */
const seed = seedFor('hostile', 4242);
const rnd = prng(seed);
const TOTAL = size(10_000, 100_000);
const IN_FLIGHT = 64;

const pki = makeTestPki();
const dir = tempDir();
const db = openDatabase(join(dir, 'adesync.db'));
writeFileSync(join(dir, 'challenge.txt'), 'static-challenge\n');

// leaves from the trusted device CA with odd extensions: refused (4xx), except a huge SAN, which is harmless
const odd = (name: string, ext: string) => {
  const p = (n: string) => join(pki.dir, n);
  writeFileSync(p(`${name}.ext`), ext);
  openssl(['req', '-new', '-newkey', 'rsa:1024', '-nodes', '-keyout', p(`${name}.key`), '-out', p(`${name}.csr`), '-subj', `/CN=${name}`]);
  openssl([
    'x509',
    '-req',
    '-in',
    p(`${name}.csr`),
    '-CA',
    p('deviceca.pem'),
    '-CAkey',
    p('deviceca.key'),
    '-CAcreateserial',
    '-out',
    p(`${name}.pem`),
    '-days',
    '30',
    '-extfile',
    p(`${name}.ext`),
  ]);
  return { cert: p(`${name}.pem`), key: p(`${name}.key`) };
};
const oddLeaves = {
  unknown_critical: odd('oddcrit', 'basicConstraints=critical,CA:FALSE\n1.2.3.4.5.6.7=critical,ASN1:UTF8String:surprise\n'),
  ca_true: odd('oddca', 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,digitalSignature\n'),
  no_digital_signature: odd('oddku', 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,keyEncipherment\n'),
  huge_san: odd('oddsan', `subjectAltName=${Array.from({ length: 400 }, (_, i) => `DNS:host${i}.example.invalid`).join(',')}\n`),
};

const signerOf = (c: { cert: string; key: string }, chain = [pki.deviceCa]) =>
  new ProfileSigner(
    new X509Certificate(require_file(c.cert)),
    createPrivateKey(require_file(c.key)),
    chain.map((f) => new X509Certificate(require_file(f))),
  );
function require_file(p: string) {
  return readFileSync(p);
}

const device = signerOf(pki.leaf);
const strangers = [signerOf(pki.other.leaf, [pki.other.deviceCa]), signerOf(pki.selfSigned, []), signerOf(pki.rootIssued, [pki.root])];
const oddSigners = Object.entries(oddLeaves).map(([k, v]) => [k, signerOf(v)] as const);

const config = enrollmentSchema.parse({
  listen: '127.0.0.1:0',
  allow_unknown_serials: true,
  device_ca: { pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true },
  per_device_limit: { profiles: 100_000 }, // one serial enrolls again and again here; the replay limit has its own tests
  minimum_os: { iOS: { version: '17.0' } },
  profile: {
    payload_identifier: 'com.example.mdm.enroll',
    display_name: 'Example MDM',
    organization: 'Example Corp',
    trust_cert_files: [pki.signer.root],
    identity: { type: 'scep', url: 'https://mdm.example.com/scep', challenge_file: join(dir, 'challenge.txt'), subject: [[['CN', '%SERIAL%']]] },
    mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
  },
  signing: { cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] },
});
const srv = createEnrollmentServer({ config, db, listen: { host: '127.0.0.1', port: 0 }, headersTimeoutMs: 2000, requestTimeoutMs: 3000 });
const { port } = await srv.listen();
after(() => srv.close());

const mi = (o: Record<string, unknown> = {}) => ({
  UDID: '00008101-000A1B2C3D4E001E',
  SERIAL: 'F2LXK0Q0HG7F',
  PRODUCT: 'iPhone15,2',
  VERSION: '22B83',
  OS_VERSION: '18.1',
  LANGUAGE: 'en-US',
  ...o,
});
const validBody = () => device.signSync(machineInfoXml(mi({ SERIAL: `VALID${rnd.int(100000, 999999)}` })));
const VALID = validBody();

function nested(depth: number, kind: 'dict' | 'array'): string {
  return kind === 'dict'
    ? '<dict><key>k</key>'.repeat(depth) + '<string>x</string>' + '</dict>'.repeat(depth)
    : '<array>'.repeat(depth) + '</array>'.repeat(depth);
}
const plistDoc = (inner: string) =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">${inner}</plist>`,
  );

type Gen = { kind: string; body: Buffer; headers?: Record<string, string>; method?: string; path?: string; mayServe?: boolean };
// signed payloads are costly to make: a pool per kind, reused (mutations are cheap)
const pool = (n: number, make: (r: Prng) => Buffer) => Array.from({ length: n }, () => make(rnd));
const wrongTypes: Record<string, unknown>[] = [
  { SERIAL: 12345 },
  { UDID: ['a', 'b'] },
  { OS_VERSION: { major: 18 } },
  { PRODUCT: true },
  { VERSION: 3.14 },
  { SERIAL: '' },
  { SERIAL: 'x'.repeat(5000) },
  { LANGUAGE: { a: 1 } },
  { MDM_CAN_REQUEST_SOFTWARE_UPDATE: 'yes' },
  { SERIAL: new Date(0) },
  { UDID: Buffer.from('udid') },
  { SERIAL: undefined },
];
const signedPools = {
  wrong_types: pool(60, (r) => device.signSync(machineInfoXml(mi(r.pick(wrongTypes)) as never))),
  huge_plist: pool(8, (r) =>
    device.signSync(
      plistDoc(`<dict>${Array.from({ length: r.int(500, 1500) }, (_, i) => `<key>K${i}</key><string>${'v'.repeat(10)}</string>`).join('')}</dict>`),
    ),
  ),
  nested_plist: pool(8, (r) => device.signSync(plistDoc(nested(r.int(500, 3500), r.pick(['dict', 'array'] as const))))),
  not_a_dict: pool(6, (r) =>
    device.signSync(
      plistDoc(r.pick(['<string>hi</string>', '<array/>', '<integer>1</integer>', '<dict><key>SERIAL</key></dict>', '<date>bogus</date>', '<data>!!!</data>'])),
    ),
  ),
  binary_or_junk_content: pool(8, (r) =>
    device.signSync(
      r.pick([
        Buffer.from('bplist00'),
        r.bytes(200),
        Buffer.from(
          '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><plist><string>&b;&b;&b;</string></plist>',
        ),
        Buffer.alloc(0),
      ]),
    ),
  ),
  wrong_signer: pool(30, (r) => r.pick(strangers).signSync(machineInfoXml(mi()))),
};
const oddPool = oddSigners.map(([k, s]) => [k, s.signSync(machineInfoXml(mi()))] as const);

function generate(r: Prng): Gen {
  const k = r.int(0, 15);
  switch (k) {
    case 0:
      return { kind: 'random_bytes', body: r.bytes(r.int(0, 4096)) };
    case 1: {
      const b = r.bytes(r.int(4, 2048));
      b[0] = 0x30;
      b[1] = r.pick([0x80, 0x82, 0x83, 0x84]);
      return { kind: 'der_like_bytes', body: b };
    }
    case 2:
      return { kind: 'truncated_cms', body: VALID.subarray(0, r.int(1, VALID.length - 1)) };
    case 3: {
      const b = Buffer.from(VALID);
      for (let i = r.int(1, 8); i > 0; i--) b[r.int(0, b.length - 1)] ^= 1 << r.int(0, 7);
      return { kind: 'bitflipped_cms', body: b, mayServe: true }; // a flip in an unsigned, ignored field may still verify
    }
    case 4:
      return { kind: 'wrong_signer', body: r.pick(signedPools.wrong_signer) };
    case 5: {
      const [name, body] = r.pick(oddPool);
      return { kind: `odd_extension_${name}`, body, mayServe: name === 'huge_san' };
    }
    case 6:
      return { kind: 'wrong_types', body: r.pick(signedPools.wrong_types) };
    case 7:
      return { kind: 'huge_plist', body: r.pick(signedPools.huge_plist) };
    case 8:
      return { kind: 'nested_plist', body: r.pick(signedPools.nested_plist) };
    case 9:
      return { kind: 'not_a_dict', body: r.pick(signedPools.not_a_dict) };
    case 10:
      return { kind: 'junk_content', body: r.pick(signedPools.binary_or_junk_content) };
    case 11:
      return { kind: 'oversized_body', body: Buffer.concat([VALID, r.bytes(65 * 1024 + r.int(0, 200_000))]) };
    case 12:
      return { kind: 'unsigned_plist', body: machineInfoXml(mi()) };
    case 13:
      return {
        kind: 'bad_header_deviceinfo',
        method: 'GET',
        body: Buffer.alloc(0),
        headers: {
          'x-apple-aspen-deviceinfo': r.pick(['!!!notbase64', r.bytes(300).toString('base64'), VALID.subarray(0, 500).toString('base64'), 'A'.repeat(90_000)]),
        },
      };
    case 14:
      return r.next() < 0.5
        ? { kind: 'wrong_method', method: r.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS']), path: r.pick(['/enroll', '/enroll?x=1']), body: VALID }
        : {
            kind: 'wrong_path',
            method: r.pick(['POST', 'GET']),
            path: r.pick(['/', '/enroll/', '/enroll/../admin', '/metrics', '/%00', '/ENROLL', '/healthz/x', '/' + 'a'.repeat(2000)]),
            body: VALID,
          };
    default:
      return {
        kind: 'content_type_lies',
        body: r.bytes(r.int(1, 500)),
        headers: { 'content-type': r.pick(['application/json', 'text/xml', 'multipart/form-data; boundary=x', '']) },
      };
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
after(() => agent.destroy());
function send(g: Gen): Promise<{ status: number | 'closed'; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: g.method ?? 'POST',
        path: g.path ?? '/enroll',
        agent,
        timeout: 30_000,
        headers: { 'content-type': 'application/pkcs7-signature', ...(g.method === 'GET' ? {} : { 'content-length': g.body.length }), ...g.headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
        res.on('error', () => resolve({ status: 'closed', ms: performance.now() - t0 }));
      },
    );
    req.on('error', () => resolve({ status: 'closed', ms: performance.now() - t0 }));
    req.on('timeout', () => req.destroy());
    req.end(g.method === 'GET' ? undefined : g.body);
  });
}

test(`${TOTAL} hostile requests, ${IN_FLIGHT} in flight, valid enrollments interleaved: only 4xx or closed, never 5xx; RSS bounded`, {
  timeout: size(600_000, 1_800_000),
}, async () => {
  const byKind: Record<string, Record<string, number>> = {};
  const fivexx: string[] = [];
  const unexpected200: string[] = [];
  let valid = 0;
  let validOk = 0;
  const validMs: number[] = [];
  let peak = process.memoryUsage().rss;
  const rssTimer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  let next = 0;
  const t0 = Date.now();
  async function worker() {
    while (next < TOTAL) {
      const i = next++;
      if (i % 50 === 0) {
        valid++;
        const r = await send({ kind: 'valid', body: validBody() });
        if (r.status === 200) {
          validOk++;
          validMs.push(r.ms);
        }
        continue;
      }
      const g = generate(rnd);
      const r = await send(g);
      const k = (byKind[g.kind] ??= {});
      k[String(r.status)] = (k[String(r.status)] ?? 0) + 1;
      if (typeof r.status === 'number' && r.status >= 500) fivexx.push(`${g.kind}: ${r.status}`);
      if (r.status === 200 && !g.mayServe) unexpected200.push(g.kind);
      if (typeof r.status === 'number' && r.status !== 200 && (r.status < 400 || r.status >= 500)) fivexx.push(`${g.kind}: ${r.status}`);
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  clearInterval(rssTimer);
  const secs = (Date.now() - t0) / 1000;
  for (const [k, v] of Object.entries(byKind).sort()) figure(`hostile ${k}: ${JSON.stringify(v)}`);
  figure(
    `hostile inputs=${TOTAL - valid} valid=${valid} valid_ok=${validOk} 5xx=${fivexx.length} in ${secs.toFixed(1)} s; valid p50=${percentile(validMs, 50).toFixed(1)} ms p99=${percentile(validMs, 99).toFixed(1)} ms; peak RSS ${mib(peak)}`,
  );
  assert.deepEqual(fivexx.slice(0, 10), [], 'no 5xx and nothing outside 4xx for bad input');
  assert.deepEqual(unexpected200.slice(0, 10), [], 'no bad input was served');
  assert.equal(validOk, valid, 'every valid enrollment interleaved with the garbage got its profile');
  assert.ok(peak < 1024 * 1048576, `peak RSS ${mib(peak)} under 1 GiB`);
  const health = await fetchOnce(`http://127.0.0.1:${port}/healthz`);
  assert.equal(health.status, 200);
});

/** Open a raw socket, send `first`, then trickle bytes every `everyMs`; resolves with what the server did and when. */
function trickle(first: string, drip: string, everyMs: number, maxMs: number): Promise<{ closedByServer: boolean; ms: number; answer: string }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const s = net.connect(port, '127.0.0.1');
    let answer = '';
    let done = false;
    const finish = (closedByServer: boolean) => {
      if (done) return;
      done = true;
      clearInterval(iv);
      clearTimeout(stop);
      s.destroy();
      resolve({ closedByServer, ms: Date.now() - t0, answer });
    };
    s.on('data', (c) => {
      answer += c.toString('latin1');
    });
    s.on('close', () => finish(true));
    s.on('error', () => finish(true));
    s.write(first);
    const iv = setInterval(() => {
      if (!s.destroyed) s.write(drip);
    }, everyMs);
    const stop = setTimeout(() => finish(false), maxMs);
  });
}

test('slow senders (headers or body trickled) and idle connections are cut off, while valid requests still succeed', { timeout: 60_000 }, async () => {
  const IDLE = size(300, 2000);
  const idle = Array.from({ length: IDLE }, () => trickle('', '', 60_000, 20_000));
  const slowHeaders = Array.from({ length: 20 }, () => trickle('POST /enroll HTTP/1.1\r\nHost: x\r\n', 'X-A: b\r\n', 200, 20_000));
  const slowBody = Array.from({ length: 20 }, () =>
    trickle(`POST /enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/pkcs7-signature\r\nContent-Length: ${VALID.length}\r\n\r\n`, 'A', 200, 20_000),
  );
  // while all of those hang on, real devices enroll
  const ok = await Promise.all(Array.from({ length: 20 }, () => send({ kind: 'valid', body: validBody() })));
  assert.deepEqual(
    ok.map((r) => r.status),
    Array(20).fill(200),
  );
  const res = await Promise.all([...idle, ...slowHeaders, ...slowBody]);
  const notCut = res.filter((r) => !r.closedByServer).length;
  const worst = Math.max(...res.map((r) => r.ms));
  const answers = new Set(res.map((r) => r.answer.split('\r\n')[0]).filter(Boolean));
  figure(
    `hostile slow: ${IDLE} idle + 20 slow-header + 20 slow-body connections, all cut off: ${notCut === 0}, latest cut at ${(worst / 1000).toFixed(1)} s, answers ${JSON.stringify([...answers])}`,
  );
  assert.equal(notCut, 0, `${notCut} slow connections were still open after 20 s`);
  for (const a of answers) assert.match(a, /^HTTP\/1\.1 4\d\d /, 'a slow sender gets a 4xx (408) or just a close');
});

/**
 * The admin listener against a browser: cross-site pages (foreign Origin, simple content types, every method) and DNS
 * rebinding (a foreign Host, with whatever headers a same-origin page may add). Each is refused, no sync starts (the
 * simulator sees no call), and the real CLI's `sync --now` still works.
 */
describe('admin listener: cross-site and DNS-rebinding requests', async () => {
  const { startDaemon } = await import('../../src/daemon/daemon.ts');
  const { sim, simConfig } = await import('../helpers/sim.ts');
  const { cliAsync, until } = await import('../helpers/cli.ts');
  const { createLogger } = await import('../../src/log.ts');
  const r = prng(seed + 11);
  const s = await sim({ devices: 25, seed: 3 });
  const adir = tempDir();
  const { path } = simConfig(s, adir);
  // no scheduled cycle during the test: any sync the simulator sees was triggered through the admin listener
  writeFileSync(path, readFileSync(path, 'utf8') + '\nsync:\n  schedule: "0 0 1 1 *"\n  daily_check: "0 0 1 1 *"\n');
  const d = await startDaemon({ configPath: path, noStartupSync: true, logger: createLogger({ level: 'error', sink: () => {} }) });
  after(() => d.stop());
  const aport = Number(new URL(d.adminUrl).port);
  const appleCalls = () =>
    Object.entries(s.control.requestCounts())
      .filter(([k]) => k !== 'GET /session')
      .reduce((n, [, v]) => n + v, 0);

  function adminReq(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: aport, method, path, headers: { ...headers, ...(body !== undefined ? { 'content-length': Buffer.byteLength(body) } : {}) } },
        (res) => {
          let b = '';
          res.on('data', (c) => {
            b += c;
          });
          res.on('end', () => resolve({ status: res.statusCode!, body: b }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  const FOREIGN_ORIGINS = [
    'https://evil.example',
    'http://evil.example',
    'null',
    'http://127.0.0.1.evil.example',
    `http://localhost:${aport + 1}`,
    `http://127.0.0.1:${aport + 1}`,
    `https://127.0.0.1:${aport}`,
  ];
  const SIMPLE_TYPES = ['text/plain', 'text/plain; charset=utf-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=----x'];
  const STATE_PATHS = ['/sync', '/sync?full=1', '/sync?token=sim&full=1', '/sync?token=sim'];
  const REBIND_HOSTS = [
    'rebind.evil.example',
    `rebind.evil.example:${aport}`,
    `127.0.0.1.nip.io:${aport}`,
    `localhost.evil.example:${aport}`,
    'evil.example:80',
    `7f000001.rbndr.us:${aport}`,
    `[::ffff:7f00:1].evil:${aport}`,
  ];
  const N = size(400, 4000);

  it(`${N} cross-site requests (foreign Origin × simple content type × method) are refused and start no sync`, async () => {
    const before = appleCalls();
    const statuses: Record<string, number> = {};
    for (let i = 0; i < N; i++) {
      const method = r.pick(['POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH']);
      const origin = r.next() < 0.85 ? r.pick(FOREIGN_ORIGINS) : undefined; // old browsers and form posts may send none
      const type = r.pick([...SIMPLE_TYPES, '']);
      const headers: Record<string, string> = { host: `127.0.0.1:${aport}`, ...(origin ? { origin } : {}), ...(type ? { 'content-type': type } : {}) };
      if (r.next() < 0.3) headers['sec-fetch-site'] = 'cross-site';
      // a page that adds our header or JSON is cross-origin only with its own Origin, which is refused
      if (origin && r.next() < 0.2) {
        if (r.next() < 0.5) headers['x-adesync-request'] = '1';
        else headers['content-type'] = 'application/json';
      }
      const res = await adminReq(method, r.pick(STATE_PATHS), headers, r.pick(['', 'token=sim&full=1', '{"full":true}', 'x'.repeat(r.int(0, 4000))]));
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      assert.ok(res.status === 403 || res.status === 405, `${method} ${JSON.stringify(headers)} → ${res.status} ${res.body}`);
    }
    figure(`admin cross-site: ${N} requests → ${JSON.stringify(statuses)}`);
    assert.equal(appleCalls(), before, 'no sync was triggered');
    assert.equal((d.db!.prepare('SELECT COUNT(*) AS n FROM sync_runs').get() as { n: number }).n, 0);
  });

  it(`${N} DNS-rebinding requests (foreign Host, any headers a same-origin page can add) are 421: no metrics read, no sync`, async () => {
    const before = appleCalls();
    for (let i = 0; i < N; i++) {
      const host = r.pick(REBIND_HOSTS);
      const read = r.next() < 0.5;
      const headers: Record<string, string> = {
        host,
        origin: `http://${host}`,
        'x-adesync-request': '1',
        'content-type': r.pick(['application/json', ...SIMPLE_TYPES]),
      };
      const res = read
        ? await adminReq(r.pick(['GET', 'HEAD']), r.pick(['/metrics', '/healthz', '/readyz', '/']), headers)
        : await adminReq('POST', r.pick(STATE_PATHS), headers, '{}');
      assert.equal(res.status, 421, `${host} → ${res.status}`);
      assert.doesNotMatch(res.body, /adesync_|process_|"ready"|"ok"/, 'nothing readable');
    }
    figure(`admin rebinding: ${N} requests → all 421`);
    assert.equal(appleCalls(), before, 'no sync was triggered');
  });

  it('the legitimate CLI still works: adesync sync --now --full reaches the daemon and a sync runs', async () => {
    const cfg = path.replace(/\.yaml$/, '.cli.yaml');
    writeFileSync(cfg, readFileSync(path, 'utf8').replace('listen: 127.0.0.1:0', `listen: 127.0.0.1:${aport}`));
    const out = await cliAsync(['--config', cfg, 'sync', '--now', '--full']);
    assert.equal(out.code, 0, out.stderr);
    assert.deepEqual(JSON.parse(out.stdout), { accepted: ['sim'], full: true });
    await until(() => (s.control.requestCounts()['POST /server/devices'] ?? 0) > 0, 30_000, 'the full fetch at the simulator');
    await until(() => (d.db!.prepare("SELECT COUNT(*) AS n FROM sync_runs WHERE result = 'ok'").get() as { n: number }).n > 0, 30_000, 'a finished sync');
  });
});

// ---- Bounded work, connection limits and stuck workers (issue 11, items 3, 6, 7) ----------------------------------
// Valid devices here retry a 503 as the device's "Try Again" would (after 100 ms instead of Retry-After's 5 s); every
// one must end with its profile. A 503 is allowed only with Retry-After and the code adesync.overloaded.
const RSS_BOUND = 512 * 1048576;
const FLOOD_PEERS = Array.from({ length: 16 }, (_, i) => `127.0.0.${i + 2}`); // the devices come from 127.0.0.1

interface Outcome {
  status: number | 'closed';
  ms: number;
  retryAfter?: string;
  code?: string;
}
function request(p: number, g: Gen, from?: string): Promise<Outcome> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: p,
        method: g.method ?? 'POST',
        path: g.path ?? '/enroll',
        agent: false,
        localAddress: from,
        timeout: 120_000,
        headers: { 'content-type': 'application/pkcs7-signature', ...(g.method === 'GET' ? {} : { 'content-length': g.body.length }), ...g.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let code: string | undefined;
          try {
            code = JSON.parse(Buffer.concat(chunks).toString()).code;
          } catch {
            /* a profile */
          }
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, retryAfter: res.headers['retry-after'], code });
        });
        res.on('error', () => resolve({ status: 'closed', ms: performance.now() - t0 }));
      },
    );
    req.on('error', () => resolve({ status: 'closed', ms: performance.now() - t0 }));
    req.on('timeout', () => req.destroy());
    req.end(g.method === 'GET' ? undefined : g.body);
  });
}
const declared503 = (o: Outcome) => o.status === 503 && o.retryAfter === '5' && o.code === 'adesync.overloaded';

/** A device enrolling until served, retrying declared 503s; returns its time to the profile and its retries. */
async function enrollDevice(p: number, retries = 50): Promise<{ ok: boolean; ms: number; tries: number; last: Outcome }> {
  const t0 = performance.now();
  let last: Outcome = { status: 'closed', ms: 0 };
  for (let tries = 1; tries <= retries; tries++) {
    last = await request(p, { kind: 'valid', body: validBody() }, '127.0.0.1');
    if (last.status === 200) return { ok: true, ms: performance.now() - t0, tries, last };
    if (!declared503(last)) return { ok: false, ms: performance.now() - t0, tries, last };
    await new Promise((r) => setTimeout(r, 100));
  }
  return { ok: false, ms: performance.now() - t0, tries: retries, last };
}

/** Devices enrolling one after another until stop() resolves; every one must be served. */
function devices(p: number) {
  const ms: number[] = [];
  const failed: string[] = [];
  let retried = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const d = await enrollDevice(p);
      if (d.ok) ms.push(d.ms);
      else failed.push(JSON.stringify(d.last));
      retried += d.tries - 1;
    }
  })();
  return {
    ms,
    failed,
    get retried() {
      return retried;
    },
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

async function until(cond: () => boolean | Promise<boolean>, what: string, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function rssPeak() {
  let peak = process.memoryUsage().rss;
  const t = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  return {
    stop: () => {
      clearInterval(t);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

describe('queue floods with disconnects', () => {
  const ABANDONED = size(1_000, 4_000);
  const ANSWERED = size(2_000, 20_000);
  // device-signed, 61 KB, parsed in full and then refused (no MachineInfo keys)
  const padded = device.signSync(plistDoc(`<dict><key>PAD</key><string>${'a'.repeat(60_000)}</string></dict>`));

  test(`${ABANDONED} abandoned 61 KB POSTs and ${ANSWERED} answered hostile requests: 4xx or declared 503 only, devices served, RSS ≤ 512 MB`, {
    timeout: size(300_000, 1_800_000),
  }, async () => {
    // A small queue, so the floods reach it at CI sizes; a patient deadline, so no valid job of a loaded machine hits it.
    const child = await startChild(4096, { queue_length: 32, job_timeout_seconds: 60 });
    after(() => child.stop());
    const p = child.port;
    const valid = devices(p);
    const t0 = Date.now();
    // 1) POSTs that start like a CMS, are sent whole, and whose clients leave at once
    const head = Buffer.from(`POST /enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/pkcs7-signature\r\nContent-Length: ${padded.length}\r\n\r\n`);
    let sent = 0;
    const abandon = (from: string) =>
      new Promise<void>((resolve) => {
        const sock = net.connect({ port: p, host: '127.0.0.1', localAddress: from });
        sock.on('error', () => {});
        sock.on('close', () => resolve());
        sock.write(Buffer.concat([head, padded]), () => {
          sent++;
          setTimeout(() => sock.destroy(), rnd.int(0, 20));
        });
      });
    let next = 0;
    await Promise.all(
      Array.from({ length: 200 }, async () => {
        while (next < ABANDONED) {
          next++;
          await abandon(rnd.pick(FLOOD_PEERS));
        }
      }),
    );
    const afterAbandoned = (await child.stats()).pool;
    // 2) hostile requests that wait for their answer, 256 at once: the queue fills and answers 503 at once
    const statuses: Record<string, number> = {};
    const bad: string[] = [];
    next = 0;
    await Promise.all(
      Array.from({ length: 256 }, async () => {
        while (next < ANSWERED) {
          next++;
          const g: Gen = rnd.next() < 0.3 ? { kind: 'padded', body: padded } : generate(rnd);
          const r = await request(p, g, rnd.pick(FLOOD_PEERS));
          statuses[String(r.status)] = (statuses[String(r.status)] ?? 0) + 1;
          const ok =
            (typeof r.status === 'number' && r.status >= 400 && r.status < 500) || declared503(r) || r.status === 'closed' || (r.status === 200 && g.mayServe);
          if (!ok) bad.push(`${g.kind}: ${r.status} ${r.code ?? ''}`);
        }
      }),
    );
    await valid.stop();
    const { peak, pool: st } = await child.stats();
    figure(
      `queue flood: ${sent} abandoned 61 KB POSTs (${afterAbandoned.dropped} jobs dropped unrun, ${afterAbandoned.ran} run) + ${ANSWERED} answered hostile requests ${JSON.stringify(statuses)} ` +
        `in ${((Date.now() - t0) / 1000).toFixed(1)} s; 503s: queue_full ${st.overloaded.queue_full}, deadline ${st.overloaded.deadline}, worker_lost ${st.overloaded.worker_lost}; ` +
        `devices served ${valid.ms.length} (retries ${valid.retried}, failed ${valid.failed.length}), valid p50 ${percentile(valid.ms, 50).toFixed(1)} ms p99 ${percentile(valid.ms, 99).toFixed(1)} ms; server peak RSS ${mib(peak)}`,
    );
    assert.deepEqual(bad.slice(0, 10), [], 'only 4xx, declared 503s (Retry-After, adesync.overloaded) or closed connections');
    assert.deepEqual(valid.failed.slice(0, 5), [], 'every device was served (retrying declared 503s)');
    assert.ok(valid.ms.length >= 5, `devices kept enrolling during the flood (${valid.ms.length})`);
    assert.ok(peak <= RSS_BOUND, `server peak RSS ${mib(peak)} ≤ 512 MiB`);
    assert.equal(st.queued, 0, 'nothing left queued');
  });
});

describe('descriptor exhaustion', () => {
  const FLOOD = size(1_100, 4_000);
  test(`${FLOOD} slow-body connections under a 1024-descriptor limit: the admin listener answers throughout, devices are served`, {
    timeout: size(300_000, 900_000),
  }, async () => {
    // The endpoint and the admin listener in a child whose descriptor limit is 1024 (the issue's setup); this process floods.
    const child = await startChild(1024, { max_connections: 600, max_connections_per_peer: 64, job_timeout_seconds: 60 });
    after(() => child.stop());
    const held: net.Socket[] = [];
    after(() => {
      for (const h of held) h.destroy();
    });
    let closedByServer = 0;
    let flooding = true;
    const slowOne = (from: string) =>
      new Promise<void>((resolve) => {
        const sock = net.connect({ port: child.port, host: '127.0.0.1', localAddress: from });
        held.push(sock);
        sock.on('error', () => {});
        sock.once('close', () => {
          if (flooding) closedByServer++;
          resolve();
        });
        sock.once('connect', () => {
          sock.write(`POST /enroll HTTP/1.1\r\nHost: x\r\nContent-Length: ${VALID.length}\r\n\r\n`);
          resolve();
        });
      });
    const flood = async (peers: string[], n: number) => {
      for (let i = 0; i < n; i += 50)
        await Promise.all(Array.from({ length: Math.min(50, n - i) }, (_, k) => slowOne(peers[Math.floor((i + k) / 100) % peers.length])));
    };
    const peer = (i: number) => `127.0.${1 + Math.floor(i / 250)}.${(i % 250) + 2}`;
    const adminMs: number[] = [];
    const adminBad: string[] = [];
    let probing = true;
    const probe = (async () => {
      while (probing) {
        const a0 = performance.now();
        try {
          const r = await fetchOnce(`${child.adminUrl}/healthz`, { timeoutMs: 10_000 });
          await r.arrayBuffer();
          if (r.status !== 200) adminBad.push(String(r.status));
          else adminMs.push(performance.now() - a0);
        } catch (e) {
          adminBad.push((e as Error).message);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const t0 = Date.now();
    // A) five peers, 100 connections each, over their cap of 64: 320 held, under max_connections; devices keep enrolling
    const valid = devices(child.port);
    await flood([0, 1, 2, 3, 4].map(peer), 500);
    await new Promise((r) => setTimeout(r, 1000));
    await valid.stop();
    const perPeerOnly = (await child.stats()).refused;
    // B) enough peers to pass max_connections: enrollment refuses at accept, the admin listener still answers
    await flood(
      Array.from({ length: Math.ceil((FLOOD - 500) / 100) }, (_, i) => peer(5 + i)),
      FLOOD - 500,
    );
    await new Promise((r) => setTimeout(r, 1000));
    const floodSecs = (Date.now() - t0) / 1000;
    const refused = (await child.stats()).refused;
    flooding = false;
    for (const h of held) h.destroy();
    probing = false;
    await probe;
    const afterwards = await enrollDevice(child.port);
    const peak = (await child.stats()).peak;
    figure(
      `descriptor exhaustion: ${FLOOD} slow-body connections from ${5 + Math.ceil((FLOOD - 500) / 100)} peers in ${floodSecs.toFixed(1)} s, ${closedByServer} closed at accept ` +
        `(${JSON.stringify(refused)}); admin /healthz ${adminMs.length} answered, ${adminBad.length} failed, p99 ${percentile(adminMs, 99).toFixed(1)} ms; ` +
        `devices served during the per-peer flood ${valid.ms.length} (retries ${valid.retried}, failed ${valid.failed.length}), valid p99 ${percentile(valid.ms, 99).toFixed(1)} ms; child peak RSS ${mib(peak)}`,
    );
    assert.deepEqual(adminBad.slice(0, 5), [], 'the admin listener answered every probe');
    assert.ok(adminMs.length >= 5, 'the admin listener was probed during the flood');
    assert.ok(perPeerOnly.per_peer > 0 && perPeerOnly.max_connections === 0, `phase A reached only the per-peer cap: ${JSON.stringify(perPeerOnly)}`);
    assert.ok(refused.max_connections > 0, 'phase B reached max_connections');
    assert.deepEqual(valid.failed.slice(0, 5), [], 'every device was served while the caps held the flood');
    assert.ok(valid.ms.length >= 3, `devices enrolled during the flood (${valid.ms.length})`);
    assert.ok(afterwards.ok, `a device is served after the flood: ${JSON.stringify(afterwards.last)}`);
    assert.ok(peak <= RSS_BOUND, `child peak RSS ${mib(peak)} ≤ 512 MiB`);
  });
});

/**
 * The enrollment endpoint and an admin listener in a child process limited to `nofile` descriptors: its RSS is the
 * server's alone, and its event loop is not the load generator's.
 */
async function startChild(nofile: number, limits: Record<string, unknown>) {
  const src = (m: string) => JSON.stringify(new URL(`../../src/${m}`, import.meta.url).href);
  const file = join(dir, 'limited-child.mts');
  writeFileSync(
    file,
    `
    const { enrollmentSchema } = await import(${src('config/schema.ts')});
    const { createEnrollmentServer } = await import(${src('enroll/server.ts')});
    const { createAdminServer } = await import(${src('daemon/admin.ts')});
    const { createMetrics } = await import(${src('daemon/metrics.ts')});
    const { openDatabase } = await import(${src('store/db.ts')});
    const a = JSON.parse(process.env.LIMITED_CHILD);
    const refused = { per_peer: 0, max_connections: 0 };
    const srv = createEnrollmentServer({ config: enrollmentSchema.parse(a.config), db: openDatabase(a.db), listen: { host: '127.0.0.1', port: 0 },
      onConnectionRefused: (r) => { refused[r]++; }, requestTimeoutMs: 120000, headersTimeoutMs: 120000 });
    const { port } = await srv.listen();
    const admin = createAdminServer({ listen: '127.0.0.1:0', metrics: createMetrics(), health: () => ({ ok: true }), ready: () => true, syncNow: async () => ({ accepted: [] }) });
    const { url } = await admin.listen();
    let peak = 0;
    setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
    process.send({ port, adminUrl: url });
    process.on('message', (m) => { if (m === 'stats') process.send({ peak, refused, pool: srv.stats() }); else process.exit(0); });
  `,
  );
  const child = spawn('sh', ['-c', `ulimit -n ${nofile} && exec "${process.execPath}" --import tsx "${file}"`], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, LIMITED_CHILD: JSON.stringify({ config: { ...config, limits }, db: join(dir, `child-${nofile}.db`) }) },
  });
  const exited = new Promise<number | null>((r) => child.once('exit', r));
  const first = await Promise.race([
    new Promise<{ port: number; adminUrl: string }>((r) => child.once('message', r as never)),
    exited.then((c) => {
      throw new Error(`the child server exited ${c}`);
    }),
  ]);
  type Stats = { peak: number; refused: { per_peer: number; max_connections: number }; pool: PoolStats };
  return {
    ...first,
    stats: () =>
      new Promise<Stats>((r) => {
        child.once('message', r as never);
        child.send('stats');
      }),
    stop: async () => {
      if (child.exitCode === null) {
        child.send('stop');
        await exited;
      }
    },
  };
}

describe('stuck workers', () => {
  const STALLS = size(6, 30);
  test(`${STALLS} stuck workers among hostile traffic: health says so, the job's request gets a declared 503, devices are served`, {
    timeout: size(300_000, 1_800_000),
  }, async () => {
    const stuckConfig = enrollmentSchema.parse({ ...config, limits: { job_timeout_seconds: 4 } });
    const s = createEnrollmentServer({ config: stuckConfig, db, listen: { host: '127.0.0.1', port: 0 }, workers: 2, pingTimeoutMs: 2000 });
    const { port: p } = await s.listen();
    after(() => s.close());
    const rss = rssPeak();
    const gates: SharedArrayBuffer[] = [];
    after(() => {
      for (const g of gates) {
        const a = new Int32Array(g);
        Atomics.store(a, 0, 1);
        Atomics.notify(a, 0);
      }
    });
    const valid = devices(p);
    const bad: string[] = [];
    let hostileSent = 0;
    let traffic = true;
    const hostile = (async () => {
      while (traffic) {
        const g = generate(rnd);
        const r = await request(p, g, rnd.pick(FLOOD_PEERS));
        hostileSent++;
        const ok =
          (typeof r.status === 'number' && r.status >= 400 && r.status < 500) || declared503(r) || r.status === 'closed' || (r.status === 200 && g.mayServe);
        if (!ok) bad.push(`${g.kind}: ${r.status}`);
      }
    })();
    const unhealthy: string[] = [];
    let stuckSeen = 0;
    for (let i = 0; i < STALLS; i++) {
      const gate = new SharedArrayBuffer(4);
      gates.push(gate);
      // every worker blocks at its next job until the deadline replaces it; health must say so meanwhile
      await until(async () => s.stats().workers === 2 && (await s.health()).ok, 'both workers running and healthy before the round');
      const restarts = s.stats().restarts;
      s.pool.injectFaultForTests({ kind: 'stall', ms: 600_000, until: gate, when: 'next_job' });
      let seen = false;
      const end = Date.now() + 60_000;
      while (Date.now() < end && s.stats().restarts < restarts + 2) {
        const h = await s.health();
        if (!h.ok) {
          unhealthy.push(h.reason!);
          seen = true;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      if (seen) stuckSeen++;
      assert.ok(s.stats().restarts >= restarts + 2, `round ${i}: both workers were replaced`);
      await new Promise((r) => setTimeout(r, 300));
    }
    traffic = false;
    await hostile;
    await valid.stop();
    const peak = rss.stop();
    const st = s.stats();
    const healthy = await s.health();
    figure(
      `stuck workers: ${STALLS} rounds of every worker stuck, ${st.restarts} workers replaced, health not ok in ${stuckSeen} rounds (${[...new Set(unhealthy)].join('; ')}); ` +
        `${hostileSent} hostile requests, 503s: deadline ${st.overloaded.deadline}, queue_full ${st.overloaded.queue_full}; devices served ${valid.ms.length} (retries ${valid.retried}, failed ${valid.failed.length}), ` +
        `valid p99 ${percentile(valid.ms, 99).toFixed(1)} ms; peak RSS ${mib(peak)}`,
    );
    assert.deepEqual(bad.slice(0, 10), [], 'only 4xx, declared 503s or closed connections');
    assert.equal(stuckSeen, STALLS, 'health() reported every round of stuck workers');
    for (const why of unhealthy) assert.match(why, /^(no enrollment worker is running|every enrollment worker is stuck)/);
    assert.ok(st.overloaded.deadline >= STALLS, 'the stuck jobs were answered 503 at their deadline');
    assert.deepEqual(valid.failed.slice(0, 5), [], 'every device was served');
    assert.ok(healthy.ok, `healthy again afterwards: ${healthy.reason}`);
    assert.ok(peak <= RSS_BOUND, `peak RSS ${mib(peak)} ≤ 512 MiB`);
  });
});

// ---- Parser limits (issue 11, parts 1–2): device-signed plist amplification and adversarial base64 ----
// Each family is signed by a leaf of the trusted device CA (as the attack was: any key chained to it will do) and sent
// interleaved with valid devices. Asserted per family: no 5xx, every hostile one a 4xx within seconds, every valid device
// served, the process (the endpoint and its workers) under 512 MB RSS. Generators: plist-families.ts.
test('parser limits: device-signed plist amplification and adversarial base64, interleaved with valid devices', {
  timeout: size(600_000, 3_600_000),
}, async (t) => {
  const fams = await import('./plist-families.ts');
  const PER = size(12, 150);
  const BOUND_MS = 5000;
  const spaced = (b64: string, r: Prng) => {
    const ws = r.pick([' ', '\t', ' \t ']);
    const k = r.int(1, 64);
    return b64.replace(new RegExp(`(.{${k}})`, 'g'), `$1${ws}`);
  };
  const families: { name: string; make: (r: Prng) => Gen }[] = [
    ...fams
      .bplistFamilies(size(false, true))
      .map((f) => ({ name: `bplist_${f.name}`, make: (r: Prng): Gen => ({ kind: f.name, body: device.signSync(f.make(r)), mayServe: f.mayServe }) })),
    {
      name: 'xml_data_whitespace',
      make: (r) => ({ kind: 'xml_data_whitespace', body: device.signSync(fams.base64Whitespace(r, r.int(20_000, 58_000))), mayServe: true }),
    },
    {
      name: 'header_amplification',
      make: (r) => {
        // the 1000³ fan-out and friends via x-apple-aspen-deviceinfo, base64 with whitespace
        const f = r.pick(fams.bplistFamilies(false).filter((x) => !x.mayServe));
        return {
          kind: 'header_amplification',
          method: 'GET',
          body: Buffer.alloc(0),
          headers: { 'x-apple-aspen-deviceinfo': spaced(device.signSync(f.make(r)).toString('base64'), r) },
        };
      },
    },
    {
      name: 'header_base64_whitespace',
      make: (r) => ({
        kind: 'header_base64_whitespace',
        method: 'GET',
        body: Buffer.alloc(0),
        headers: {
          'x-apple-aspen-deviceinfo': r.pick([
            'A' + ' '.repeat(r.int(20_000, 90_000)) + '!',
            'QUFB' + '\t '.repeat(r.int(10_000, 45_000)) + '==x',
            'A ='.repeat(r.int(5000, 30_000)),
          ]),
        },
      }),
    },
  ];
  for (const fam of families) {
    await t.test(fam.name, async () => {
      const hostile = Array.from({ length: PER }, () => fam.make(rnd));
      const order: Gen[] = hostile.flatMap((g) => [g, { kind: 'valid', body: validBody() }]);
      const statuses: Record<string, number> = {};
      const problems: string[] = [];
      const hostileMs: number[] = [];
      let validOk = 0;
      let peak = process.memoryUsage().rss;
      const rss = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 50);
      let next = 0;
      const lane = async () => {
        while (next < order.length) {
          const g = order[next++];
          const r = await send(g);
          if (g.kind === 'valid') {
            if (r.status === 200) validOk++;
            else problems.push(`a valid device got ${r.status}`);
            continue;
          }
          statuses[String(r.status)] = (statuses[String(r.status)] ?? 0) + 1;
          hostileMs.push(r.ms);
          const s = r.status;
          if (s === 200 && g.mayServe) continue;
          if (typeof s !== 'number' || s < 400 || s >= 500) problems.push(`${g.kind}: ${s}`);
          if (r.ms > BOUND_MS) problems.push(`${g.kind}: answered after ${r.ms.toFixed(0)} ms`);
        }
      };
      await Promise.all(Array.from({ length: 8 }, lane));
      clearInterval(rss);
      peak = Math.max(peak, process.memoryUsage().rss);
      figure(
        `parser limits ${fam.name}: ${PER} hostile ${JSON.stringify(statuses)}, p50 ${percentile(hostileMs, 50).toFixed(0)} ms, max ${Math.max(...hostileMs).toFixed(0)} ms; valid ${validOk}/${PER}; peak RSS ${mib(peak)}`,
      );
      assert.deepEqual(problems.slice(0, 10), []);
      assert.equal(validOk, PER, 'every valid device interleaved was served');
      assert.ok(peak < 512 * 1048576, `peak RSS ${mib(peak)} under 512 MiB`);
    });
  }
});

// ---- Refusal floods and replays (issue 11, items 4 and 8) ----

/** A server of our own per family: its own database (to measure its growth) and a logger that counts. */
async function countedServer(limit?: { profiles: number; per_minutes: number }) {
  const own = tempDir();
  const ownDb = openDatabase(join(own, 'adesync.db'));
  const log = { lines: 0, bytes: 0, refused: 0 };
  const logger = createLogger({
    level: 'info',
    sink: (l) => {
      log.lines++;
      log.bytes += l.length + 1;
      if (l.includes('"msg":"enrollment refused"')) log.refused++;
    },
  });
  const metrics = createMetrics({ defaultMetrics: false });
  const s = createEnrollmentServer({
    config: limit ? { ...config, per_device_limit: limit } : config,
    db: ownDb,
    logger,
    listen: { host: '127.0.0.1', port: 0 },
    headersTimeoutMs: 2000,
    requestTimeoutMs: 3000,
    onRefusal: (c) => metrics.enrollmentRefusal(c),
    onRepeat: (o) => metrics.enrollmentRepeat(o),
  });
  const { port: p } = await s.listen();
  after(() => s.close().then(() => ownDb.close()));
  const ag = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  after(() => ag.destroy());
  const to = (g: Gen) =>
    new Promise<{ status: number | 'closed'; body: string }>((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: p,
          method: g.method ?? 'POST',
          path: g.path ?? '/enroll',
          agent: ag,
          timeout: 30_000,
          headers: { 'content-type': 'application/pkcs7-signature', ...(g.method === 'GET' ? {} : { 'content-length': g.body.length }), ...g.headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => {
            if (chunks.length < 4) chunks.push(c);
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('latin1') }));
          res.on('error', () => resolve({ status: 'closed', body: '' }));
        },
      );
      req.on('error', () => resolve({ status: 'closed', body: '' }));
      req.on('timeout', () => req.destroy());
      req.end(g.method === 'GET' ? undefined : g.body);
    });
  const bytes = () => (ownDb.pragma('page_count', { simple: true }) as number) * (ownDb.pragma('page_size', { simple: true }) as number);
  const count = (sql: string) => (ownDb.prepare(sql).get() as { n: number | null }).n ?? 0;
  return { send: to, log, metrics, bytes, count, db: ownDb };
}

describe('refusal floods: counted per hour and code, never a row or a log line per request', () => {
  const FLOOD = size(5_000, 20_000);
  test(`${FLOOD} generated bad requests (every family above, plus empty bodies): database and log grow by bounded amounts; interleaved devices all served`, {
    timeout: size(240_000, 1_800_000),
  }, async () => {
    const s = await countedServer();
    const bytes0 = s.bytes();
    const statuses: Record<string, number> = {};
    let served = 0;
    let valid = 0;
    let validOk = 0;
    let next = 0;
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < FLOOD) {
          const i = next++;
          if (i % 100 === 0) {
            valid++;
            if ((await s.send({ kind: 'valid', body: validBody() })).status === 200) {
              validOk++;
              served++;
            }
            continue;
          }
          const g: Gen = rnd.next() < 0.3 ? { kind: 'empty', body: Buffer.alloc(0) } : generate(rnd);
          const r = await s.send(g);
          statuses[String(r.status)] = (statuses[String(r.status)] ?? 0) + 1;
          if (r.status === 200) served++;
        }
      }),
    );
    const minutes = (Date.now() - t0) / 60_000;
    await untilWithin(() => s.count('SELECT COUNT(*) AS n FROM enrollments') === served, 10_000, 'every served enrollment recorded');
    const hourly = s.count('SELECT COUNT(*) AS n FROM enrollment_refusals');
    const grew = s.bytes() - bytes0;
    figure(
      `refusal flood: ${FLOOD} requests (${valid} valid, ${validOk} served) in ${(minutes * 60).toFixed(1)} s ${JSON.stringify(statuses)}; ` +
        `database +${grew} bytes (${served} served rows, ${hourly} hourly refusal rows); log ${s.log.lines} lines / ${s.log.bytes} bytes, ${s.log.refused} "enrollment refused"`,
    );
    assert.equal(validOk, valid, 'every valid device interleaved with the flood was served');
    assert.deepEqual(
      Object.keys(statuses).filter((k) => !/^(200|4\d\d|closed)$/.test(k)),
      [],
      'no 5xx',
    );
    assert.equal(s.count('SELECT COUNT(*) AS n FROM enrollments'), served, 'rows only for profiles served');
    // O(codes × hours): the flood may straddle one hour boundary
    assert.ok(hourly <= (REFUSAL_CODES.length + 1) * 2, `${hourly} hourly rows`);
    assert.ok(grew <= 64 * 1024 + served * 1024, `database grew ${grew} bytes for ${served} served rows`);
    assert.ok(s.log.refused <= (REFUSAL_CODES.length + 1) * (1 + Math.ceil(minutes)), `${s.log.refused} refusal lines`);
    assert.ok(s.log.lines <= served + 100, `${s.log.lines} log lines for ${served} served`);
  });
});

describe('replays: a captured device request is served at most per_device_limit times per window', () => {
  test('generated replay campaigns (several captured requests, 20–300 replays each, bursts) while fresh devices enroll: limit held per serial, counted, fresh devices served', {
    timeout: size(240_000, 1_800_000),
  }, async () => {
    const limit = { profiles: 4, per_minutes: 60 };
    const s = await countedServer(limit);
    const campaigns = Array.from({ length: size(4, 12) }, (_, i) => ({
      serial: `REPLAY${String(i).padStart(6, '0')}`,
      times: rnd.int(20, size(120, 300)),
      burst: rnd.int(1, IN_FLIGHT),
    }));
    const captured = new Map(campaigns.map((c) => [c.serial, device.signSync(machineInfoXml(mi({ SERIAL: c.serial })))]));
    const byStatus = new Map<string, Record<string, number>>();
    let fresh = 0;
    let freshOk = 0;
    await Promise.all(
      campaigns.map(async (c) => {
        let left = c.times;
        byStatus.set(c.serial, {});
        const tally = byStatus.get(c.serial)!;
        await Promise.all(
          Array.from({ length: c.burst }, async () => {
            while (left > 0) {
              left--;
              const r = await s.send({ kind: 'replay', body: captured.get(c.serial)! });
              const code = r.status === 403 ? (JSON.parse(r.body) as { code: string }).code : '';
              tally[`${r.status}${code ? ` ${code}` : ''}`] = (tally[`${r.status}${code ? ` ${code}` : ''}`] ?? 0) + 1;
              if (rnd.next() < 0.1) {
                fresh++;
                if ((await s.send({ kind: 'valid', body: validBody() })).status === 200) freshOk++;
              }
            }
          }),
        );
      }),
    );
    const total = campaigns.reduce((a, c) => a + c.times, 0);
    figure(
      `replays: ${campaigns.length} captured requests replayed ${total} times (${fresh} fresh devices interleaved): ${JSON.stringify(Object.fromEntries(byStatus))}`,
    );
    for (const c of campaigns) {
      const t = byStatus.get(c.serial)!;
      assert.deepEqual(t, { 200: limit.profiles, '403 adesync.too_many_enrollments': c.times - limit.profiles }, c.serial);
    }
    assert.equal(freshOk, fresh, 'fresh devices are served while replays are refused');
    const text = await s.metrics.render();
    const limited = total - campaigns.length * limit.profiles;
    assert.match(text, new RegExp(`adesync_enrollment_repeats_total\\{outcome="limited"\\} ${limited}\\n`));
    assert.match(text, new RegExp(`adesync_enrollment_repeats_total\\{outcome="served"\\} ${campaigns.length * (limit.profiles - 1)}\\n`));
    await untilWithin(() => s.count('SELECT SUM(count) AS n FROM enrollment_limited') === limited, 10_000, 'limited counts written');
    assert.equal(
      s.count("SELECT COUNT(*) AS n FROM enrollments WHERE serial_number LIKE 'REPLAY%'"),
      campaigns.length * limit.profiles,
      'a row per profile served, none per replay refused',
    );
  });
});
