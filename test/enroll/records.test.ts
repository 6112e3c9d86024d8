/**
 * Who enrolled which device (issue #14 item 5), placeholders in identity payloads (B.4) and replacement (Part D), through
 * the real enrollment server: real HTTP on loopback, device requests signed by openssl, profiles verified by openssl.
 * The login itself is out of scope here: an in-test route calls the seam's enrollBytes with a fixed user, as the web view
 * does after its callback, and an in-test gate answers {user} as PSSO's does after its bearer check.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrollmentSchema, type EnrollmentConfig } from '../../src/config/schema.ts';
import { createEnrollmentServer, type EnrollRoute, type EnrollmentServerOptions } from '../../src/enroll/server.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase } from '../../src/store/db.ts';
import type { AuthUser } from '../../src/auth/types.ts';
import { fetchOnce } from '../helpers/http.ts';
import { until } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';
import { cmsSign, machineInfoXml, makeTestPki, openssl, rawEnrollmentConfig } from '../cms/testpki.ts';

const pki = makeTestPki();
const dir = tempDir();
const db = openDatabase(join(dir, 'adesync.db'));
const now = new Date().toISOString();
const addDevice = db.prepare(
  `INSERT INTO devices (token, serial_number, model, os, device_family, raw_json, first_seen, last_seen) VALUES ('main', ?, 'Mac', 'OSX', 'Mac', '{}', ?, ?)`,
);
for (const s of ['C02BOUND0001', 'C02PLAIN0001', 'C02RENEW0001', 'C02LIMIT0001']) addDevice.run(s, now, now);
const logLines: string[] = [];
const logger = createLogger({ level: 'debug', sink: (l) => logLines.push(l) });

const ADA: AuthUser = { issuer: 'https://idp.example.com', subject: 'sub-ada', email: 'ada@example.com', name: 'Ada <Lovelace> & Co', groups: ['staff'] };
const BOB: AuthUser = { issuer: 'https://idp.example.com', subject: 'sub-bob', groups: [] };

function config(profileOver: Record<string, unknown> = {}, over: Record<string, unknown> = {}): EnrollmentConfig {
  const raw = rawEnrollmentConfig(pki, over) as { profile: Record<string, unknown> };
  return enrollmentSchema.parse({ ...raw, profile: { ...raw.profile, ...profileOver } });
}

/** The web view after its callback, in miniature: POST /test-login with the device's signed blob, bound to ADA. */
const testLogin: EnrollRoute = (req, res, ctx, gone) => {
  if (req.url !== '/test-login') return undefined;
  return ctx.readBody(req).then((body) => ctx.enrollBytes(req, res, body, gone, { user: ADA, gate: false }));
};

async function start(cfg: EnrollmentConfig, extra: Partial<EnrollmentServerOptions> = {}) {
  const srv = createEnrollmentServer({
    config: cfg,
    db,
    logger,
    listen: { host: '127.0.0.1', port: 0 },
    workers: 1,
    keepAliveTimeoutMs: 300_000,
    routes: [testLogin],
    // PSSO's gate after a good bearer token, in miniature: the header stands for the token
    gate: async (req) => (req.headers['x-test-psso'] ? { user: BOB } : undefined),
    ...extra,
  });
  const addr = await srv.listen();
  after(() => srv.close());
  return { srv, url: `http://127.0.0.1:${addr.port}` };
}

const mac = (serial: string, o: Record<string, unknown> = {}) => ({
  UDID: `UDID-${serial}`,
  SERIAL: serial,
  PRODUCT: 'Mac14,2',
  VERSION: '23D56',
  OS_VERSION: '14.3',
  LANGUAGE: 'en-US',
  ...o,
});

async function post(url: string, body: Buffer, headers: Record<string, string> = {}) {
  const r = await fetchOnce(url, { method: 'POST', body, headers: { 'Content-Type': 'application/pkcs7-signature', ...headers } });
  return { status: r.status, body: Buffer.from(await r.arrayBuffer()) };
}

