// The login-first flows on two nodes sharing one PostgreSQL, as two machines behind a load balancer: each node is the
// daemon's enrollment endpoint (src/daemon/enrollment.ts) on its own Store (its own pool), both with the same public_url,
// and a real OIDC exchange with the fake IdP of test/auth (PKCE checked at its token endpoint, signed ID tokens). A
// login begun on node A completes on node B (the state and the cookie live in the shared database), a replay of that
// callback on A finds nothing; OTA phase 1 on A, phase 2 on B, phase 3 on A; Platform SSO's link from A, its sign-in
// on B, its token spent on A.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/config/schema.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { startEnrollment } from '../../src/daemon/enrollment.ts';
import { createMetrics } from '../../src/daemon/metrics.ts';
import { createLogger } from '../../src/log.ts';
import { hashChallenge } from '../../src/store/ota.ts';
import { cmsSign, machineInfoXml, makeTestPki, openssl, rawEnrollmentConfig } from '../cms/testpki.ts';
import { fetchOnce } from '../helpers/http.ts';
import { until } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';
import { freshDatabase } from '../helpers/pg.ts';
import { startFakeIdp } from '../auth/fakeidp.ts';
import { freePort } from '../auth/harness.ts';
import { issueIdentity, makeOtaCa, plistJson, startChallengeService } from '../auth/otakit.ts';
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

const url = await freshDatabase();
const ports = [await freePort(), await freePort()];
/** What devices and browsers reach: node A's address; a request "routed to B" goes to B's port with this Host. */
const publicHost = `127.0.0.1:${ports[0]}`;
const base = `http://${publicHost}`;
const nodeUrl = (node: 0 | 1, u: string) => {
  const x = new URL(u);
  x.port = String(ports[node]);
  return x.href;
};

function nodeConfig(port: number): Config {
  const raw = {
    database: url,
    tokens: [{ name: 'main', default_profile: 'staff' }],
    profiles: { staff: { profile_name: 'Staff', url: 'https://mdm.example.test/enroll' } },
    enrollment: rawEnrollmentConfig(pki, {
      listen: `127.0.0.1:${port}`,
      public_url: base,
      // SCEP: OTA's attributes carry no OS version, and ACME needs one (the final profile of phase 3)
      profile: {
        payload_identifier: 'com.example.mdm.enroll',
        identity: { type: 'scep', url: 'https://mdm.example.test/scep', challenge: 'final-static-challenge' },
        mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
      },
      login: { issuer: idp.issuer, client_id: 'adesync', allow: { groups: ['staff'] } },
      psso: { enabled: true, profile_file: files.profile, package: { manifest_file: files.manifest } },
      ota: { identity_ca: { cert_file: otaCa.cert, key_file: otaCa.key }, scep: { url: 'https://scep.example.test/ota', challenge_url: scep.url } },
    }),
  };
  return parseConfig(JSON.stringify(raw), 'login-flows-pg', dir);
}

const logs: string[] = [];
const stores: Store[] = [];
const handles: Awaited<ReturnType<typeof startEnrollment>>[] = [];
for (const port of ports) {
  const config = nodeConfig(port);
  const store = await openStore(config);
  stores.push(store);
  const h = await startEnrollment({
    config: config.enrollment!,
    store,
    logger: createLogger({ level: 'info', sink: (l) => logs.push(l) }),
    metrics: createMetrics({ defaultMetrics: false }),
    rules: () => config,
  });
  handles.push(h);
}
after(async () => {
  for (const h of handles) await h.close();
  for (const s of stores) await s.close();
});
assert.equal(stores[0].engine, 'postgresql');
const db = stores[0].engine === 'postgresql' ? stores[0].pool : undefined!;
const now = new Date().toISOString();
await db.query(
  `INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen)
   SELECT 'main', s, '{"os":"OSX","device_family":"Mac","model":"MacBook Pro"}', $2, $2 FROM unnest($1::text[]) AS s`,
  [['C02NODES0001', 'C02NODES0002', 'C02NODES0003'], now],
);

