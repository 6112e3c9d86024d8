import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrollmentSchema, type EnrollmentConfig } from '../../src/config/schema.ts';
import { createEnrollmentServer } from '../../src/enroll/server.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase } from '../../src/store/db.ts';
import { refusalsSince } from '../../src/store/enrollments.ts';
import { until } from '../helpers/cli.ts';
import { fixture, tempDir } from '../helpers/tmp.ts';
import { cmsSign, machineInfoXml, makeTestPki, openssl } from '../cms/testpki.ts';
import { fetchOnce } from '../helpers/http.ts';

const pki = makeTestPki();
const dir = tempDir();
const db = openDatabase(join(dir, 'adesync.db'));
const now = new Date().toISOString();
const addDevice = db.prepare(
  `INSERT INTO devices (token, serial_number, model, os, device_family, raw_json, first_seen, last_seen, deleted_at) VALUES (?, ?, ?, ?, ?, '{}', ?, ?, ?)`,
);
addDevice.run('main', 'C02XXXXXXXXX', 'MacBook Pro', 'OSX', 'Mac', now, now, null);
addDevice.run('main', 'G4NQM9HHK0', 'iPad', 'iOS', 'iPad', now, now, null);
addDevice.run('school', 'DMPXXXXXXX01', 'iPhone', 'iOS', 'iPhone', now, now, null);
addDevice.run('main', 'GONE0000001', 'iPhone', 'iOS', 'iPhone', now, now, now);
writeFileSync(join(dir, 'challenge.txt'), 'static-challenge-from-file\n');
const logLines: string[] = [];
const logger = createLogger({ level: 'debug', sink: (l) => logLines.push(l) });

function config(over: Record<string, unknown> = {}, profileOver: Record<string, unknown> = {}): EnrollmentConfig {
  return enrollmentSchema.parse({
    listen: '127.0.0.1:0',
    device_ca: { pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true },
    minimum_os: { macOS: { version: '14.3', build: '23D56' }, iOS: { version: '17.0' } },
    profile: {
      payload_identifier: 'com.example.mdm.enroll',
      display_name: 'Example MDM',
      organization: 'Example Corp',
      trust_cert_files: [pki.signer.root, pki.signer.chain],
      identity: { type: 'scep', url: 'https://mdm.example.com/scep', challenge_file: join(dir, 'challenge.txt'), subject: [[['CN', '%SERIAL%']]] },
      mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
      ...profileOver,
    },
    signing: { cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] },
    per_device_limit: { profiles: 1000, per_minutes: 60 }, // this file enrolls C02XXXXXXXXX many times; replay.test.ts tests the limit
    ...over,
  });
}

// server-workers.test.ts runs this whole file again with the worker-thread pool.
const WORKERS = Number(process.env.ADESYNC_TEST_ENROLL_WORKERS ?? 1);

async function start(cfg: EnrollmentConfig, extra: Record<string, unknown> = {}) {
  // This process runs openssl and python synchronously between requests: on a loaded machine that outlasts the 5 s
  // keep-alive, and fetch's next request would race the server closing the idle connection.
  const srv = createEnrollmentServer({
    config: cfg,
    db,
    logger,
    listen: { host: '127.0.0.1', port: 0 },
    workers: WORKERS,
    keepAliveTimeoutMs: 300_000,
    ...extra,
  });
  assert.equal(srv.workers, WORKERS);
  const addr = await srv.listen();
  after(() => srv.close());
  return { srv, url: `http://127.0.0.1:${addr.port}` };
}

const main = await start(config({}, {}), { profileRule: () => 'rule-a' });

const mac = (o: Record<string, unknown> = {}) => ({
  UDID: '7C6E1A2B-0000-5000-8000-000000000000',
  SERIAL: 'C02XXXXXXXXX',
  PRODUCT: 'Mac14,2',
  VERSION: '23D56',
  OS_VERSION: '14.3',
  LANGUAGE: 'en-US',
  MDM_CAN_REQUEST_SOFTWARE_UPDATE: true,
  ...o,
});

