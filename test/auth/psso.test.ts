/**
 * Platform SSO during ADE end to end over loopback HTTP (spec Part C, E.5 "PSSO"): device-signed MachineInfo made with
 * openssl, the real enrollment server with the psso gate and routes, a real SQLite file. The IdP login is the in-test
 * LoginFlow of psso-fixtures.ts ("fixed user"): the coordinator's real-IdP test covers that part.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPsso } from '../../src/auth/psso.ts';
import type { AuthUser } from '../../src/auth/types.ts';
import { enrollmentSchema } from '../../src/config/schema.ts';
import { createEnrollmentServer, type EnrollRoute } from '../../src/enroll/server.ts';
import { createOutbox, type Outbox } from '../../src/events/outbox.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase } from '../../src/store/db.ts';
import { createPssoStore } from '../../src/store/psso.ts';
import { cmsSign, machineInfoXml, makeTestPki, openssl, rawEnrollmentConfig } from '../cms/testpki.ts';
import { fetchOnce } from '../helpers/http.ts';
import { tempDir } from '../helpers/tmp.ts';
import { FIXED_USER, MANIFEST, fixedUserLogin, writePssoFiles } from './psso-fixtures.ts';

const pki = makeTestPki();
const dir = tempDir();
const dbPath = join(dir, 'adesync.db');
const db = openDatabase(dbPath);
const now = new Date().toISOString();
const addDevice = db.prepare(
  `INSERT INTO devices (token, serial_number, model, os, device_family, raw_json, first_seen, last_seen, deleted_at) VALUES (?, ?, ?, ?, ?, '{}', ?, ?, NULL)`,
);
addDevice.run('main', 'C02PSSO00001', 'MacBook Pro', 'OSX', 'Mac', now, now);
addDevice.run('main', 'C02PSSO00002', 'MacBook Air', 'OSX', 'Mac', now, now);
addDevice.run('main', 'C02OLDMAC001', 'iMac', 'OSX', 'Mac', now, now);
addDevice.run('labs', 'C02LABMAC01', 'Mac mini', 'OSX', 'Mac', now, now);
addDevice.run('main', 'DMPIPHONE001', 'iPhone', 'iOS', 'iPhone', now, now);
const files = writePssoFiles(dir);
const logLines: string[] = [];
const logger = createLogger({ level: 'debug', sink: (l) => logLines.push(l) });
const PUBLIC = 'https://mdm.example.test';
let skewMs = 0; // the psso clock: tests move it to expire links and tokens

/** Records as the server queues them (the real outbox underneath): how a test sees the user bound to a record. */
const recorded: { serial_number?: string; decision: string; user?: AuthUser }[] = [];
const realOutbox = createOutbox(db, []);
const outbox: Outbox = {
  ...realOutbox,
  enrollments(records) {
    recorded.push(...(records as unknown as typeof recorded));
    realOutbox.enrollments(records);
  },
};

function config(psso: Record<string, unknown> = {}) {
  return enrollmentSchema.parse(
    rawEnrollmentConfig(pki, {
      public_url: PUBLIC,
      psso: {
        enabled: true,
        tokens: ['main'],
        message: 'Sign in with your Example account to continue.',
        profile_file: files.profile,
        package: { manifest_file: files.manifest, pinning_cert_files: [pki.signer.root], pinning_revocation_check_required: true },
        ...psso,
      },
    }),
  );
}

async function start(psso: Record<string, unknown> = {}) {
  const cfg = config(psso);
  const login = fixedUserLogin();
  const p = createPsso({ config: cfg, store: createPssoStore(db), login: login.flow, logger, now: () => Date.now() + skewMs });
  const routes: EnrollRoute[] = [p.route, login.route];
  const srv = createEnrollmentServer({
    config: cfg,
    db,
    logger,
    listen: { host: '127.0.0.1', port: 0 },
    workers: 1,
    keepAliveTimeoutMs: 300_000,
    routes,
    gate: p.gate,
    outbox,
  });
  const addr = await srv.listen();
  after(() => srv.close());
  return { url: `http://127.0.0.1:${addr.port}`, login };
}

const main = await start();

const mac = (o: Record<string, unknown> = {}) => ({
  UDID: '00008112-000A1C2E3F40801E',
  SERIAL: 'C02PSSO00001',
  PRODUCT: 'Mac16,1',
  VERSION: '25B78',
  OS_VERSION: '26.1',
  LANGUAGE: 'en-US',
  MDM_CAN_REQUEST_SOFTWARE_UPDATE: true,
  ...o,
});
const signed = (mi: Record<string, unknown>) => cmsSign(pki, machineInfoXml(mi));

