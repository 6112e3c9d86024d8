/**
 * Who enrolled which device (issue #14 item 5), placeholders in identity payloads (B.4) and replacement (Part D), through
 * the real enrollment server: real HTTP on loopback, device requests signed by openssl, profiles verified by openssl.
 * The login itself is out of scope here: an in-test route calls the seam's enrollBytes with a fixed user, as the web view
 * does after its callback, and an in-test gate answers {user} as PSSO's does after its bearer check.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { enrollmentSchema, type EnrollmentConfig } from '../../src/config/schema.ts';
import { createEnrollmentServer, type EnrollRoute, type EnrollmentServerOptions } from '../../src/enroll/server.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase } from '../../src/store/db.ts';
import { servedFixedFields } from '../../src/store/enrollments.ts';
import { fixedFields } from '../../src/profile/fixed.ts';
import type { AuthUser } from '../../src/auth/types.ts';
import { fetchOnce } from '../helpers/http.ts';
import { cliAsync, until } from '../helpers/cli.ts';
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

/** The exact bytes of one key's value in the signed XML (the first match: each of these keys occurs once in a profile). */
function xmlValue(xml: string, re: RegExp, what: string): string {
  const m = re.exec(xml);
  assert.ok(m, `${what} not found in\n${xml}`);
  return m[1];
}
const FIXED_RES: [string, RegExp][] = [
  ['top-level PayloadIdentifier', /^\t<key>PayloadIdentifier<\/key>\n\t(<string>[^<]*<\/string>)$/m],
  ['Topic', /<key>Topic<\/key>\n\t+(<string>[^<]*<\/string>)/],
  ['ServerURL', /<key>ServerURL<\/key>\n\t+(<string>[^<]*<\/string>)/],
  ['CheckInURL', /<key>CheckInURL<\/key>\n\t+(<string>[^<]*<\/string>)/],
  ['AccessRights', /<key>AccessRights<\/key>\n\t+(<integer>[^<]*<\/integer>)/],
  ['ServerCapabilities', /<key>ServerCapabilities<\/key>\n(\t+<array>\n(?:\t+<string>[^<]*<\/string>\n)*\t+<\/array>)/],
  ['MDM PayloadIdentifier', /<key>PayloadIdentifier<\/key>\n\t+(<string>[^<]*\.mdm<\/string>)/],
];