/** A request to one node, as the load balancer would pass it: the public Host, the node's port. */
const to = (node: 0 | 1, u: string, init: Parameters<typeof fetchOnce>[1] = {}) =>
  fetchOnce(nodeUrl(node, u), { ...init, headers: { Host: publicHost, ...init.headers } });

/** Starts a login on one node, lets the IdP answer, and returns the callback (its URL and the login cookie) unsent. */
async function beginLogin(node: 0 | 1, start: string, headers: Record<string, string> = {}) {
  const begin = await to(node, start, { headers });
  assert.equal(begin.status, 302, await begin.text());
  const cookie = begin.headers.get('set-cookie')!.split(';')[0];
  assert.match(cookie, /^__Host-adesync-login=/);
  const authorize = begin.headers.get('location')!;
  assert.ok(authorize.startsWith(`${idp.issuer}/authorize?`), authorize);
  const back = await fetchOnce(authorize);
  assert.equal(back.status, 302);
  const callback = back.headers.get('location')!;
  assert.ok(callback.startsWith(`${base}/auth/callback?`), callback);
  return { callback, cookie };
}

const served = async (serial: string) =>
  db.query<{ flow: string; user_subject: string; user_email: string; n: number }>(
    `SELECT flow, user_subject, user_email, count(*)::int AS n FROM enrollments WHERE serial_number = $1 AND decision = 'served' GROUP BY 1, 2, 3`,
    [serial],
  );

