import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { enrollmentSchema } from '../../src/config/schema.ts';
import { createEnrollmentServer } from '../../src/enroll/server.ts';
import { openDatabase } from '../../src/store/db.ts';
import { ProfileSigner } from '../../src/cms/sign.ts';
import { machineInfoXml } from '../../src/demo/device.ts';
import { tempDir } from '../helpers/tmp.ts';
import { makeTestPki, openssl } from '../cms/testpki.ts';
import { figure, mib, percentile, prng, seedFor, size, type Prng } from './lib.ts';

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
  openssl(['x509', '-req', '-in', p(`${name}.csr`), '-CA', p('deviceca.pem'), '-CAkey', p('deviceca.key'), '-CAcreateserial', '-out', p(`${name}.pem`), '-days', '30', '-extfile', p(`${name}.ext`)]);
  return { cert: p(`${name}.pem`), key: p(`${name}.key`) };
};
const oddLeaves = {
  unknown_critical: odd('oddcrit', 'basicConstraints=critical,CA:FALSE\n1.2.3.4.5.6.7=critical,ASN1:UTF8String:surprise\n'),
  ca_true: odd('oddca', 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,digitalSignature\n'),
  no_digital_signature: odd('oddku', 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,keyEncipherment\n'),
  huge_san: odd('oddsan', `subjectAltName=${Array.from({ length: 400 }, (_, i) => `DNS:host${i}.example.invalid`).join(',')}\n`),
};

const signerOf = (c: { cert: string; key: string }, chain = [pki.deviceCa]) =>
  new ProfileSigner(new X509Certificate(require_file(c.cert)), createPrivateKey(require_file(c.key)), chain.map((f) => new X509Certificate(require_file(f))));
function require_file(p: string) { return readFileSync(p); }

const device = signerOf(pki.leaf);
const strangers = [signerOf(pki.other.leaf, [pki.other.deviceCa]), signerOf(pki.selfSigned, []), signerOf(pki.rootIssued, [pki.root])];
const oddSigners = Object.entries(oddLeaves).map(([k, v]) => [k, signerOf(v)] as const);

const config = enrollmentSchema.parse({
  listen: '127.0.0.1:0',
  allow_unknown_serials: true,
  device_ca: { pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true },
  minimum_os: { iOS: { version: '17.0' } },
  profile: {
    payload_identifier: 'com.example.mdm.enroll', display_name: 'Example MDM', organization: 'Example Corp',
    trust_cert_files: [pki.signer.root],
    identity: { type: 'scep', url: 'https://mdm.example.com/scep', challenge_file: join(dir, 'challenge.txt'), subject: [[['CN', '%SERIAL%']]] },
    mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
  },
  signing: { cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] },
});
const srv = createEnrollmentServer({ config, db, listen: { host: '127.0.0.1', port: 0 }, headersTimeoutMs: 2000, requestTimeoutMs: 3000 });
const { port } = await srv.listen();
after(() => srv.close());

const mi = (o: Record<string, unknown> = {}) => ({ UDID: '00008101-000A1B2C3D4E001E', SERIAL: 'F2LXK0Q0HG7F', PRODUCT: 'iPhone15,2', VERSION: '22B83', OS_VERSION: '18.1', LANGUAGE: 'en-US', ...o });
const validBody = () => device.signSync(machineInfoXml(mi({ SERIAL: `VALID${rnd.int(100000, 999999)}` })));
const VALID = validBody();

function nested(depth: number, kind: 'dict' | 'array'): string {
  return kind === 'dict' ? '<dict><key>k</key>'.repeat(depth) + '<string>x</string>' + '</dict>'.repeat(depth) : '<array>'.repeat(depth) + '</array>'.repeat(depth);
}
const plistDoc = (inner: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">${inner}</plist>`);

type Gen = { kind: string; body: Buffer; headers?: Record<string, string>; method?: string; path?: string; mayServe?: boolean };
// signed payloads are costly to make: a pool per kind, reused (mutations are cheap)
const pool = (n: number, make: (r: Prng) => Buffer) => Array.from({ length: n }, () => make(rnd));
const wrongTypes: Record<string, unknown>[] = [{ SERIAL: 12345 }, { UDID: ['a', 'b'] }, { OS_VERSION: { major: 18 } }, { PRODUCT: true }, { VERSION: 3.14 }, { SERIAL: '' },
  { SERIAL: 'x'.repeat(5000) }, { LANGUAGE: { a: 1 } }, { MDM_CAN_REQUEST_SOFTWARE_UPDATE: 'yes' }, { SERIAL: new Date(0) }, { UDID: Buffer.from('udid') }, { SERIAL: undefined }];
const signedPools = {
  wrong_types: pool(60, (r) => device.signSync(machineInfoXml(mi(r.pick(wrongTypes)) as never))),
  huge_plist: pool(8, (r) => device.signSync(plistDoc(`<dict>${Array.from({ length: r.int(500, 1500) }, (_, i) => `<key>K${i}</key><string>${'v'.repeat(10)}</string>`).join('')}</dict>`))),
  nested_plist: pool(8, (r) => device.signSync(plistDoc(nested(r.int(500, 3500), r.pick(['dict', 'array'] as const))))),
  not_a_dict: pool(6, (r) => device.signSync(plistDoc(r.pick(['<string>hi</string>', '<array/>', '<integer>1</integer>', '<dict><key>SERIAL</key></dict>', '<date>bogus</date>', '<data>!!!</data>'])))),
  binary_or_junk_content: pool(8, (r) => device.signSync(r.pick([Buffer.from('bplist00'), r.bytes(200), Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><plist><string>&b;&b;&b;</string></plist>'), Buffer.alloc(0)]))),
  wrong_signer: pool(30, (r) => r.pick(strangers).signSync(machineInfoXml(mi()))),
};
const oddPool = oddSigners.map(([k, s]) => [k, s.signSync(machineInfoXml(mi()))] as const);

function generate(r: Prng): Gen {
  const k = r.int(0, 15);
  switch (k) {
    case 0: return { kind: 'random_bytes', body: r.bytes(r.int(0, 4096)) };
    case 1: { const b = r.bytes(r.int(4, 2048)); b[0] = 0x30; b[1] = r.pick([0x80, 0x82, 0x83, 0x84]); return { kind: 'der_like_bytes', body: b }; }
    case 2: return { kind: 'truncated_cms', body: VALID.subarray(0, r.int(1, VALID.length - 1)) };
    case 3: {
      const b = Buffer.from(VALID);
      for (let i = r.int(1, 8); i > 0; i--) b[r.int(0, b.length - 1)] ^= 1 << r.int(0, 7);
      return { kind: 'bitflipped_cms', body: b, mayServe: true };   // a flip in an unsigned, ignored field may still verify
    }
    case 4: return { kind: 'wrong_signer', body: r.pick(signedPools.wrong_signer) };
    case 5: { const [name, body] = r.pick(oddPool); return { kind: `odd_extension_${name}`, body, mayServe: name === 'huge_san' }; }
    case 6: return { kind: 'wrong_types', body: r.pick(signedPools.wrong_types) };
    case 7: return { kind: 'huge_plist', body: r.pick(signedPools.huge_plist) };
    case 8: return { kind: 'nested_plist', body: r.pick(signedPools.nested_plist) };
    case 9: return { kind: 'not_a_dict', body: r.pick(signedPools.not_a_dict) };
    case 10: return { kind: 'junk_content', body: r.pick(signedPools.binary_or_junk_content) };
    case 11: return { kind: 'oversized_body', body: Buffer.concat([VALID, r.bytes(65 * 1024 + r.int(0, 200_000))]) };
    case 12: return { kind: 'unsigned_plist', body: machineInfoXml(mi()) };
    case 13: return { kind: 'bad_header_deviceinfo', method: 'GET', body: Buffer.alloc(0), headers: { 'x-apple-aspen-deviceinfo': r.pick(['!!!notbase64', r.bytes(300).toString('base64'), VALID.subarray(0, 500).toString('base64'), 'A'.repeat(90_000)]) } };
    case 14: return r.next() < 0.5
      ? { kind: 'wrong_method', method: r.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS']), path: r.pick(['/enroll', '/enroll?x=1']), body: VALID }
      : { kind: 'wrong_path', method: r.pick(['POST', 'GET']), path: r.pick(['/', '/enroll/', '/enroll/../admin', '/metrics', '/%00', '/ENROLL', '/healthz/x', '/' + 'a'.repeat(2000)]), body: VALID };
    default: return { kind: 'content_type_lies', body: r.bytes(r.int(1, 500)), headers: { 'content-type': r.pick(['application/json', 'text/xml', 'multipart/form-data; boundary=x', '']) } };
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
after(() => agent.destroy());
function send(g: Gen): Promise<{ status: number | 'closed'; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: g.method ?? 'POST', path: g.path ?? '/enroll', agent, timeout: 30_000,
      headers: { 'content-type': 'application/pkcs7-signature', ...(g.method === 'GET' ? {} : { 'content-length': g.body.length }), ...g.headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
      res.on('error', () => resolve({ status: 'closed', ms: performance.now() - t0 }));
    });
    req.on('error', () => resolve({ status: 'closed', ms: performance.now() - t0 }));
    req.on('timeout', () => req.destroy());
    req.end(g.method === 'GET' ? undefined : g.body);
  });
}

test(`${TOTAL} hostile requests, ${IN_FLIGHT} in flight, valid enrollments interleaved: only 4xx or closed, never 5xx; RSS bounded`, { timeout: size(180_000, 1_800_000) }, async () => {
  const byKind: Record<string, Record<string, number>> = {};
  const fivexx: string[] = [];
  const unexpected200: string[] = [];
  let valid = 0;
  let validOk = 0;
  const validMs: number[] = [];
  let peak = process.memoryUsage().rss;
  const rssTimer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 100);
  let next = 0;
  const t0 = Date.now();
  async function worker() {
    while (next < TOTAL) {
      const i = next++;
      if (i % 50 === 0) {
        valid++;
        const r = await send({ kind: 'valid', body: validBody() });
        if (r.status === 200) { validOk++; validMs.push(r.ms); }
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
  figure(`hostile inputs=${TOTAL - valid} valid=${valid} valid_ok=${validOk} 5xx=${fivexx.length} in ${secs.toFixed(1)} s; valid p50=${percentile(validMs, 50).toFixed(1)} ms p99=${percentile(validMs, 99).toFixed(1)} ms; peak RSS ${mib(peak)}`);
  assert.deepEqual(fivexx.slice(0, 10), [], 'no 5xx and nothing outside 4xx for bad input');
  assert.deepEqual(unexpected200.slice(0, 10), [], 'no bad input was served');
  assert.equal(validOk, valid, 'every valid enrollment interleaved with the garbage got its profile');
  assert.ok(peak < 1024 * 1048576, `peak RSS ${mib(peak)} under 1 GiB`);
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  assert.equal(health.status, 200);
});

/** Open a raw socket, send `first`, then trickle bytes every `everyMs`; resolves with what the server did and when. */
function trickle(first: string, drip: string, everyMs: number, maxMs: number): Promise<{ closedByServer: boolean; ms: number; answer: string }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const s = net.connect(port, '127.0.0.1');
    let answer = '';
    let done = false;
    const finish = (closedByServer: boolean) => { if (done) return; done = true; clearInterval(iv); clearTimeout(stop); s.destroy(); resolve({ closedByServer, ms: Date.now() - t0, answer }); };
    s.on('data', (c) => { answer += c.toString('latin1'); });
    s.on('close', () => finish(true));
    s.on('error', () => finish(true));
    s.write(first);
    const iv = setInterval(() => { if (!s.destroyed) s.write(drip); }, everyMs);
    const stop = setTimeout(() => finish(false), maxMs);
  });
}

test('slow senders (headers or body trickled) and idle connections are cut off, while valid requests still succeed', { timeout: 60_000 }, async () => {
  const IDLE = size(300, 2000);
  const idle = Array.from({ length: IDLE }, () => trickle('', '', 60_000, 20_000));
  const slowHeaders = Array.from({ length: 20 }, () => trickle('POST /enroll HTTP/1.1\r\nHost: x\r\n', 'X-A: b\r\n', 200, 20_000));
  const slowBody = Array.from({ length: 20 }, () => trickle(`POST /enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/pkcs7-signature\r\nContent-Length: ${VALID.length}\r\n\r\n`, 'A', 200, 20_000));
  // while all of those hang on, real devices enroll
  const ok = await Promise.all(Array.from({ length: 20 }, () => send({ kind: 'valid', body: validBody() })));
  assert.deepEqual(ok.map((r) => r.status), Array(20).fill(200));
  const res = await Promise.all([...idle, ...slowHeaders, ...slowBody]);
  const notCut = res.filter((r) => !r.closedByServer).length;
  const worst = Math.max(...res.map((r) => r.ms));
  const answers = new Set(res.map((r) => r.answer.split('\r\n')[0]).filter(Boolean));
  figure(`hostile slow: ${IDLE} idle + 20 slow-header + 20 slow-body connections, all cut off: ${notCut === 0}, latest cut at ${(worst / 1000).toFixed(1)} s, answers ${JSON.stringify([...answers])}`);
  assert.equal(notCut, 0, `${notCut} slow connections were still open after 20 s`);
  for (const a of answers) assert.match(a, /^HTTP\/1\.1 4\d\d /, 'a slow sender gets a 4xx (408) or just a close');
});

// ---- Refusal floods and replays (issue 11, items 4 and 8) ----
import { describe } from 'node:test';
import { createLogger } from '../../src/log.ts';
import { createMetrics } from '../../src/daemon/metrics.ts';
import { REFUSAL_CODES } from '../../src/enroll/refusals.ts';
import { until } from '../helpers/cli.ts';

/** A server of our own per family: its own database (to measure its growth) and a logger that counts. */
async function countedServer(limit?: { profiles: number; per_minutes: number }) {
  const own = tempDir();
  const ownDb = openDatabase(join(own, 'adesync.db'));
  const log = { lines: 0, bytes: 0, refused: 0 };
  const logger = createLogger({ level: 'info', sink: (l) => { log.lines++; log.bytes += l.length + 1; if (l.includes('"msg":"enrollment refused"')) log.refused++; } });
  const metrics = createMetrics({ defaultMetrics: false });
  const s = createEnrollmentServer({
    config: limit ? { ...config, per_device_limit: limit } : config, db: ownDb, logger, listen: { host: '127.0.0.1', port: 0 }, headersTimeoutMs: 2000, requestTimeoutMs: 3000,
    onRefusal: (c) => metrics.enrollmentRefusal(c), onRepeat: (o) => metrics.enrollmentRepeat(o),
  });
  const { port: p } = await s.listen();
  after(() => s.close().then(() => ownDb.close()));
  const ag = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  after(() => ag.destroy());
  const to = (g: Gen) => new Promise<{ status: number | 'closed'; body: string }>((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: p, method: g.method ?? 'POST', path: g.path ?? '/enroll', agent: ag, timeout: 30_000,
      headers: { 'content-type': 'application/pkcs7-signature', ...(g.method === 'GET' ? {} : { 'content-length': g.body.length }), ...g.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => { if (chunks.length < 4) chunks.push(c); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('latin1') }));
      res.on('error', () => resolve({ status: 'closed', body: '' }));
    });
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
  test(`${FLOOD} generated bad requests (every family above, plus empty bodies): database and log grow by bounded amounts; interleaved devices all served`, { timeout: size(240_000, 1_800_000) }, async () => {
    const s = await countedServer();
    const bytes0 = s.bytes();
    const statuses: Record<string, number> = {};
    let served = 0;
    let valid = 0;
    let validOk = 0;
    let next = 0;
    const t0 = Date.now();
    await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
      while (next < FLOOD) {
        const i = next++;
        if (i % 100 === 0) { valid++; if ((await s.send({ kind: 'valid', body: validBody() })).status === 200) { validOk++; served++; } continue; }
        const g: Gen = rnd.next() < 0.3 ? { kind: 'empty', body: Buffer.alloc(0) } : generate(rnd);
        const r = await s.send(g);
        statuses[String(r.status)] = (statuses[String(r.status)] ?? 0) + 1;
        if (r.status === 200) served++;
      }
    }));
    const minutes = (Date.now() - t0) / 60_000;
    await until(() => s.count('SELECT COUNT(*) AS n FROM enrollments') === served, 10_000, 'every served enrollment recorded');
    const hourly = s.count('SELECT COUNT(*) AS n FROM enrollment_refusals');
    const grew = s.bytes() - bytes0;
    figure(`refusal flood: ${FLOOD} requests (${valid} valid, ${validOk} served) in ${(minutes * 60).toFixed(1)} s ${JSON.stringify(statuses)}; ` +
      `database +${grew} bytes (${served} served rows, ${hourly} hourly refusal rows); log ${s.log.lines} lines / ${s.log.bytes} bytes, ${s.log.refused} "enrollment refused"`);
    assert.equal(validOk, valid, 'every valid device interleaved with the flood was served');
    assert.deepEqual(Object.keys(statuses).filter((k) => !/^(200|4\d\d|closed)$/.test(k)), [], 'no 5xx');
    assert.equal(s.count('SELECT COUNT(*) AS n FROM enrollments'), served, 'rows only for profiles served');
    // O(codes × hours): the flood may straddle one hour boundary
    assert.ok(hourly <= (REFUSAL_CODES.length + 1) * 2, `${hourly} hourly rows`);
    assert.ok(grew <= 64 * 1024 + served * 1024, `database grew ${grew} bytes for ${served} served rows`);
    assert.ok(s.log.refused <= (REFUSAL_CODES.length + 1) * (1 + Math.ceil(minutes)), `${s.log.refused} refusal lines`);
    assert.ok(s.log.lines <= served + 100, `${s.log.lines} log lines for ${served} served`);
  });
});