async function post(url: string, body: Buffer, headers: Record<string, string> = {}) {
  const r = await fetchOnce(url, { method: 'POST', body, headers: { 'Content-Type': 'application/pkcs7-signature', ...headers } });
  return { status: r.status, type: r.headers.get('content-type'), headers: r.headers, body: Buffer.from(await r.arrayBuffer()) };
}

/** openssl verifies the profile against the signing root; python's plistlib parses it. */
function openProfile(der: Buffer): any {
  const f = join(dir, `resp${Math.random()}.der`);
  writeFileSync(f, der);
  const xml = openssl(['cms', '-verify', '-inform', 'DER', '-in', f, '-CAfile', pki.signer.root, '-purpose', 'any']);
  return JSON.parse(
    execFileSync('python3', ['-c', 'import plistlib,sys,json; print(json.dumps(plistlib.loads(sys.stdin.buffer.read()), default=lambda b: b.hex()))'], {
      input: xml,
    }).toString(),
  );
}

const lastEnrollment = () => db.prepare('SELECT * FROM enrollments ORDER BY id DESC LIMIT 1').get() as Record<string, unknown>;

test('a signed XML MachineInfo gets a signed profile that openssl verifies and plistlib reads; the decision is recorded', async () => {
  const r = await post(`${main.url}/enroll?token=abc`, cmsSign(pki, machineInfoXml(mac()), { md: 'sha256' }), { 'X-Forwarded-For': '203.0.113.9' });
  assert.equal(r.status, 200, r.body.toString());
  assert.equal(r.type, 'application/x-apple-aspen-config');
  const p = openProfile(r.body);
  assert.equal(p.PayloadType, 'Configuration');
  assert.equal(p.PayloadIdentifier, 'com.example.mdm.enroll');
  assert.equal(p.PayloadScope, 'System');
  assert.equal(p.PayloadOrganization, 'Example Corp');
  const types = p.PayloadContent.map((x: any) => x.PayloadType);
  assert.deepEqual(types, ['com.apple.security.root', 'com.apple.security.pkcs1', 'com.apple.security.scep', 'com.apple.mdm']);
  const scep = p.PayloadContent[2];
  assert.equal(scep.PayloadContent.Challenge, 'static-challenge-from-file');
  assert.deepEqual(scep.PayloadContent.Subject, [[['CN', 'C02XXXXXXXXX']]]);
  assert.equal(scep.PayloadContent.Keysize, 2048);
  assert.equal(scep.PayloadContent['Key Type'], 'RSA');
  assert.equal(scep.PayloadContent['Key Usage'], 5);
  const mdm = p.PayloadContent[3];
  assert.equal(mdm.IdentityCertificateUUID, scep.PayloadUUID);
  assert.equal(mdm.ServerURL, 'https://mdm.example.com/mdm');
  assert.equal(mdm.CheckInURL, 'https://mdm.example.com/mdm');
  assert.equal(mdm.AccessRights, 8191);
  const row = lastEnrollment();
  assert.equal(row.decision, 'served');
  assert.equal(row.token, 'main');
  assert.equal(row.serial_number, 'C02XXXXXXXXX');
  assert.equal(row.udid, '7C6E1A2B-0000-5000-8000-000000000000');
  assert.equal(row.product, 'Mac14,2');
  assert.equal(row.os_version, '14.3');
  assert.equal(row.build_version, '23D56');
  assert.equal(row.language, 'en-US');
  assert.equal(row.profile_rule, 'rule-a');
  assert.equal(row.profile_served, `com.example.mdm.enroll ${p.PayloadUUID}`);
  assert.equal(row.remote_addr, '127.0.0.1', 'X-Forwarded-For ignored unless trusted');
  const d = db.prepare("SELECT last_enrollment_id FROM devices WHERE token='main' AND serial_number='C02XXXXXXXXX'").get() as { last_enrollment_id: number };
  assert.equal(d.last_enrollment_id, row.id);
  // A second profile: same identifiers, fresh top-level UUID.
  const p2 = openProfile((await post(`${main.url}/enroll`, cmsSign(pki, machineInfoXml(mac()), { md: 'sha1', noattr: true }))).body);
  assert.notEqual(p2.PayloadUUID, p.PayloadUUID);
  assert.equal(p2.PayloadContent[3].PayloadUUID, mdm.PayloadUUID);
});

