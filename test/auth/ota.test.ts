// OTA phases 2 and 3 (spec A.3–A.5, E.5) over real HTTP on loopback: the real macOS capture under Apple's shipped trust,
// openssl-made device requests (SHA-1 BER without attributes, SHA-256 DER with), identities from an openssl OTA CA,
// EnvelopedData opened by `openssl cms -decrypt`, a real SQLite file.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrollmentSchema, type EnrollmentConfig } from '../../src/config/schema.ts';
import { createEnrollmentServer } from '../../src/enroll/server.ts';
import { createOtaService } from '../../src/auth/ota.ts';
import { createOtaStore, hashChallenge, sqliteOtaStore } from '../../src/store/ota.ts';
import { createDeviceLookup } from '../../src/enroll/lookup.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase } from '../../src/store/db.ts';
import type { AuthUser } from '../../src/auth/types.ts';
import { fixture, tempDir } from '../helpers/tmp.ts';
import { fetchOnce } from '../helpers/http.ts';
import { cmsSign, machineInfoXml, makeTestPki, openssl } from '../cms/testpki.ts';
import { fixedUserLoginFlow, issueIdentity, makeOtaCa, plistJson, startChallengeService } from './otakit.ts';

const CAPTURE = fixture('device-requests/macos-vm-ota-phase2.p7s');
const CAPTURE_CHALLENGE = '8gLEIttrT7qbLOZs3XzL5XPgNXCliGwRLtn2Lfe4GBsa7g6MGm2sJjicKrLFal4D';
const USER: AuthUser = { issuer: 'https://idp.example.test', subject: 'u-1234', email: 'ada@example.test', name: 'Ada L', groups: ['staff'] };

const pki = makeTestPki();
const dir = tempDir();
const otaCa = makeOtaCa(dir);
const foreignCa = makeOtaCa(dir, 'foreign-ca'); // same shape, not the configured identity_ca
const dbPath = join(dir, 'adesync.db');
const db = openDatabase(dbPath);
const store = createOtaStore(db);
const now = new Date().toISOString();
const addDevice = db.prepare(
  `INSERT INTO devices (token, serial_number, model, os, device_family, raw_json, first_seen, last_seen, deleted_at) VALUES ('main', ?, 'Mac', 'OSX', 'Mac', '{}', ?, ?, NULL)`,
);
for (const s of ['ZDL2M9PTJ3', 'C02OTA000001', 'C02OTA000002']) addDevice.run(s, now, now);
const scep = await startChallengeService();
after(() => scep.close());
const logLines: string[] = [];
const logger = createLogger({ level: 'debug', sink: (l) => logLines.push(l) });

function config(over: Record<string, unknown> = {}, ota: Record<string, unknown> = {}): EnrollmentConfig {
  return enrollmentSchema.parse({
    listen: '127.0.0.1:0',
    public_url: 'https://mdm.example.test',
    device_ca: { pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true },
    per_device_limit: { profiles: 100_000 },
    profile: {
      payload_identifier: 'com.example.mdm.enroll',
      identity: { type: 'scep', url: 'https://mdm.example.test/scep', challenge: 'final-static-challenge' },
      mdm: { server_url: 'https://mdm.example.test/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
    },
    signing: { cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] },
    ota: {
      identity_ca: { cert_file: otaCa.cert, key_file: otaCa.key },
      scep: { url: 'https://scep.example.test/ota', challenge_url: scep.url },
      ...ota,
    },
    ...over,
  });
}

async function start(cfg: EnrollmentConfig) {
  const ota = createOtaService({ config: cfg, sessions: sqliteOtaStore(db), lookupDevice: createDeviceLookup(db), login: fixedUserLoginFlow(USER), logger });
  const srv = createEnrollmentServer({
    config: cfg,
    db,
    logger,
    listen: { host: '127.0.0.1', port: 0 },
    workers: 1,
    keepAliveTimeoutMs: 300_000,
    routes: [ota.route],
  });
  const addr = await srv.listen();
  after(() => srv.close());
  return `http://127.0.0.1:${addr.port}`;
}

const testCa = await start(config());
const { device_ca: _apple, ...appleCfg } = config() as EnrollmentConfig & { device_ca?: unknown };
const apple = await start(enrollmentSchema.parse({ ...appleCfg }));
const plain = await start(config({}, { encrypt: false }));