async function post(body: Buffer, headers: Record<string, string> = {}, base = main.url) {
  const r = await fetchOnce(`${base}/enroll`, { method: 'POST', body, headers: { 'Content-Type': 'application/pkcs7-signature', ...headers } });
  return { status: r.status, type: r.headers.get('content-type'), headers: r.headers, body: Buffer.from(await r.arrayBuffer()) };
}
const get = async (url: string, init: { method?: string; headers?: Record<string, string> } = {}) => {
  const r = await fetchOnce(url, init);
  return { status: r.status, type: r.headers.get('content-type'), headers: r.headers, body: Buffer.from(await r.arrayBuffer()) };
};
/** A URL of the 403, fetched from the test server (same path; the test's public_url is not resolvable). */
const local = (u: string, base = main.url) => `${base}${new URL(u).pathname}`;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** openssl verifies a signed profile against the signing root; plistlib reads it. */
function openProfile(der: Buffer): any {
  const f = join(dir, `p${Math.random()}.der`);
  writeFileSync(f, der);
  const xml = openssl(['cms', '-verify', '-inform', 'DER', '-in', f, '-CAfile', pki.signer.root, '-purpose', 'any']);
  return JSON.parse(
    execFileSync('python3', ['-c', 'import plistlib,sys,json; print(json.dumps(plistlib.loads(sys.stdin.buffer.read()), default=str))'], {
      input: xml,
    }).toString(),
  );
}

interface Required {
  body: any;
  id: string;
}
/** POST with the flag: the 403; returns its body and the link id its URLs share. */
async function requirePsso(mi = mac({ MDM_CAN_REQUEST_PSSO_CONFIG: true }), base = main.url): Promise<Required> {
  const r = await post(signed(mi), {}, base);
  assert.equal(r.status, 403, r.body.toString());
  const body = JSON.parse(r.body.toString());
  const id = new URL(body.details.ProfileURL).pathname.split('/')[2];
  return { body, id };
}

/** AuthURL → (in-test login) → its callback: the 308 and the token in its Location. */
async function signIn(authUrl: string, base = main.url): Promise<{ status: number; location: string | null; token?: string }> {
  const begin = await get(local(authUrl, base));
  assert.equal(begin.status, 302, begin.body.toString());
  const cb = await get(`${base}${begin.headers.get('location')}`);
  const location = cb.headers.get('location');
  const token = location ? (new URL(location).searchParams.get('access-token') ?? undefined) : undefined;
  return { status: cb.status, location, token };
}

const served: string[] = []; // every token and link id the tests saw, for the log and database checks at the end

test('a Mac that says MDM_CAN_REQUEST_PSSO_CONFIG gets the exact 403 com.apple.psso.required (application/json, lower-case keys)', async () => {
  const r = await post(signed(mac({ MDM_CAN_REQUEST_PSSO_CONFIG: true })));
  assert.equal(r.status, 403);
  assert.equal(r.type, 'application/json', 'DMCHTTPRequestor parses a 403 only when the MIME type is exactly application/json');
  const body = JSON.parse(r.body.toString());
  assert.deepEqual(Object.keys(body), ['code', 'message', 'details']);
  assert.equal(body.code, 'com.apple.psso.required');
  assert.equal(body.message, 'Sign in with your Example account to continue.');
  assert.deepEqual(Object.keys(body.details).sort(), ['AuthURL', 'Package', 'ProfileURL']);
  const id = new URL(body.details.ProfileURL).pathname.split('/')[2];
  assert.match(id, /^[A-Za-z0-9_-]{43}$/, '256 bits, base64url');
  served.push(id);
  assert.equal(body.details.ProfileURL, `${PUBLIC}/psso/${id}/profile.mobileconfig`);
  assert.equal(body.details.AuthURL, `${PUBLIC}/psso/${id}/auth`);
  const rootDer = Buffer.from(new (await import('node:crypto')).X509Certificate(readFileSync(pki.signer.root)).raw).toString('base64');
  assert.deepEqual(body.details.Package, {
    ManifestURL: `${PUBLIC}/psso/${id}/manifest.plist`,
    PinningCerts: [rootDer],
    PinningRevocationCheckRequired: true,
  });
  const row = db.prepare('SELECT serial_number, udid, used_at FROM psso_links WHERE link_hash = ?').get(sha256(id));
  assert.deepEqual(
    { ...(row as object) },
    { serial_number: 'C02PSSO00001', udid: '00008112-000A1C2E3F40801E', used_at: null },
    'bound to the verified device, stored hashed',
  );
  const again = JSON.parse((await post(signed(mac({ MDM_CAN_REQUEST_PSSO_CONFIG: true })))).body.toString());
  assert.notEqual(again.details.AuthURL, body.details.AuthURL, 'each 403 has a fresh link');
  served.push(new URL(again.details.AuthURL).pathname.split('/')[2]);
});

