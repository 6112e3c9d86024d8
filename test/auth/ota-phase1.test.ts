// OTA phase 1 (spec A.2, E.5): login first, then a signed Profile Service payload whose Challenge is stored hashed with
// the user. The login is an IN-TEST LoginFlow completing with a fixed user (otakit.ts); the real-IdP test comes with
// the login code. Also: the config errors enrollment.ota can raise.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { enrollmentSchema, type EnrollmentConfig } from '../../src/config/schema.ts';
import { createEnrollmentServer } from '../../src/enroll/server.ts';
import { createOtaService } from '../../src/auth/ota.ts';
import { hashChallenge } from '../../src/store/ota.ts';
import { openDatabase } from '../../src/store/db.ts';
import { sqliteOtaStore } from '../../src/store/ota.ts';
import { createDeviceLookup } from '../../src/enroll/lookup.ts';
import type { AuthUser } from '../../src/auth/types.ts';
import { tempDir } from '../helpers/tmp.ts';
import { fetchOnce } from '../helpers/http.ts';
import { cmsSign, machineInfoXml, makeTestPki, openssl } from '../cms/testpki.ts';
import { fixedUserLoginFlow, makeOtaCa, plistJson, startChallengeService } from './otakit.ts';

const USER: AuthUser = { issuer: 'https://idp.example.test', subject: 'u-77', email: 'grace@example.test', name: 'Grace H', groups: ['staff', 'it'] };
const pki = makeTestPki();
const dir = tempDir();
const otaCa = makeOtaCa(dir);
const db = openDatabase(join(dir, 'adesync.db'));
const at = new Date().toISOString();
db.prepare(
  `INSERT INTO devices (token, serial_number, model, os, device_family, raw_json, first_seen, last_seen, deleted_at) VALUES ('main', 'C02OTA000009', 'Mac', 'OSX', 'Mac', '{}', ?, ?, NULL)`,
).run(at, at);
const scep = await startChallengeService();
after(() => scep.close());

function raw(ota: Record<string, unknown> = {}, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    listen: '127.0.0.1:0',
    public_url: 'https://mdm.example.test',
    device_ca: { pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true },
    profile: {
      payload_identifier: 'com.example.mdm.enroll',
      display_name: 'Example MDM',
      identity: { type: 'scep', url: 'https://mdm.example.test/scep', challenge: 'static' },
      mdm: { server_url: 'https://mdm.example.test/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
    },
    signing: { cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] },
    ota: { identity_ca: { cert_file: otaCa.cert, key_file: otaCa.key }, scep: { url: 'https://scep.example.test/ota', challenge_url: scep.url }, ...ota },
    ...over,
  };
}
const config = (ota: Record<string, unknown> = {}, over: Record<string, unknown> = {}): EnrollmentConfig => enrollmentSchema.parse(raw(ota, over));

async function start(cfg: EnrollmentConfig, login = fixedUserLoginFlow(USER)) {
  const ota = createOtaService({ config: cfg, sessions: sqliteOtaStore(db), lookupDevice: createDeviceLookup(db), login });
  const srv = createEnrollmentServer({ config: cfg, db, listen: { host: '127.0.0.1', port: 0 }, workers: 1, keepAliveTimeoutMs: 300_000, routes: [ota.route] });
  const addr = await srv.listen();
  after(() => srv.close());
  return { base: `http://127.0.0.1:${addr.port}`, login };
}

const main = await start(config());

async function phase1(base: string) {
  const res = await fetchOnce(`${base}/ota/enroll`);
  const bytes = Buffer.from(await res.arrayBuffer());
  assert.equal(res.status, 200, bytes.toString());
  assert.equal(res.headers.get('content-type'), 'application/x-apple-aspen-config');
  assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename=".+\.mobileconfig"$/);
  // signed by the profile signer: openssl verifies it against the signing root
  const p = plistJson(openssl(['cms', '-verify', '-inform', 'DER', '-CAfile', pki.signer.root, '-purpose', 'any'], bytes));
  return p as { PayloadType: string; PayloadIdentifier: string; PayloadContent: { URL: string; DeviceAttributes: string[]; Challenge: string } };
}

test('phase 1 after a login (in-test LoginFlow with a fixed user): a signed bare Profile Service payload', async () => {
  const p = await phase1(main.base);
  assert.deepEqual(main.login.begun.at(-1), 'ota', 'the route started a login for the purpose "ota"');
  assert.equal(p.PayloadType, 'Profile Service');
  assert.equal(p.PayloadIdentifier, 'com.example.mdm.enroll.ota-service');
  assert.equal(p.PayloadContent.URL, 'https://mdm.example.test/ota/profile');
  assert.deepEqual(p.PayloadContent.DeviceAttributes, ['UDID', 'VERSION', 'PRODUCT', 'SERIAL', 'MEID', 'IMEI']);
  assert.match(p.PayloadContent.Challenge, /^[A-Za-z0-9_-]{43}$/, '256 random bits, base64url');
  const again = await phase1(main.base);
  assert.notEqual(again.PayloadContent.Challenge, p.PayloadContent.Challenge, 'a fresh challenge per login');
});