const post = (base: string, body: Buffer) =>
  fetchOnce(`${base}/ota/profile`, { method: 'POST', body, headers: { 'Content-Type': 'application/pkcs7-signature' } });

/** The signed profile's content, after `openssl cms -verify` against the signing root. */
function verifiedPlist(signed: Buffer): Record<string, unknown> {
  const out = openssl(['cms', '-verify', '-inform', 'DER', '-CAfile', pki.signer.root, '-purpose', 'any'], signed);
  return plistJson(out);
}

async function expectRefusal(res: Response, status: number, code: string) {
  const text = await res.text();
  assert.equal(res.status, status, text);
  assert.equal((JSON.parse(text) as { code: string }).code, code, text);
}

const attrs = (o: Record<string, unknown> = {}) =>
  machineInfoXml({ UDID: '6001A957-6FC5-4856-8C5E-DC2E32C61CB9', SERIAL: 'C02OTA000001', PRODUCT: 'Mac14,2', VERSION: '23D56', IMEI: '', MEID: '', ...o });

/** A planted phase-1 session: the challenge a login would have handed out. */
function plant(challenge = `c-${Math.random().toString(36).slice(2)}`, o: { ttl?: number; at?: Date } = {}) {
  const s = store.create({ challenge, user: USER, ttlSeconds: o.ttl ?? 1800, now: o.at });
  return { challenge, session: s };
}

type ScepPayload = { PayloadType: string; PayloadContent: Record<string, unknown> };

async function phase2Ok(base: string, body: Buffer) {
  const res = await post(base, body);
  const bytes = Buffer.from(await res.arrayBuffer());
  assert.equal(res.status, 200, bytes.toString());
  assert.equal(res.headers.get('content-type'), 'application/x-apple-aspen-config');
  const p = verifiedPlist(bytes);
  assert.equal(p.PayloadType, 'Configuration');
  const payloads = p.PayloadContent as ScepPayload[];
  assert.equal(payloads.length, 1, 'one payload');
  assert.equal(payloads[0].PayloadType, 'com.apple.security.scep');
  return payloads[0].PayloadContent;
}

test('phase 2: the real macOS capture passes under the shipped Apple trust with its planted CHALLENGE', async () => {
  const { session } = plant(CAPTURE_CHALLENGE);
  const sent = scep.requests.length;
  const c = await phase2Ok(apple, readFileSync(CAPTURE));
  assert.equal(c['Key Usage'], 5);
  assert.equal(c.Keysize, 2048);
  assert.equal(c['Key Type'], 'RSA');
  assert.equal(c.URL, 'https://scep.example.test/ota');
  assert.deepEqual(c.Subject, [[['CN', '78897E40-F532-5DE0-A7DC-56BAC5CEEB9C']], [['2.5.4.5', 'ZDL2M9PTJ3']], [['OU', `adesync-ota ${session.id}`]]]);
  // the one-time SCEP challenge is the one the challenge service minted for this device
  assert.equal(scep.requests.length, sent + 1);
  assert.deepEqual(scep.requests[sent], { serial: 'ZDL2M9PTJ3', udid: '78897E40-F532-5DE0-A7DC-56BAC5CEEB9C', purpose: 'ota' });
  assert.equal(c.Challenge, scep.issued[sent]);
  const s = store.get(session.id)!;
  assert.equal(s.phase, 2);
  assert.equal(s.serial_number, 'ZDL2M9PTJ3');
  assert.equal(s.udid, '78897E40-F532-5DE0-A7DC-56BAC5CEEB9C');
  assert.equal(s.build_version, '22A380');
  // replay of the very same capture: the challenge is spent
  await expectRefusal(await post(apple, readFileSync(CAPTURE)), 403, 'adesync.ota_challenge_used');
});

test('phase 2: the capture is refused under a test device CA (not Apple) as untrusted', async () => {
  plant(CAPTURE_CHALLENGE + 'x');
  await expectRefusal(await post(testCa, readFileSync(CAPTURE)), 403, 'adesync.untrusted');
});

test('phase 2: openssl SHA-1 BER without attributes, and SHA-256 DER with attributes, are served', async () => {
  for (const o of [{ md: 'sha1' as const, noattr: true, stream: true }, { md: 'sha256' as const }]) {
    const { challenge, session } = plant();
    const body = cmsSign(pki, attrs({ CHALLENGE: challenge }), o);
    if (o.stream) assert.equal(body.subarray(0, 2).toString('hex'), '3080', 'BER indefinite length, like the device');
    const c = await phase2Ok(testCa, body);
    assert.match(JSON.stringify(c.Subject), new RegExp(session.id));
    assert.equal(store.get(session.id)!.phase, 2);
  }
});