test('without pinning certificates the Package has only ManifestURL; a manifest_url is answered with a redirect to it', async () => {
  const s = await start({ package: { manifest_url: 'https://downloads.example.test/psso/manifest.plist' } });
  const { body, id } = await requirePsso(undefined, s.url);
  served.push(id);
  assert.deepEqual(Object.keys(body.details.Package), ['ManifestURL']);
  const m = await get(local(body.details.Package.ManifestURL, s.url));
  assert.equal(m.status, 302);
  assert.equal(m.headers.get('location'), 'https://downloads.example.test/psso/manifest.plist');
});

test('the whole sequence: 403 → ProfileURL (signed, openssl verifies) → ManifestURL → AuthURL login → 308 with a token → re-POST with Bearer → profile bound to the user', async () => {
  const { body, id } = await requirePsso();
  served.push(id);
  const prof = await get(local(body.details.ProfileURL));
  assert.equal(prof.status, 200);
  assert.equal(prof.type, 'application/x-apple-aspen-config');
  const p = openProfile(prof.body);
  assert.equal(p.PayloadType, 'Configuration');
  const sso = p.PayloadContent.find((x: any) => x.PayloadType === 'com.apple.extensiblesso');
  assert.equal(sso.PlatformSSO.EnableRegistrationDuringSetup, true);
  assert.equal((await get(local(body.details.ProfileURL), { method: 'HEAD' })).status, 200);
  const man = await get(local(body.details.Package.ManifestURL));
  assert.equal(man.status, 200);
  assert.equal(man.type, 'application/xml');
  assert.deepEqual(man.body, readFileSync(files.manifest));
  assert.equal(MANIFEST.items[0].assets[0].kind, 'software-package');

  const begun = main.login.begun.length;
  const s = await signIn(body.details.AuthURL);
  assert.equal(main.login.begun.length, begun + 1);
  assert.deepEqual(main.login.begun.at(-1), { link: sha256(id) }, 'the login session carries the link’s hash, not the link');
  assert.equal(s.status, 308, 'Permanent Redirect, issued by adesync');
  assert.match(s.location ?? '', /^apple-remotemanagement-user-login:\/\/authentication-results\?access-token=[A-Za-z0-9_-]{43}$/);
  served.push(s.token!);

  const before = recorded.length;
  const r = await post(signed(mac()), { Authorization: `Bearer ${s.token}` });
  assert.equal(r.status, 200, r.body.toString());
  assert.equal(r.type, 'application/x-apple-aspen-config');
  assert.equal(openProfile(r.body).PayloadIdentifier, 'com.example.mdm.enroll');
  await until(() => recorded.length > before);
  const rec = recorded.at(-1)!;
  assert.equal(rec.serial_number, 'C02PSSO00001');
  assert.equal(rec.decision, 'served');
  assert.deepEqual(rec.user, FIXED_USER, 'the record is bound to the user who signed in');
  const tok = db.prepare('SELECT serial_number, udid, used_at FROM psso_tokens WHERE token_hash = ?').get(sha256(s.token!)) as Record<string, unknown>;
  assert.equal(tok.serial_number, 'C02PSSO00001');
  assert.ok(tok.used_at, 'consumed');

  const replay = await post(signed(mac()), { Authorization: `Bearer ${s.token}` });
  assert.equal(replay.status, 403);
  assert.equal(replay.type, 'application/json');
  const rb = JSON.parse(replay.body.toString());
  assert.equal(rb.code, 'adesync.psso_token_invalid');
  assert.match(rb.message, /used already/);
});