test('phase 1: the Challenge is stored only as a hash, with the user and a TTL; it then opens phase 2 once', async () => {
  const t0 = Date.now();
  const { PayloadContent: c } = await phase1(main.base);
  const row = db.prepare('SELECT * FROM ota_sessions WHERE challenge_hash = ?').get(hashChallenge(c.Challenge)) as Record<string, string | number>;
  assert.ok(row, 'a session under the hash');
  assert.deepEqual(
    [row.phase, row.user_issuer, row.user_subject, row.user_email, row.user_name, JSON.parse(row.user_groups as string)],
    [1, USER.issuer, USER.subject, USER.email, USER.name, USER.groups],
  );
  const ttl = (Date.parse(row.expires_at as string) - Date.parse(row.created_at as string)) / 1000;
  assert.equal(ttl, 1800);
  assert.ok(Date.parse(row.created_at as string) >= t0 - 1000);
  const rows = db.prepare('SELECT * FROM ota_sessions').all() as Record<string, unknown>[];
  assert.ok(!JSON.stringify(rows).includes(c.Challenge), 'the challenge is nowhere in the table in clear');
  const body = cmsSign(
    pki,
    machineInfoXml({ UDID: '6001A957-6FC5-4856-8C5E-DC2E32C61CB9', SERIAL: 'C02OTA000009', PRODUCT: 'Mac14,2', VERSION: '23D56', CHALLENGE: c.Challenge }),
    { md: 'sha1', noattr: true, stream: true },
  );
  const post = () => fetchOnce(`${main.base}/ota/profile`, { method: 'POST', body });
  const first = await post();
  assert.equal(first.status, 200, await first.text());
  const second = await post();
  assert.equal(second.status, 403, await second.text());
});

test('phase 1 needs the login: without one completed there is no profile and no session', async () => {
  const denied = await start(config({ start_path: '/ota/start' }), fixedUserLoginFlow(USER, { deny: true }));
  const before = (db.prepare('SELECT COUNT(*) AS n FROM ota_sessions').get() as { n: number }).n;
  const res = await fetchOnce(`${denied.base}/ota/start`);
  assert.equal(res.status, 302);
  assert.notEqual(res.headers.get('content-type'), 'application/x-apple-aspen-config');
  assert.deepEqual(denied.login.begun, ['ota']);
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM ota_sessions').get() as { n: number }).n, before);
  const post = await fetchOnce(`${denied.base}/ota/start`, { method: 'POST', body: 'x' });
  assert.equal(post.status, 405);
});

test('config: enrollment.ota errors name the key, the value and the fix', () => {
  const { public_url: _p, ...noUrl } = raw();
  assert.throws(
    () =>
      createOtaService({
        config: enrollmentSchema.parse(noUrl),
        sessions: sqliteOtaStore(db),
        lookupDevice: createDeviceLookup(db),
        login: fixedUserLoginFlow(USER),
      }),
    /enrollment\.ota needs enrollment\.public_url/,
  );
  assert.throws(
    () =>
      createOtaService({
        config: config({ path: '/enroll' }),
        sessions: sqliteOtaStore(db),
        lookupDevice: createDeviceLookup(db),
        login: fixedUserLoginFlow(USER),
      }),
    /enrollment\.ota\.path \/enroll is already the path of another route/,
  );
  const r = enrollmentSchema.safeParse(raw({ device_attributes: ['UDID', 'VERSION'] }));
  assert.ok(!r.success && /must include UDID and SERIAL/.test(JSON.stringify(r.error.issues)));
  assert.ok(!enrollmentSchema.safeParse(raw({ start_path: '/ota/profile' })).success, 'path and start_path must differ');
  // the CA key, when given, must be 0600 and match the certificate (checked where the enrollment is loaded)
  const loose = makeOtaCa(dir, 'loose-ca');
  chmodSync(loose.key, 0o644);
  const load = (c: EnrollmentConfig) => createEnrollmentServer({ config: c, db, workers: 1 }).close();
  assert.throws(
    () => load(config({ identity_ca: { cert_file: loose.cert, key_file: loose.key } })),
    /enrollment\.ota\.identity_ca\.key_file .* is mode 644: chmod 600 it/,
  );
  assert.throws(
    () => load(config({ identity_ca: { cert_file: otaCa.cert, key_file: pki.signer.key } })),
    /enrollment\.ota\.identity_ca\.key_file .* is not the key of/,
  );
  assert.throws(() => load(config({ identity_ca: { cert_file: pki.signer.cert } })), /is not a CA certificate/);
});