describe('replays: a captured device request is served at most per_device_limit times per window', () => {
  test('generated replay campaigns (several captured requests, 20–300 replays each, bursts) while fresh devices enroll: limit held per serial, counted, fresh devices served', { timeout: size(240_000, 1_800_000) }, async () => {
    const limit = { profiles: 4, per_minutes: 60 };
    const s = await countedServer(limit);
    const campaigns = Array.from({ length: size(4, 12) }, (_, i) => ({
      serial: `REPLAY${String(i).padStart(6, '0')}`, times: rnd.int(20, size(120, 300)), burst: rnd.int(1, IN_FLIGHT),
    }));
    const captured = new Map(campaigns.map((c) => [c.serial, device.signSync(machineInfoXml(mi({ SERIAL: c.serial })))]));
    const byStatus = new Map<string, Record<string, number>>();
    let fresh = 0;
    let freshOk = 0;
    await Promise.all(campaigns.map(async (c) => {
      let left = c.times;
      const tally = (byStatus.set(c.serial, {}), byStatus.get(c.serial)!);
      await Promise.all(Array.from({ length: c.burst }, async () => {
        while (left > 0) {
          left--;
          const r = await s.send({ kind: 'replay', body: captured.get(c.serial)! });
          const code = r.status === 403 ? (JSON.parse(r.body) as { code: string }).code : '';
          tally[`${r.status}${code ? ` ${code}` : ''}`] = (tally[`${r.status}${code ? ` ${code}` : ''}`] ?? 0) + 1;
          if (rnd.next() < 0.1) { fresh++; if ((await s.send({ kind: 'valid', body: validBody() })).status === 200) freshOk++; }
        }
      }));
    }));
    const total = campaigns.reduce((a, c) => a + c.times, 0);
    figure(`replays: ${campaigns.length} captured requests replayed ${total} times (${fresh} fresh devices interleaved): ${JSON.stringify(Object.fromEntries(byStatus))}`);
    for (const c of campaigns) {
      const t = byStatus.get(c.serial)!;
      assert.deepEqual(t, { 200: limit.profiles, '403 adesync.too_many_enrollments': c.times - limit.profiles }, c.serial);
    }
    assert.equal(freshOk, fresh, 'fresh devices are served while replays are refused');
    const text = await s.metrics.render();
    const limited = total - campaigns.length * limit.profiles;
    assert.match(text, new RegExp(`adesync_enrollment_repeats_total\\{outcome="limited"\\} ${limited}\\n`));
    assert.match(text, new RegExp(`adesync_enrollment_repeats_total\\{outcome="served"\\} ${campaigns.length * (limit.profiles - 1)}\\n`));
    await until(() => s.count('SELECT SUM(count) AS n FROM enrollment_limited') === limited, 10_000, 'limited counts written');
    assert.equal(s.count("SELECT COUNT(*) AS n FROM enrollments WHERE serial_number LIKE 'REPLAY%'"), campaigns.length * limit.profiles, 'a row per profile served, none per replay refused');
  });
});