test('binary plist, SHA-1, no signed attributes, streamed BER; and the web view GET with x-apple-aspen-deviceinfo', async () => {
  const ipad = { UDID: '00008101-001938611EE9001E', SERIAL: 'G4NQM9HHK0', PRODUCT: 'iPad13,18', VERSION: '21E236', OS_VERSION: '17.4' };
  const blob = cmsSign(pki, machineInfoXml(ipad, 'binary'), { md: 'sha1', noattr: true, stream: true });
  const r = await post(`${main.url}/enroll`, blob, { 'Content-Type': 'application/x-www-form-urlencoded' });
  assert.equal(r.status, 200, r.body.toString());
  assert.equal(openProfile(r.body).PayloadScope, undefined, 'no PayloadScope outside macOS');
  const g = await fetchOnce(`${main.url}/enroll`, { headers: { 'x-apple-aspen-deviceinfo': blob.toString('base64') } });
  assert.equal(g.status, 200);
  assert.equal(g.headers.get('content-type'), 'application/x-apple-aspen-config');
  assert.equal(openProfile(Buffer.from(await g.arrayBuffer())).PayloadContent[2].PayloadContent.Subject[0][0][1], 'G4NQM9HHK0');
  const none = await fetchOnce(`${main.url}/enroll`);
  assert.equal(none.status, 400);
  assert.equal(((await none.json()) as { code: string }).code, 'adesync.bad_request');
});

test('B.7: below the minimum and able to update → 403 application/json with the exact body', async () => {
  const r = await post(`${main.url}/enroll`, cmsSign(pki, machineInfoXml(mac({ OS_VERSION: '14.0', VERSION: '23A344', SOFTWARE_UPDATE_DEVICE_ID: 'J413AP' }))));
  assert.equal(r.status, 403);
  assert.equal(r.type, 'application/json');
  assert.equal(
    r.body.toString(),
    '{"code":"com.apple.softwareupdate.required","description":"Device must be updated to 14.3","details":{"OSVersion":"14.3","BuildVersion":"23D56"}}',
  );
  assert.equal(lastEnrollment().decision, 'os_update_required');
});

async function refusal(body: Buffer, status: number, code: string, url = main.url) {
  const r = await post(`${url}/enroll`, body);
  assert.equal(r.status, status, r.body.toString());
  assert.equal(r.type, 'application/json');
  const j = JSON.parse(r.body.toString());
  assert.equal(j.code, code);
  assert.ok(typeof j.message === 'string' && j.message.length > 5);
  return j;
}

