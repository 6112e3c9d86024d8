// The daemon's wiring of the login-first flows (src/daemon/enrollment.ts) with a real OpenID Provider protocol (the
// fake IdP of test/auth: PKCE checked at its token endpoint, signed ID tokens with a published key): one relying party
// from enrollment.login serves the OTA phase-1 login and the Platform SSO AuthURL, and what each flow serves is bound
// to the user the IdP logged in. (The web view's Chromium test is test/auth/webview.test.ts.)
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { configSchema } from '../../src/config/schema.ts';
import { sqliteStore } from '../../src/store/index.ts';
import { startEnrollment } from '../../src/daemon/enrollment.ts';
import { createMetrics } from '../../src/daemon/metrics.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase } from '../../src/store/db.ts';
import { hashChallenge } from '../../src/store/ota.ts';
import { cmsSign, machineInfoXml, makeTestPki, openssl, rawEnrollmentConfig } from '../cms/testpki.ts';
import { fetchOnce } from '../helpers/http.ts';
import { until } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';
import { startFakeIdp } from '../auth/fakeidp.ts';
import { freePort } from '../auth/harness.ts';
import { makeOtaCa, plistJson, startChallengeService } from '../auth/otakit.ts';
import { writePssoFiles } from '../auth/psso-fixtures.ts';

const pki = makeTestPki();
const dir = tempDir();
const files = writePssoFiles(dir);
const otaCa = makeOtaCa(dir);
const scep = await startChallengeService();
after(() => scep.close());
const idp = await startFakeIdp({ clientId: 'adesync' });
after(() => idp.close());
idp.claims = { sub: 'dana', email: 'dana@example.test', email_verified: true, name: 'Dana Example', groups: ['staff'] };

const db = openDatabase(join(dir, 'adesync.db'));
const now = new Date().toISOString();
db.prepare(
  `INSERT INTO devices (token, serial_number, model, os, device_family, raw_json, first_seen, last_seen) VALUES ('main', 'C02FLOWS0001', 'MacBook Pro', 'OSX', 'Mac', '{}', ?, ?)`,
).run(now, now);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const config = configSchema.parse({
  tokens: [{ name: 'main', default_profile: 'staff' }],
  profiles: { staff: { profile_name: 'Staff', url: 'https://mdm.example.test/enroll' } },
  enrollment: rawEnrollmentConfig(pki, {
    listen: `127.0.0.1:${port}`,
    public_url: base,
    login: { issuer: idp.issuer, client_id: 'adesync', allow: { groups: ['staff'] } },
    psso: { enabled: true, profile_file: files.profile, package: { manifest_file: files.manifest } },
    ota: { identity_ca: { cert_file: otaCa.cert, key_file: otaCa.key }, scep: { url: 'https://scep.example.test/ota', challenge_url: scep.url } },
  }),
});
const metrics = createMetrics({ defaultMetrics: false });
const h = await startEnrollment({
  config: config.enrollment!,
  store: sqliteStore(db),
  logger: createLogger({ level: 'error', sink: () => {} }),
  metrics,
  rules: () => config,
});
after(async () => {
  await h.close();
  db.close();
});

/** Follows a login as a browser would: our 302 to the IdP, the IdP's 302 back, our callback with the cookie. */
async function logIn(start: string): Promise<Response> {
  const begin = await fetchOnce(start);
  assert.equal(begin.status, 302, await begin.text());
  const cookie = begin.headers.get('set-cookie')!.split(';')[0];
  assert.match(cookie, /^__Host-adesync-login=/);
  const authorize = begin.headers.get('location')!;
  assert.ok(authorize.startsWith(`${idp.issuer}/authorize?`), authorize);
  const back = await fetchOnce(authorize);
  assert.equal(back.status, 302);
  return fetchOnce(back.headers.get('location')!, { headers: { Cookie: cookie } });
}

test('OTA phase 1 through the daemon: the IdP login, then a signed Profile Service payload whose challenge is stored hashed with that user', async () => {
  const res = await logIn(`${base}/ota/enroll`);
  const bytes = Buffer.from(await res.arrayBuffer());
  assert.equal(res.status, 200, bytes.toString());
  assert.equal(res.headers.get('content-type'), 'application/x-apple-aspen-config');
  const p = plistJson(openssl(['cms', '-verify', '-inform', 'DER', '-CAfile', pki.signer.root, '-purpose', 'any'], bytes)) as {
    PayloadType: string;
    PayloadContent: { URL: string; Challenge: string };
  };
  assert.equal(p.PayloadType, 'Profile Service');
  assert.equal(p.PayloadContent.URL, `${base}/ota/profile`);
  const row = db
    .prepare('SELECT user_issuer, user_subject, user_email, phase FROM ota_sessions WHERE challenge_hash = ?')
    .get(hashChallenge(p.PayloadContent.Challenge));
  assert.deepEqual({ ...(row as object) }, { user_issuer: idp.issuer, user_subject: 'dana', user_email: 'dana@example.test', phase: 1 });
  assert.equal(idp.tokenRequests.at(-1)?.code_verifier?.length, 43, 'PKCE: the verifier went to the token endpoint');
});

test('Platform SSO through the daemon: 403 → AuthURL login at the IdP → 308 with a token → re-POST with it → profile recorded for that user', async () => {
  const mi = { UDID: '00008112-000A1C2E3F40FLOW', SERIAL: 'C02FLOWS0001', PRODUCT: 'Mac16,1', VERSION: '25B78', OS_VERSION: '26.1', LANGUAGE: 'en-US' };
  const first = await fetchOnce(h.url, { method: 'POST', body: cmsSign(pki, machineInfoXml({ ...mi, MDM_CAN_REQUEST_PSSO_CONFIG: true })) });
  assert.equal(first.status, 403);
  const body = (await first.json()) as { code: string; details: { AuthURL: string } };
  assert.equal(body.code, 'com.apple.psso.required');
  const done = await logIn(body.details.AuthURL);
  assert.equal(done.status, 308, await done.text());
  const token = new URL(done.headers.get('location')!).searchParams.get('access-token')!;
  assert.match(done.headers.get('location')!, /^apple-remotemanagement-user-login:\/\/authentication-results\?access-token=/);
  const again = await fetchOnce(h.url, { method: 'POST', body: cmsSign(pki, machineInfoXml(mi)), headers: { Authorization: `Bearer ${token}` } });
  assert.equal(again.status, 200, await again.clone().text());
  assert.equal(again.headers.get('content-type'), 'application/x-apple-aspen-config');
  const served = () => db.prepare(`SELECT flow, user_subject, user_email FROM enrollments WHERE serial_number = 'C02FLOWS0001' AND decision = 'served'`).get();
  await until(() => served() !== undefined, 30_000, 'the record written'); // the recorder writes at the end of the turn
  const rec = served();
  assert.deepEqual({ ...(rec as object) }, { flow: 'psso', user_subject: 'dana', user_email: 'dana@example.test' });
  assert.match(await metrics.render(), /adesync_enrollment_logins_total\{flow="psso"\} 1\n/);
});

test('a user outside enrollment.login.allow gets no OTA challenge and no PSSO token', async () => {
  idp.claims = { ...idp.claims, sub: 'eve', groups: ['contractors'] };
  try {
    const res = await logIn(`${base}/ota/enroll`);
    assert.equal(res.status, 403, await res.text());
    assert.equal((db.prepare(`SELECT COUNT(*) AS n FROM ota_sessions WHERE user_subject = 'eve'`).get() as { n: number }).n, 0);
  } finally {
    idp.claims = { ...idp.claims, sub: 'dana', groups: ['staff'] };
  }
});