test('phase 2: unknown, used and expired challenges, a missing one, and a replay are 403', async () => {
  await expectRefusal(await post(testCa, cmsSign(pki, attrs({ CHALLENGE: 'never-issued' }))), 403, 'adesync.ota_challenge_unknown');
  await expectRefusal(await post(testCa, cmsSign(pki, attrs())), 403, 'adesync.ota_challenge_missing');
  const old = plant(undefined, { ttl: 60, at: new Date(Date.now() - 3600_000) });
  await expectRefusal(await post(testCa, cmsSign(pki, attrs({ CHALLENGE: old.challenge }))), 403, 'adesync.ota_challenge_expired');
  const { challenge } = plant();
  const body = cmsSign(pki, attrs({ CHALLENGE: challenge }));
  await phase2Ok(testCa, body);
  await expectRefusal(await post(testCa, body), 403, 'adesync.ota_challenge_used'); // replay, byte for byte
  // the same challenge signed again by the device (a second install of the same Profile Service): still spent
  await expectRefusal(await post(testCa, cmsSign(pki, attrs({ CHALLENGE: challenge }), { md: 'sha1', noattr: true })), 403, 'adesync.ota_challenge_used');
});

test('phase 2: a device in none of our tokens is refused unless allow_unknown_devices', async () => {
  const { challenge } = plant();
  const body = cmsSign(pki, attrs({ SERIAL: 'NOTOURS00001', CHALLENGE: challenge }));
  await expectRefusal(await post(testCa, body), 403, 'adesync.unknown_device');
  const open = await start(config({}, { allow_unknown_devices: true }));
  await phase2Ok(open, body); // the refusal above left the challenge unused
});

test('phase 2: a signer from another CA is 403; garbage, unsigned and oversized bodies are 400', async () => {
  const { challenge } = plant();
  await expectRefusal(
    await post(testCa, cmsSign(pki, attrs({ CHALLENGE: challenge }), { signer: pki.other.leaf, certfile: pki.other.deviceCa })),
    403,
    'adesync.untrusted',
  );
  await expectRefusal(await post(testCa, cmsSign(pki, attrs({ CHALLENGE: challenge }), { signer: pki.rootIssued })), 403, 'adesync.untrusted');
  await expectRefusal(await post(testCa, Buffer.from('garbage')), 400, 'adesync.bad_request');
  await expectRefusal(await post(testCa, attrs({ CHALLENGE: challenge })), 400, 'adesync.unsigned');
  await expectRefusal(await post(testCa, Buffer.alloc(70 * 1024, 0x30)), 400, 'adesync.too_large');
  const truncated = cmsSign(pki, attrs({ CHALLENGE: challenge }));
  await expectRefusal(await post(testCa, truncated.subarray(0, truncated.length - 10)), 400, 'adesync.bad_request');
  await expectRefusal(await post(testCa, cmsSign(pki, Buffer.from('<plist><dict><key>UDID</key></dict></plist>'))), 400, 'adesync.bad_ota_attributes');
  const res = await fetchOnce(`${testCa}/ota/profile`);
  assert.equal(res.status, 405);
  assert.equal(store.get(plant(challenge + 'y').session.id)!.phase, 1, 'none of these consumed a challenge');
});

/** Phases 1 (planted) and 2 done for a device: the session and the identity the SCEP server would issue for it. */
async function throughPhase2(base: string, o: { serial?: string; udid?: string } = {}) {
  const serial = o.serial ?? 'C02OTA000001';
  const udid = o.udid ?? '6001A957-6FC5-4856-8C5E-DC2E32C61CB9';
  const { challenge, session } = plant();
  await phase2Ok(base, cmsSign(pki, attrs({ CHALLENGE: challenge, SERIAL: serial, UDID: udid })));
  return { session, serial, udid, identity: issueIdentity(otaCa, { udid, serial, sessionId: session.id }) };
}

const phase3Body = (identity: { cert: string; key: string }, o: Record<string, unknown> = {}) => cmsSign(pki, attrs(o), { signer: identity, certfile: '' });