test('replacement (Part D): the fixed fields are byte-identical in every profile — plain POST, login-bound, ACME, SCEP, fallback, macOS, iOS — while UUIDs and the identity are fresh', async () => {
  const pdb = openDatabase(join(dir, 'partd.db'));
  const t = new Date().toISOString();
  const add = pdb.prepare(
    `INSERT INTO devices (token, serial_number, model, os, device_family, raw_json, first_seen, last_seen) VALUES ('main', ?, ?, ?, ?, '{}', ?, ?)`,
  );
  add.run('C02RENEW0001', 'Mac', 'OSX', 'Mac', t, t);
  add.run('DMPRENEW0001', 'iPhone', 'iOS', 'iPhone', t, t);
  // a per-device SCEP challenge service: a new challenge on every call, as a real one issues
  const up = http.createServer((_req, res) => res.end(randomUUID()));
  await new Promise<void>((r) => up.listen(0, '127.0.0.1', r));
  after(() => up.close());
  const challengeUrl = `http://127.0.0.1:${(up.address() as AddressInfo).port}/challenge`;
  const mdm = {
    server_url: 'https://mdm.example.com/mdm?org=example&tenant=a%20b',
    check_in_url: 'https://mdm.example.com/checkin?org=example&x=1',
    topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444',
    access_rights: 8191,
  };
  const scep = {
    type: 'scep',
    url: 'https://scep.example.com/scep',
    challenge_url: challengeUrl,
    subject: [[['CN', '{{device.udid}}']], [['OU', '{{user.name}}']]],
  };
  const acme = {
    type: 'acme',
    directory_url: 'https://mdm.example.com/acme/directory',
    subject: [[['CN', '{{device.udid}}']]],
    subject_alt_name: { rfc822_name: '{{user.email}}' },
  };
  const configs = {
    acme: config({ identity: acme, fallback_identity: scep, mdm }), // iOS 15 gets the SCEP fallback
    scep: config({ identity: scep, mdm }),
  };
  const devices = [mac('C02RENEW0001'), { UDID: 'UDID-DMPRENEW0001', SERIAL: 'DMPRENEW0001', PRODUCT: 'iPhone13,2', VERSION: '19H12', OS_VERSION: '15.8' }];
  const served: { config: string; serial: string; how: string; xml: string; identity: any; top: any }[] = [];
  for (const [name, cfg] of Object.entries(configs)) {
    const s = await start(cfg, { db: pdb });
    for (const d of devices) {
      const blob = cmsSign(pki, machineInfoXml(d));
      for (const [how, path, headers] of [
        ['plain', '/enroll', {}],
        ['plain again', '/enroll', {}],
        ['web view', '/test-login', {}],
        ['psso', '/enroll', { 'x-test-psso': '1' }],
      ] as const) {
        const r = await post(`${s.url}${path}`, blob, headers);
        assert.equal(r.status, 200, `${name} ${d.SERIAL} ${how}: ${r.body}`);
        const xml = verified(r.body);
        const top = parsed(xml);
        const identity = top.PayloadContent.find((p: any) => /^com\.apple\.security\.(acme|scep)$/.test(p.PayloadType));
        served.push({ config: name, serial: d.SERIAL, how, xml, identity, top });
      }
    }
  }
  assert.equal(served.length, 16);
  assert.deepEqual(
    [...new Set(served.map((p) => `${p.config} ${p.serial} ${p.identity.PayloadType}`))],
    [
      'acme C02RENEW0001 com.apple.security.acme',
      'acme DMPRENEW0001 com.apple.security.scep', // the fallback identity
      'scep C02RENEW0001 com.apple.security.scep',
      'scep DMPRENEW0001 com.apple.security.scep',
    ],
  );
  assert.ok(served.some((p) => p.top.PayloadScope === 'System') && served.some((p) => p.top.PayloadScope === undefined), 'both platform variants');

  // the fixed fields: one exact byte string each across all 16 profiles
  for (const [what, re] of FIXED_RES) {
    const values = new Set(served.map((p) => xmlValue(p.xml, re, what)));
    assert.equal(values.size, 1, `${what} differs between profiles: ${[...values].join(' | ')}`);
  }
  assert.equal(xmlValue(served[0].xml, FIXED_RES[2][1], 'ServerURL'), '<string>https://mdm.example.com/mdm?org=example&amp;tenant=a%20b</string>');
  // and they are what `adesync profile show --enrollment` says is fixed
  const mdmPayload = served[0].top.PayloadContent.find((p: any) => p.PayloadType === 'com.apple.mdm');
  const shown = Object.fromEntries(fixedFields(configs.acme).map((f) => [f.field, f.value]));
  assert.deepEqual(
    {
      PayloadIdentifier: served[0].top.PayloadIdentifier,
      Topic: mdmPayload.Topic,
      ServerURL: mdmPayload.ServerURL,
      CheckInURL: mdmPayload.CheckInURL,
      AccessRights: mdmPayload.AccessRights,
      'per-user-connections': mdmPayload.ServerCapabilities.includes('com.apple.mdm.per-user-connections'),
    },
    shown,
  );

  // fresh in every profile: the top-level PayloadUUID, the identity payload's UUID and its one-time secret
  const all = <T>(f: (p: (typeof served)[number]) => T) => served.map(f);
  assert.equal(new Set(all((p) => p.top.PayloadUUID)).size, 16, 'top-level PayloadUUID fresh');
  assert.equal(new Set(all((p) => p.identity.PayloadUUID)).size, 16, 'identity PayloadUUID fresh');
  const secrets = all((p) => p.identity.ClientIdentifier ?? p.identity.PayloadContent.Challenge);
  assert.ok(
    secrets.every((x) => typeof x === 'string' && x.length >= 24),
    'each carries a one-time ClientIdentifier or a fetched challenge',
  );
  assert.equal(new Set(secrets).size, 16, 'a re-enrollment of the same serial gets a new ACME ClientIdentifier / SCEP challenge');
  for (const p of served) {
    const m = p.top.PayloadContent.find((x: any) => x.PayloadType === 'com.apple.mdm');
    assert.equal(m.IdentityCertificateUUID, p.identity.PayloadUUID, 'the MDM payload points at this profile’s new identity');
  }
  // stable by design (C.6: same identifier + UUID updates in place): the MDM payload's UUID
  assert.equal(new Set(all((p) => p.top.PayloadContent.find((x: any) => x.PayloadType === 'com.apple.mdm').PayloadUUID)).size, 1);

  // what was served is kept for `adesync profile show`: one set of fixed fields, however many profiles
  await until(() => servedFixedFields(pdb).length > 0, 30_000, 'the served fixed fields written');
  const kept = servedFixedFields(pdb);
  assert.equal(kept.length, 1, JSON.stringify(kept));
  assert.equal(kept[0].fields.ServerURL, mdm.server_url);
  assert.match(String(kept[0].fields.signer), /CN=/);

  // the CLI on that database: the config matches (exit 0); a changed ServerURL is a warning that names it (exit 3)
  const yaml = (e: unknown) => `state_dir: ${dir}\ndatabase: ${join(dir, 'partd.db')}\nlog_level: warn\nenrollment: ${JSON.stringify(e)}\n`;
  const rawAcme = { ...rawEnrollmentConfig(pki), profile: { ...(rawEnrollmentConfig(pki).profile as object), identity: acme, mdm } };
  const cfgPath = join(dir, 'partd.yaml');
  writeFileSync(cfgPath, yaml(rawAcme));
  const same = await cliAsync(['--config', cfgPath, 'profile', 'show', '--enrollment']);
  assert.equal(same.code, 0, same.stderr + same.stdout);
  assert.match(same.stdout, /^ {2}PayloadIdentifier +com\.example\.mdm\.enroll\n +why: decides replace or add/m);
  assert.match(same.stdout, /^ {2}ServerURL +https:\/\/mdm\.example\.com\/mdm\?org=example&tenant=a%20b\n +why: immutable, byte for byte/m);
  for (const f of ['Topic', 'CheckInURL', 'AccessRights', 'per-user-connections', 'signer']) assert.match(same.stdout, new RegExp(`^ {2}${f} `, 'm'));
  assert.doesNotMatch(same.stdout, /WARNING/);
  writeFileSync(cfgPath, yaml({ ...rawAcme, profile: { ...rawAcme.profile, mdm: { ...mdm, server_url: 'https://mdm.example.com/mdm' } } }));
  const moved = await cliAsync(['--config', cfgPath, 'profile', 'show', '--enrollment']);
  assert.equal(moved.code, 3, moved.stderr + moved.stdout);
  assert.match(
    moved.stdout,
    /^WARNING: ServerURL is "https:\/\/mdm\.example\.com\/mdm" in the config but was "https:\/\/mdm\.example\.com\/mdm\?org=example&tenant=a%20b" in the profiles served .*cannot take the new profile as a replacement/m,
  );
  assert.doesNotMatch(moved.stdout, /WARNING: (Topic|PayloadIdentifier)/);
  const json = JSON.parse((await cliAsync(['--config', cfgPath, 'profile', 'show', '--enrollment', '--json'])).stdout);
  assert.deepEqual(
    json.changed.map((c: { field: string }) => c.field),
    ['ServerURL'],
  );
  assert.equal(json.fields.find((f: { field: string }) => f.field === 'Topic').value, mdm.topic);
  pdb.close();
});