test('web view: the login begun on node A is completed by its callback on node B, which serves the profile; a replay on A finds nothing', async () => {
  const mi = { UDID: '00008112-000A1C2E3F40NOD1', SERIAL: 'C02NODES0001', PRODUCT: 'Mac14,2', VERSION: '23D56', OS_VERSION: '14.3' };
  const blob = cmsSign(pki, machineInfoXml(mi)).toString('base64');
  const { callback, cookie } = await beginLogin(0, `${base}/ade/web`, { 'x-apple-aspen-deviceinfo': blob });
  const done = await to(1, callback, { headers: { Cookie: cookie } });
  const bytes = Buffer.from(await done.arrayBuffer());
  assert.equal(done.status, 200, bytes.toString());
  assert.equal(done.headers.get('content-type'), 'application/x-apple-aspen-config');
  const p = plistJson(openssl(['cms', '-verify', '-inform', 'DER', '-CAfile', pki.signer.root, '-purpose', 'any'], bytes));
  assert.equal(p.PayloadIdentifier, 'com.example.mdm.enroll');
  const replay = await to(0, callback, { headers: { Cookie: cookie } });
  assert.equal(replay.status, 400, 'the login was taken on B: A has nothing to take');
  assert.match(await replay.text(), /expired, was already used/);
  await until(async () => (await served('C02NODES0001')).length > 0, 30_000, 'the record written by node B');
  assert.deepEqual(await served('C02NODES0001'), [{ flow: 'webview', user_subject: 'dana', user_email: 'dana@example.test', n: 1 }]);
  assert.equal((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM login_sessions'))[0].n, 0, 'the session is gone');
});

test('OTA: phase 1 (the login) on node A, phase 2 on node B spends the challenge once, phase 3 on node A', async () => {
  const { callback, cookie } = await beginLogin(0, `${base}/ota/enroll`);
  const phase1 = await to(0, callback, { headers: { Cookie: cookie } });
  const bytes = Buffer.from(await phase1.arrayBuffer());
  assert.equal(phase1.status, 200, bytes.toString());
  const ps = plistJson(openssl(['cms', '-verify', '-inform', 'DER', '-CAfile', pki.signer.root, '-purpose', 'any'], bytes)) as {
    PayloadContent: { URL: string; Challenge: string };
  };
  assert.equal(ps.PayloadContent.URL, `${base}/ota/profile`);
  const [row] = await db.query<{ id: string; user_subject: string; phase: number }>(
    'SELECT id, user_subject, phase FROM ota_sessions WHERE challenge_hash = $1',
    [hashChallenge(ps.PayloadContent.Challenge)],
  );
  assert.deepEqual({ user_subject: row.user_subject, phase: row.phase }, { user_subject: 'dana', phase: 1 });

  const attrs = { UDID: '6001A957-6FC5-4856-8C5E-DC2E32C6NOD2', SERIAL: 'C02NODES0002', PRODUCT: 'Mac14,2', VERSION: '23D56', IMEI: '', MEID: '' };
  const phase2Body = cmsSign(pki, machineInfoXml({ ...attrs, CHALLENGE: ps.PayloadContent.Challenge }));
  const post = (node: 0 | 1, body: Buffer) =>
    to(node, `${base}/ota/profile`, { method: 'POST', body, headers: { 'Content-Type': 'application/pkcs7-signature' } });
  const phase2 = await post(1, phase2Body);
  assert.equal(phase2.status, 200, await phase2.clone().text());
  const replay = await post(0, phase2Body);
  assert.equal(replay.status, 403);
  assert.equal(((await replay.json()) as { code: string }).code, 'adesync.ota_challenge_used', 'spent on B, so refused on A');

  const identity = issueIdentity(otaCa, { udid: attrs.UDID, serial: attrs.SERIAL, sessionId: row.id });
  const phase3 = await post(0, cmsSign(pki, machineInfoXml(attrs), { signer: identity, certfile: '' }));
  assert.equal(phase3.status, 200, await phase3.clone().text());
  assert.equal(phase3.headers.get('content-type'), 'application/x-apple-aspen-config');
  assert.equal((await db.query<{ phase: number }>('SELECT phase FROM ota_sessions WHERE id = $1', [row.id]))[0].phase, 3);
  await until(async () => (await served('C02NODES0002'))[0]?.n === 2, 30_000, 'phases 2 and 3 recorded');
  assert.deepEqual(await served('C02NODES0002'), [{ flow: 'ota', user_subject: 'dana', user_email: 'dana@example.test', n: 2 }]);
});

test("Platform SSO: the 403's link from node A, its sign-in begun on B and completed on A, the token spent on B, once", async () => {
  const mi = { UDID: '00008112-000A1C2E3F40NOD3', SERIAL: 'C02NODES0003', PRODUCT: 'Mac16,1', VERSION: '25B78', OS_VERSION: '26.1', LANGUAGE: 'en-US' };
  const first = await to(0, `${base}/enroll`, { method: 'POST', body: cmsSign(pki, machineInfoXml({ ...mi, MDM_CAN_REQUEST_PSSO_CONFIG: true })) });
  assert.equal(first.status, 403);
  const body = (await first.json()) as { code: string; details: { AuthURL: string } };
  assert.equal(body.code, 'com.apple.psso.required');
  const { callback, cookie } = await beginLogin(1, body.details.AuthURL);
  const done = await to(0, callback, { headers: { Cookie: cookie } });
  assert.equal(done.status, 308, await done.text());
  const token = new URL(done.headers.get('location')!).searchParams.get('access-token')!;
  const repost = (node: 0 | 1) =>
    to(node, `${base}/enroll`, { method: 'POST', body: cmsSign(pki, machineInfoXml(mi)), headers: { Authorization: `Bearer ${token}` } });
  const again = await repost(1);
  assert.equal(again.status, 200, await again.clone().text());
  const twice = await repost(0);
  assert.equal(twice.status, 403, 'the token was spent on B');
  assert.equal(((await twice.json()) as { code: string }).code, 'adesync.psso_token_invalid');
  await until(async () => (await served('C02NODES0003')).length > 0, 30_000, 'the record written');
  assert.deepEqual(await served('C02NODES0003'), [{ flow: 'psso', user_subject: 'dana', user_email: 'dana@example.test', n: 1 }]);
});