test('phase 3 (encrypted): an identity from the OTA CA gets the enrollment profile, whose payloads `openssl cms -decrypt` opens', async () => {
  const { session, identity } = await throughPhase2(testCa);
  const res = await post(testCa, phase3Body(identity));
  const bytes = Buffer.from(await res.arrayBuffer());
  assert.equal(res.status, 200, bytes.toString());
  assert.equal(res.headers.get('content-type'), 'application/x-apple-aspen-config');
  const p = verifiedPlist(bytes);
  assert.equal(p.PayloadIdentifier, 'com.example.mdm.enroll');
  assert.equal(p.PayloadContent, undefined, 'no clear PayloadContent');
  const epc = join(dir, `epc-${session.id}.der`);
  writeFileSync(epc, Buffer.from(p.EncryptedPayloadContent as string, 'base64'));
  const clear = openssl(['cms', '-decrypt', '-inform', 'DER', '-in', epc, '-inkey', identity.key, '-recip', identity.cert]);
  const payloads = plistJson(clear) as unknown as { PayloadType: string; PayloadContent?: Record<string, unknown> }[];
  assert.ok(Array.isArray(payloads), 'the decrypted content is the PayloadContent array');
  const types = payloads.map((x) => x.PayloadType);
  assert.ok(types.includes('com.apple.mdm') && types.includes('com.apple.security.scep'), types.join(','));
  assert.equal(payloads.find((x) => x.PayloadType === 'com.apple.security.scep')!.PayloadContent!.Challenge, 'final-static-challenge');
  // the wrong key cannot open it
  assert.throws(() => openssl(['cms', '-decrypt', '-inform', 'DER', '-in', epc, '-inkey', otaCa.key]));
  assert.equal(store.get(session.id)!.phase, 3);
  // a second phase 3 for the session: wrong phase
  await expectRefusal(await post(testCa, phase3Body(identity)), 409, 'adesync.ota_wrong_phase');
});

test('phase 3 (encrypt: false): the profile carries its payloads in clear', async () => {
  const { identity } = await throughPhase2(plain, { serial: 'C02OTA000002', udid: '00000000-0000-0000-0000-0000000000A2' });
  const res = await post(plain, phase3Body(identity, { SERIAL: 'C02OTA000002', UDID: '00000000-0000-0000-0000-0000000000A2' }));
  const bytes = Buffer.from(await res.arrayBuffer());
  assert.equal(res.status, 200, bytes.toString());
  const p = verifiedPlist(bytes);
  assert.equal(p.EncryptedPayloadContent, undefined);
  assert.ok((p.PayloadContent as { PayloadType: string }[]).some((x) => x.PayloadType === 'com.apple.mdm'));
});

test('phase 3: another device, another serial, an expired identity, a foreign CA and phase 3 before phase 2 are refused', async () => {
  const { session, identity, udid } = await throughPhase2(testCa);
  // the identity says one serial, the signed attributes another
  await expectRefusal(await post(testCa, phase3Body(identity, { SERIAL: 'C02OTA000002' })), 403, 'adesync.ota_identity_mismatch');
  // an identity naming this session but issued to another device (subject and attributes agree with each other)
  const other = issueIdentity(otaCa, { udid: '00000000-0000-0000-0000-0000000000B2', serial: 'C02OTA000002', sessionId: session.id });
  await expectRefusal(
    await post(testCa, phase3Body(other, { SERIAL: 'C02OTA000002', UDID: '00000000-0000-0000-0000-0000000000B2' })),
    403,
    'adesync.ota_identity_mismatch',
  );
  // expired own certificate
  const expired = issueIdentity(otaCa, { udid, serial: 'C02OTA000001', sessionId: session.id, days: -1 });
  await expectRefusal(await post(testCa, phase3Body(expired)), 403, 'adesync.ota_identity_expired');
  // same subject, issued by a CA that is not identity_ca
  const foreign = issueIdentity(foreignCa, { udid, serial: 'C02OTA000001', sessionId: session.id });
  await expectRefusal(await post(testCa, phase3Body(foreign)), 403, 'adesync.untrusted');
  // no session named / unknown session
  const nameless = issueIdentity(otaCa, { udid, serial: 'C02OTA000001', sessionId: '', ou: 'Something Else' });
  await expectRefusal(await post(testCa, phase3Body(nameless)), 403, 'adesync.ota_identity_mismatch');
  const unknown = issueIdentity(otaCa, { udid, serial: 'C02OTA000001', sessionId: 'F00DF00D-0000-0000-0000-000000000000' });
  await expectRefusal(await post(testCa, phase3Body(unknown)), 403, 'adesync.ota_identity_mismatch');
  // a session still in phase 1
  const fresh = plant();
  const early = issueIdentity(otaCa, { udid, serial: 'C02OTA000001', sessionId: fresh.session.id });
  await expectRefusal(await post(testCa, phase3Body(early)), 409, 'adesync.ota_wrong_phase');
  // none of the above moved the session: the right identity still completes it
  assert.equal(store.get(session.id)!.phase, 2);
  const res = await post(testCa, phase3Body(identity));
  assert.equal(res.status, 200, await res.text());
});