test('refusals: not ours, deleted, unsigned, garbage, tampered, wrong CA, truncated, bad MachineInfo — and the server stays up', async () => {
  await refusal(cmsSign(pki, machineInfoXml(mac({ SERIAL: 'NOTOURS0001' }))), 403, 'adesync.unknown_device');
  await refusal(cmsSign(pki, machineInfoXml(mac({ SERIAL: 'GONE0000001', PRODUCT: 'iPhone15,2', OS_VERSION: '17.4' }))), 403, 'adesync.unknown_device');
  await refusal(machineInfoXml(mac()), 403, 'adesync.unsigned');
  await refusal(machineInfoXml(mac(), 'binary'), 403, 'adesync.unsigned');
  await refusal(Buffer.from('garbage garbage garbage'), 400, 'adesync.bad_request');
  const good = cmsSign(pki, machineInfoXml(mac()), { stream: true });
  const tampered = Buffer.from(good);
  tampered[tampered.indexOf('C02XXXXXXXXX')] = 0x44;
  await refusal(tampered, 403, 'adesync.untrusted');
  await refusal(cmsSign(pki, machineInfoXml(mac()), { signer: pki.other.leaf, certfile: pki.other.deviceCa }), 403, 'adesync.untrusted');
  await refusal(cmsSign(pki, machineInfoXml(mac()), { signer: pki.selfSigned, certfile: '' }), 403, 'adesync.untrusted');
  await refusal(cmsSign(pki, machineInfoXml(mac()), { signer: pki.rootIssued, certfile: pki.root }), 403, 'adesync.untrusted');
  await refusal(good.subarray(0, good.length - 40), 400, 'adesync.bad_request');
  await refusal(cmsSign(pki, machineInfoXml(mac({ SERIAL: 42 }))), 400, 'adesync.bad_machineinfo');
  // counted per hour and code; a full record only for the one device of ours (GONE0000001, removed from its token)
  await until(() => (refusalsSince(db, '0')['adesync.bad_machineinfo'] ?? 0) >= 1, 10_000, 'the counts to be written');
  const counts = refusalsSince(db, '0');
  for (const [code, n] of Object.entries({ 'adesync.unknown_device': 2, 'adesync.unsigned': 2, 'adesync.bad_request': 2, 'adesync.untrusted': 4 })) {
    assert.ok((counts[code] ?? 0) >= n, `${code}: ${JSON.stringify(counts)}`);
  }
  const rows = db.prepare("SELECT serial_number FROM enrollments WHERE decision = 'refused'").all() as { serial_number: string }[];
  assert.deepEqual([...new Set(rows.map((r) => r.serial_number))], ['GONE0000001']);
  assert.equal((await fetchOnce(`${main.url}/healthz`)).status, 200);
});