async function until(cond: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) assert.fail('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A fresh token for a device: 403, sign-in, 308. */
async function tokenFor(mi = mac({ MDM_CAN_REQUEST_PSSO_CONFIG: true })): Promise<string> {
  const { body, id } = await requirePsso(mi);
  served.push(id);
  const s = await signIn(body.details.AuthURL);
  assert.equal(s.status, 308);
  served.push(s.token!);
  return s.token!;
}

const refusal = async (r: Promise<{ status: number; type: string | null; body: Buffer }>) => {
  const x = await r;
  assert.equal(x.status, 403, x.body.toString());
  assert.equal(x.type, 'application/json');
  const b = JSON.parse(x.body.toString());
  assert.ok(typeof b.message === 'string' && b.message.length > 10, 'a message Setup Assistant shows');
  return b as { code: string; message: string };
};

test('missing, garbage, expired, foreign-device and other-serial tokens are refused with a 403 JSON message', async () => {
  // missing: a macOS 26 Mac in scope without the flag and without a token (a replay of its flagless re-POST)
  assert.equal((await refusal(post(signed(mac())))).code, 'adesync.psso_sign_in_required');
  for (const auth of ['Bearer abc', 'Basic dXNlcjpwYXNz', `Bearer ${'A'.repeat(43)}`, 'Bearer', `Bearer ${'A'.repeat(43)} extra`, 'x'.repeat(60_000)])
    assert.equal((await refusal(post(signed(mac()), { Authorization: auth }))).code, 'adesync.psso_token_invalid', auth.slice(0, 40));

  const expiring = await tokenFor();
  skewMs = 301_000; // token_ttl_seconds: 300
  try {
    assert.match((await refusal(post(signed(mac()), { Authorization: `Bearer ${expiring}` }))).message, /expired/);
  } finally {
    skewMs = 0;
  }

  // another Mac of ours presents the token minted for C02PSSO00001 (other serial); then the same serial, another UDID
  const foreign = await tokenFor();
  const other = mac({ SERIAL: 'C02PSSO00002', UDID: '00008112-000B00000000801E' });
  assert.match((await refusal(post(signed(other), { Authorization: `Bearer ${foreign}` }))).message, /another device/);
  assert.match((await refusal(post(signed(mac()), { Authorization: `Bearer ${foreign}` }))).message, /used already/, 'spent by the foreign attempt');
  const otherUdid = await tokenFor();
  assert.match((await refusal(post(signed(mac({ UDID: '00008112-0000FFFFFFFF801E' })), { Authorization: `Bearer ${otherUdid}` }))).message, /another device/);
});

test('one token, two re-POSTs at once: exactly one is served', async () => {
  const token = await tokenFor();
  const body = signed(mac());
  const rs = await Promise.all([1, 2, 3].map(() => post(body, { Authorization: `Bearer ${token}` })));
  assert.deepEqual(rs.map((r) => r.status).sort(), [200, 403, 403], rs.map((r) => r.body.toString().slice(0, 80)).join(' | '));
});

test('links: AuthURL of a used link and a replayed login callback are refused; an expired link answers 403 on every URL; unknown ids 404', async () => {
  const { body, id } = await requirePsso();
  served.push(id);
  const begin = await get(local(body.details.AuthURL));
  assert.equal(begin.status, 302);
  const callback = `${main.url}${begin.headers.get('location')}`;
  const first = await get(callback);
  assert.equal(first.status, 308);
  served.push(new URL(first.headers.get('location')!).searchParams.get('access-token')!);
  const second = await get(callback);
  assert.equal(second.status, 403, 'one link mints one token');
  assert.match(second.type ?? '', /^text\/html/);
  assert.doesNotMatch(second.headers.get('location') ?? '', /access-token/);
  const again = await get(local(body.details.AuthURL));
  assert.equal(again.status, 403);
  assert.match(again.body.toString(), /used already/);
  assert.equal((await get(local(body.details.ProfileURL))).status, 200, 'the profile stays downloadable while the link lives');

  const old = await requirePsso();
  served.push(old.id);
  skewMs = 901_000; // link_ttl_seconds: 900
  try {
    for (const u of [old.body.details.ProfileURL, old.body.details.Package.ManifestURL, old.body.details.AuthURL]) {
      const r = await get(local(u));
      assert.equal(r.status, 403, u);
      assert.match(r.body.toString(), /expired/);
    }
  } finally {
    skewMs = 0;
  }
  const unknown = `${main.url}/psso/${'B'.repeat(43)}/profile.mobileconfig`;
  assert.equal((await get(unknown)).status, 404);
  assert.equal((await get(`${main.url}/psso/${'B'.repeat(43)}/auth`)).status, 404);
});

test('scope: another token, an iPhone, a Mac below 26 (served by default, refused with unsupported_devices: refuse)', async () => {
  const lab = await post(signed(mac({ SERIAL: 'C02LABMAC01', MDM_CAN_REQUEST_PSSO_CONFIG: true })));
  assert.equal(lab.status, 200, 'token labs is not in psso.tokens');
  const phone = await post(signed(mac({ SERIAL: 'DMPIPHONE001', PRODUCT: 'iPhone17,1', OS_VERSION: '26.1', MDM_CAN_REQUEST_PSSO_CONFIG: true })));
  assert.equal(phone.status, 200, 'only Macs');
  const sonoma = mac({ SERIAL: 'C02OLDMAC001', OS_VERSION: '14.6', VERSION: '23G80' });
  assert.equal((await post(signed(sonoma))).status, 200, 'unsupported_devices: serve (default)');
  const strict = await start({ unsupported_devices: 'refuse' });
  assert.equal((await refusal(post(signed(sonoma), {}, strict.url))).code, 'adesync.psso_unsupported');
});

test('hostile input on the new endpoints gets a 4xx, never a 5xx', async () => {
  const paths = [
    '/psso/',
    '/psso',
    `/psso/${'A'.repeat(20_000)}/auth`,
    '/psso/%00/auth',
    '/psso/../enroll',
    '/psso/..%2f..%2fetc%2fpasswd/profile.mobileconfig',
    `/psso/${'A'.repeat(43)}/profile.mobileconfig/extra`,
    `/psso/${'A'.repeat(43)}/other`,
    `/psso/${'A'.repeat(42)}=/auth`,
    `/psso/${'A'.repeat(43)}/auth?x=${'y'.repeat(10_000)}`,
  ];
  for (const p of paths) {
    const r = await get(`${main.url}${p}`);
    assert.ok(r.status >= 400 && r.status < 500, `${p.slice(0, 60)} → ${r.status}`);
  }
  const { body, id } = await requirePsso();
  served.push(id);
  for (const method of ['POST', 'PUT', 'DELETE']) assert.equal((await get(local(body.details.AuthURL), { method })).status, 405);
  assert.equal((await get(local(body.details.AuthURL), { method: 'HEAD' })).status, 405, 'HEAD must not start a login');
  assert.equal((await get(local(body.details.ProfileURL), { method: 'POST' })).status, 405);
  const huge = await post(signed(mac()), { Authorization: `Bearer ${'A'.repeat(200_000)}` }).catch((e: Error) => ({ status: 0, error: e.message }));
  assert.ok(huge.status === 431 || huge.status === 0, `a header past the server's limit: 431 or a closed connection, got ${huge.status}`);
  const r = await post(signed(mac()), { Authorization: `Bearer ${'A'.repeat(90_000)}` });
  assert.equal(r.status, 403, 'under the limit: a malformed token');
  // a replayed flagless re-POST with made-up tokens: every one refused, logged a line a minute for that device and code
  const replay = signed(mac({ SERIAL: 'C02PSSO00002', UDID: '00008112-000B00000000801E' }));
  const lines = () => logLines.filter((l) => l.includes('psso: enrollment refused') && l.includes('C02PSSO00002')).length;
  const before = lines();
  for (let i = 0; i < 15; i++) assert.equal((await post(replay, { Authorization: `Bearer ${String(i).padStart(43, 'Z')}` })).status, 403);
  assert.ok(lines() - before <= 1, `${lines() - before} log lines for 15 refusals`);
});

test('tokens and link ids never reach the log or the database; only their SHA-256 does', async () => {
  assert.ok(served.length >= 10, `saw ${served.length}`);
  const log = logLines.join('\n');
  const bytes = Buffer.concat(
    [dbPath, `${dbPath}-wal`].map((f) =>
      (() => {
        try {
          return readFileSync(f);
        } catch {
          return Buffer.alloc(0);
        }
      })(),
    ),
  );
  for (const s of served) {
    assert.ok(!log.includes(s), 'a secret in the log');
    assert.equal(bytes.indexOf(s), -1, 'a secret in the database file');
  }
  const hashes = db.prepare('SELECT link_hash AS h FROM psso_links UNION ALL SELECT token_hash FROM psso_tokens').all() as { h: string }[];
  const stored = new Set(hashes.map((x) => x.h));
  assert.ok(
    served.some((s) => stored.has(sha256(s))),
    'the hashes are what is stored',
  );
  assert.match(log, /psso: signed in, token minted/);
  assert.match(log, /psso: token accepted/);
});