/** openssl verifies the signature and gives back the exact XML bytes that were signed. */
function verified(der: Buffer): string {
  const f = join(dir, `p${Math.random()}.der`);
  writeFileSync(f, der);
  return openssl(['cms', '-verify', '-inform', 'DER', '-in', f, '-CAfile', pki.signer.root, '-purpose', 'any']).toString('utf8');
}
/** python's plistlib reads what openssl verified. */
function parsed(xml: string): any {
  return JSON.parse(
    execFileSync('python3', ['-c', 'import plistlib,sys,json; print(json.dumps(plistlib.loads(sys.stdin.buffer.read()), default=lambda b: b.hex()))'], {
      input: xml,
    }).toString(),
  );
}
const rows = (serial: string) =>
  db.prepare('SELECT flow, user_subject, user_email, user_groups, udid, decision FROM enrollments WHERE serial_number = ? ORDER BY id').all(serial);

test('binding: a profile served after a login records its user and flow; a plain POST records none; logins are counted by flow', async () => {
  const logins: string[] = [];
  const s = await start(config(), { onLogin: (flow) => logins.push(flow) });
  const blob = cmsSign(pki, machineInfoXml(mac('C02BOUND0001')));
  assert.equal((await post(`${s.url}/enroll`, blob)).status, 200);
  const bound = await post(`${s.url}/test-login`, blob);
  assert.equal(bound.status, 200);
  assert.equal(parsed(verified(bound.body)).PayloadIdentifier, 'com.example.mdm.enroll', 'a signed profile that openssl verifies');
  assert.equal((await post(`${s.url}/enroll`, blob, { 'x-test-psso': '1' })).status, 200);
  await until(() => rows('C02BOUND0001').length === 3, 30_000, 'three records written'); // the recorder writes on a later turn
  assert.deepEqual(
    rows('C02BOUND0001').map((r) => ({ ...(r as object) })),
    [
      { flow: 'ade', user_subject: null, user_email: null, user_groups: null, udid: 'UDID-C02BOUND0001', decision: 'served' },
      { flow: 'webview', user_subject: 'sub-ada', user_email: 'ada@example.com', user_groups: '["staff"]', udid: 'UDID-C02BOUND0001', decision: 'served' },
      { flow: 'psso', user_subject: 'sub-bob', user_email: null, user_groups: '[]', udid: 'UDID-C02BOUND0001', decision: 'served' },
    ],
  );
  assert.deepEqual(logins, ['webview', 'psso'], 'one count per profile served bound to a user; none for the plain POST');
  const served = logLines.filter((l) => l.includes('enrollment profile served') && l.includes('C02BOUND0001')).map((l) => JSON.parse(l));
  assert.equal(served[1].user_subject, 'sub-ada');
  assert.equal(served[1].flow, 'webview');
  assert.equal(served[0].user_subject, undefined);
});

test('placeholders through the server: the web view-bound profile carries the email as rfc822Name, signed and verified by openssl; a plain POST leaves it out', async () => {
  const identity = {
    type: 'acme',
    directory_url: 'https://mdm.example.com/acme/directory',
    subject: [[['CN', '{{device.serial}}']], [['OU', '{{user.name}}']]],
    subject_alt_name: { rfc822_name: '{{user.email}}' },
  };
  const s = await start(config({ identity }));
  const blob = cmsSign(pki, machineInfoXml(mac('C02BOUND0001')));
  const boundXml = verified((await post(`${s.url}/test-login`, blob)).body);
  const plainXml = verified((await post(`${s.url}/enroll`, blob)).body);
  // the exact bytes openssl verified: the email and the escaped name are in the signed XML
  assert.match(boundXml, /<key>SubjectAltName<\/key>\n\t+<dict>\n\t+<key>rfc822Name<\/key>\n\t+<string>ada@example\.com<\/string>/);
  assert.match(boundXml, /<string>Ada &lt;Lovelace&gt; &amp; Co<\/string>/);
  const bound = parsed(boundXml).PayloadContent.find((p: any) => p.PayloadType === 'com.apple.security.acme');
  assert.deepEqual(bound.SubjectAltName, { rfc822Name: 'ada@example.com' });
  assert.deepEqual(bound.Subject, [[['CN', 'C02BOUND0001']], [['OU', 'Ada <Lovelace> & Co']]]);
  const plain = parsed(plainXml).PayloadContent.find((p: any) => p.PayloadType === 'com.apple.security.acme');
  assert.equal(plain.SubjectAltName, undefined, 'no login: the entry is left out, not empty');
  assert.deepEqual(plain.Subject, [[['CN', 'C02BOUND0001']]]);
  assert.doesNotMatch(plainXml, /ada@example\.com|\{\{/);
});