test('oversized body → 413, other paths 404, other methods 405; server stays up', async () => {
  const big = Buffer.alloc(70 * 1024, 0x30);
  const r = await new Promise<number>((resolve, reject) => {
    const req = http.request(`${main.url}/enroll`, { method: 'POST', headers: { 'Content-Length': big.length } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', reject);
    req.end(big);
  });
  assert.equal(r, 413);
  // Chunked (no Content-Length), over the limit.
  const r2 = await new Promise<number>((resolve, reject) => {
    const req = http.request(`${main.url}/enroll`, { method: 'POST' }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', reject);
    for (let i = 0; i < 9; i++) req.write(Buffer.alloc(8192, 0x30));
    req.end();
  });
  assert.equal(r2, 413);
  assert.equal((await fetchOnce(`${main.url}/`)).status, 404);
  assert.equal((await fetchOnce(`${main.url}/enroll/x`)).status, 404);
  const put = await fetchOnce(`${main.url}/enroll`, { method: 'PUT', body: 'x' });
  assert.equal(put.status, 405);
  assert.equal(put.headers.get('content-type'), 'application/json');
  assert.equal((await fetchOnce(`${main.url}/healthz`)).status, 200);
});

test('slow senders are cut off (header and body timeouts)', async () => {
  const s = await start(config(), { headersTimeoutMs: 300, requestTimeoutMs: 600 });
  const port = Number(new URL(s.url).port);
  for (const partial of ['POST /enroll HTTP/1.1\r\nHost: x\r\n', 'POST /enroll HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc']) {
    const got = await new Promise<string>((resolve, reject) => {
      const sock = net.connect(port, '127.0.0.1', () => sock.write(partial));
      let data = '';
      sock.on('data', (d) => {
        data += d;
      });
      sock.on('close', () => resolve(data));
      sock.on('error', reject);
      setTimeout(() => {
        sock.destroy();
        reject(new Error('slow sender was never cut off'));
      }, 10_000).unref();
    });
    assert.match(got, /^HTTP\/1\.1 408/);
  }
});

test('forwarded address trusted only when configured; per-device SCEP challenge fetched; upstream failure → 503', async () => {
  const seen: unknown[] = [];
  let fail = false;
  const up = http.createServer((req, res) => {
    let b = '';
    req.on('data', (c) => {
      b += c;
    });
    req.on('end', () => {
      seen.push(JSON.parse(b));
      if (fail) {
        res.writeHead(500);
        res.end('no');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(`challenge-for-${JSON.parse(b).serial}\n`);
    });
  });
  await new Promise<void>((r) => up.listen(0, '127.0.0.1', r));
  after(() => up.close());
  const upUrl = `http://127.0.0.1:${(up.address() as net.AddressInfo).port}/challenge`;
  const s = await start(config({ trust_forwarded_headers: true }, { identity: { type: 'scep', url: 'https://mdm.example.com/scep', challenge_url: upUrl } }));
  const r = await post(`${s.url}/enroll`, cmsSign(pki, machineInfoXml(mac())), { 'X-Forwarded-For': '198.51.100.1, 203.0.113.9' });
  assert.equal(r.status, 200);
  assert.equal(openProfile(r.body).PayloadContent[2].PayloadContent.Challenge, 'challenge-for-C02XXXXXXXXX');
  assert.deepEqual(seen[0], { serial: 'C02XXXXXXXXX', udid: '7C6E1A2B-0000-5000-8000-000000000000' });
  assert.equal(lastEnrollment().remote_addr, '203.0.113.9');
  fail = true;
  const f = await post(`${s.url}/enroll`, cmsSign(pki, machineInfoXml(mac())));
  assert.equal(f.status, 503);
  assert.equal(f.headers.get('retry-after'), '10');
  assert.equal(JSON.parse(f.body.toString()).code, 'adesync.challenge_unavailable');
  assert.ok(!logLines.some((l) => l.includes('challenge-for-')), 'challenges never reach the logs');
});

test('ACME identity: one-time ClientIdentifier; old OS → fallback SCEP, or refusal without one', async () => {
  const acme = { type: 'acme', directory_url: 'https://mdm.example.com/acme/directory' };
  const s = await start(config({}, { identity: acme, fallback_identity: { type: 'scep', url: 'https://mdm.example.com/scep', challenge: 'fb' } }));
  const a = openProfile((await post(`${s.url}/enroll`, cmsSign(pki, machineInfoXml(mac())))).body);
  const b = openProfile((await post(`${s.url}/enroll`, cmsSign(pki, machineInfoXml(mac())))).body);
  assert.equal(a.PayloadContent[2].PayloadType, 'com.apple.security.acme');
  assert.equal(a.PayloadContent[2].KeyType, 'ECSECPrimeRandom');
  assert.equal(a.PayloadContent[2].KeySize, 384);
  assert.equal(a.PayloadContent[2].HardwareBound, true);
  assert.equal(a.PayloadContent[2].Attest, true);
  assert.ok(a.PayloadContent[2].ClientIdentifier.length >= 24);
  assert.notEqual(a.PayloadContent[2].ClientIdentifier, b.PayloadContent[2].ClientIdentifier);
  const ipad15 = { UDID: 'U-15', SERIAL: 'G4NQM9HHK0', PRODUCT: 'iPad13,18', VERSION: '19H12' };
  const fb = await post(`${s.url}/enroll`, cmsSign(pki, machineInfoXml(ipad15)));
  assert.equal(fb.status, 200);
  assert.equal(openProfile(fb.body).PayloadContent[2].PayloadType, 'com.apple.security.scep');
  const s2 = await start(config({}, { identity: acme }));
  await refusal(cmsSign(pki, machineInfoXml(ipad15)), 403, 'adesync.acme_unsupported_os', s2.url);
});

test('the real device request verifies under production Apple trust through the server', async () => {
  const real = readFileSync(fixture('device-requests/macos-vm-ota-phase2.p7s'));
  const s = await start(config({ device_ca: undefined, allow_unknown_serials: true }));
  assert.equal(s.srv.verifier.trust.apple, true);
  const r = await post(`${s.url}/enroll`, real);
  assert.equal(r.status, 200, r.body.toString());
  assert.equal(lastEnrollment().serial_number, 'ZDL2M9PTJ3');
  assert.equal(lastEnrollment().product, 'VirtualMac2,1');
  // The test-trust server refuses the same real request: trust is not silently Apple's plus ours.
  await refusal(real, 403, 'adesync.untrusted');
  assert.ok(
    logLines.some((l) => l.includes('"level":"warn"') && l.includes('NON-APPLE')),
    'non-Apple trust announced at warn',
  );
});

test('close() drains: an in-flight request completes', async () => {
  let inFlight!: () => void;
  const reached = new Promise<void>((r) => {
    inFlight = r;
  });
  const lookup = db.prepare('SELECT token, serial_number, os, deleted_at FROM devices WHERE serial_number = ?');
  const s = await start(config(), {
    lookupDevice: (serial: string) => {
      inFlight();
      return lookup.get(serial);
    },
  });
  const pending = post(`${s.url}/enroll`, cmsSign(pki, machineInfoXml(mac())));
  await reached; // the handler is past the lookup, signing on the thread pool
  await s.srv.close();
  assert.equal((await pending).status, 200);
});

test('onDecision: once per answered enrollment request, with its decision and time; not for /healthz or other paths', async () => {
  const seen: [string, number][] = [];
  let fail = false;
  const up = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(fail ? 500 : 200);
      res.end(fail ? 'no' : 'ch');
    });
  });
  await new Promise<void>((r) => up.listen(0, '127.0.0.1', r));
  after(() => up.close());
  const upUrl = `http://127.0.0.1:${(up.address() as net.AddressInfo).port}/c`;
  const s = await start(config({}, { identity: { type: 'scep', url: 'https://mdm.example.com/scep', challenge_url: upUrl } }), {
    onDecision: (d: string, ms: number) => seen.push([d, ms]),
  });
  const expect = async (p: Promise<unknown>, decision: string | undefined) => {
    const before = seen.length;
    await p;
    if (decision === undefined) {
      assert.equal(seen.length, before, 'not reported');
      return;
    }
    assert.equal(seen.length, before + 1, `one report for ${decision}`);
    assert.equal(seen.at(-1)![0], decision);
    assert.ok(seen.at(-1)![1] > 0 && seen.at(-1)![1] < 60_000);
  };
  await expect(
    post(`${s.url}/enroll`, cmsSign(pki, machineInfoXml(mac()))).then((r) => assert.equal(r.status, 200)),
    'served',
  );
  await expect(
    post(`${s.url}/enroll`, cmsSign(pki, machineInfoXml(mac({ OS_VERSION: '14.0', VERSION: '23A344' })))).then((r) => assert.equal(r.status, 403)),
    'os_update_required',
  );
  await expect(
    post(`${s.url}/enroll`, cmsSign(pki, machineInfoXml(mac({ SERIAL: 'NOTOURS0001' })))).then((r) => assert.equal(r.status, 403)),
    'refused',
  );
  await expect(
    post(`${s.url}/enroll`, machineInfoXml(mac())).then((r) => assert.equal(r.status, 403)),
    'refused',
  );
  await expect(
    post(`${s.url}/enroll`, Buffer.from('garbage garbage garbage')).then((r) => assert.equal(r.status, 400)),
    'bad_request',
  );
  await expect(
    post(`${s.url}/enroll`, cmsSign(pki, machineInfoXml(mac({ SERIAL: 42 })))).then((r) => assert.equal(r.status, 400)),
    'bad_request',
  );
  await expect(
    fetchOnce(`${s.url}/enroll`, { method: 'PUT', body: 'x' }).then((r) => assert.equal(r.status, 405)),
    'bad_request',
  );
  await expect(
    fetchOnce(`${s.url}/healthz`).then((r) => assert.equal(r.status, 200)),
    undefined,
  );
  await expect(
    fetchOnce(`${s.url}/elsewhere`).then((r) => assert.equal(r.status, 404)),
    undefined,
  );
  fail = true;
  await expect(
    post(`${s.url}/enroll`, cmsSign(pki, machineInfoXml(mac()))).then((r) => assert.equal(r.status, 503)),
    'error',
  );
});