test('enrollment records: phases 2 and 3 are recorded with the user; challenges never reach the logs or the database', async () => {
  const { challenge, session } = plant();
  await phase2Ok(testCa, cmsSign(pki, attrs({ CHALLENGE: challenge })));
  const identity = issueIdentity(otaCa, { udid: '6001A957-6FC5-4856-8C5E-DC2E32C61CB9', serial: 'C02OTA000001', sessionId: session.id });
  assert.equal((await post(testCa, phase3Body(identity))).status, 200);
  // the recorder writes once per event-loop turn
  await new Promise((r) => setImmediate(r));
  const rows = db.prepare(`SELECT reason FROM enrollments WHERE serial_number = 'C02OTA000001' AND reason LIKE 'OTA phase%'`).all() as { reason: string }[];
  assert.ok(rows.some((r) => r.reason.startsWith('OTA phase 2')) && rows.some((r) => r.reason.startsWith('OTA phase 3')), JSON.stringify(rows));
  const row = db.prepare('SELECT challenge_hash, user_subject FROM ota_sessions WHERE id = ?').get(session.id) as {
    challenge_hash: string;
    user_subject: string;
  };
  assert.equal(row.challenge_hash, hashChallenge(challenge));
  assert.equal(row.user_subject, 'u-1234');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const file = readFileSync(dbPath).toString('latin1');
  const logs = logLines.join('\n');
  for (const secret of [challenge, CAPTURE_CHALLENGE, ...scep.issued]) {
    assert.ok(!file.includes(secret), `a challenge is in the database in clear`);
    assert.ok(!logs.includes(secret), `a challenge is in the logs`);
  }
  assert.ok(logs.includes('OTA phase 3: enrollment profile served'), 'the phases are logged');
});

test('phase 2: a failing SCEP challenge service is a declared 503 with Retry-After, and the device challenge stays unused', async () => {
  const down = await start(config({}, { scep: { url: 'https://scep.example.test/ota', challenge_url: 'http://127.0.0.1:1/challenge' } }));
  const { challenge, session } = plant();
  const body = cmsSign(pki, attrs({ CHALLENGE: challenge }));
  const res = await post(down, body);
  const text = await res.text();
  assert.equal(res.status, 503, text);
  assert.equal(res.headers.get('retry-after'), '10');
  assert.equal((JSON.parse(text) as { code: string }).code, 'adesync.challenge_unavailable');
  assert.equal(store.get(session.id)!.phase, 1);
  await phase2Ok(testCa, body); // once the service answers, the same request is served
});

test('phase 3 with a per-device SCEP challenge for the final identity: fetched for this device, inside the encrypted payloads', async () => {
  const cfg = config({
    profile: {
      payload_identifier: 'com.example.mdm.enroll',
      identity: { type: 'scep', url: 'https://mdm.example.test/scep', challenge_url: scep.url },
      mdm: { server_url: 'https://mdm.example.test/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
    },
  });
  const base = await start(cfg);
  const { identity, serial, udid } = await throughPhase2(base);
  const sent = scep.requests.length;
  const res = await post(base, phase3Body(identity));
  const bytes = Buffer.from(await res.arrayBuffer());
  assert.equal(res.status, 200, bytes.toString());
  assert.deepEqual(scep.requests.slice(sent), [{ serial, udid }]);
  const epc = join(dir, 'epc-fetched.der');
  writeFileSync(epc, Buffer.from(verifiedPlist(bytes).EncryptedPayloadContent as string, 'base64'));
  const payloads = plistJson(openssl(['cms', '-decrypt', '-inform', 'DER', '-in', epc, '-inkey', identity.key])) as unknown as {
    PayloadType: string;
    PayloadContent?: Record<string, unknown>;
  }[];
  assert.equal(payloads.find((x) => x.PayloadType === 'com.apple.security.scep')!.PayloadContent!.Challenge, scep.issued[sent]);
});