test('the per-device limit counts re-enrollments of every flow: plain, web view and PSSO together', async () => {
  const s = await start(config({}, { per_device_limit: { profiles: 2, per_minutes: 60 } }));
  const blob = cmsSign(pki, machineInfoXml(mac('C02LIMIT0001')));
  const a = await post(`${s.url}/enroll`, blob);
  const b = await post(`${s.url}/test-login`, blob);
  assert.deepEqual([a.status, b.status], [200, 200]);
  const clientId = (body: Buffer) => parsed(verified(body)).PayloadContent.find((p: any) => p.PayloadType === 'com.apple.security.acme').ClientIdentifier;
  assert.notEqual(clientId(a.body), clientId(b.body), 'the re-enrollment got a new identity');
  for (const [path, headers] of [
    ['/test-login', {}],
    ['/enroll', { 'x-test-psso': '1' }],
    ['/enroll', {}],
  ] as const) {
    const r = await fetchOnce(`${s.url}${path}`, { method: 'POST', body: blob, headers: { 'Content-Type': 'application/pkcs7-signature', ...headers } });
    assert.equal(r.status, 403, `${path} ${JSON.stringify(headers)}`);
    assert.equal(((await r.json()) as { code: string }).code, 'adesync.too_many_enrollments');
    assert.ok(Number(r.headers.get('retry-after')) > 0);
  }
  await until(() => rows('C02LIMIT0001').length === 2, 30_000, 'two records');
  assert.deepEqual(
    rows('C02LIMIT0001').map((r) => (r as { flow: string }).flow),
    ['ade', 'webview'],
  );
});
