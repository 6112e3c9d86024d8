// The relying party's checks, over HTTP against the enrollment server: state single use and bound to the __Host-
// cookie, session expiry, ID tokens forged with jose (nonce, audience, issuer, expiry), IdP denial pages escaped, the
// IdP down (503 + Retry-After, then recovery), hostile callbacks and begin floods bounded, the client secret file's
// mode, no secret in the logs. These use an in-test flow (purpose "ota", the handler answers the user as JSON) and a
// minimal jose-signing IdP (fakeidp.ts); the web view's own path runs against oidc-provider in Chromium (webview.test.ts).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import { join } from 'node:path';
import { createLoginFlow, LOGIN_COOKIE, LoginConfigError, type LoginService } from '../../src/auth/oidc.ts';
import type { AuthUser } from '../../src/auth/types.ts';
import type { CryptoKey } from 'openid-client';
import { enrollmentSchema } from '../../src/config/schema.ts';
import { createEnrollmentServer, type EnrollRoute } from '../../src/enroll/server.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase, type DB } from '../../src/store/db.ts';
import { createLoginSessionStore } from '../../src/store/logins.ts';
import { makeTestPki, rawEnrollmentConfig } from '../cms/testpki.ts';
import { fetchOnce } from '../helpers/http.ts';
import { tempDir } from '../helpers/tmp.ts';
import { startFakeIdp, type FakeIdp } from './fakeidp.ts';
import { freePort } from './harness.ts';

const pki = makeTestPki();
const dir = tempDir('adesync-oidc-');

interface Rp {
  base: string;
  idp: FakeIdp;
  db: DB;
  login: LoginService;
  clock: { skewMs: number };
  logs: string[];
  close(): Promise<void>;
}

let n = 0;
async function startRp(o: { login?: Record<string, unknown>; idp?: FakeIdp; maxSessions?: number } = {}): Promise<Rp> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const idp = o.idp ?? (await startFakeIdp({ clientId: 'adesync' }));
  const db = openDatabase(join(dir, `rp${n++}.db`));
  const config = enrollmentSchema.parse(
    rawEnrollmentConfig(pki, { listen: `127.0.0.1:${port}`, public_url: base, login: { issuer: idp.issuer, client_id: 'adesync', ...o.login } }),
  );
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', sink: (l) => logs.push(l) });
  const clock = { skewMs: 0 };
  let login: LoginService;
  try {
    login = createLoginFlow({
      login: config.login!,
      publicUrl: base,
      sessions: createLoginSessionStore(db),
      logger,
      now: () => Date.now() + clock.skewMs,
      maxSessions: o.maxSessions,
    });
  } catch (e) {
    if (!o.idp) await idp.close();
    db.close();
    throw e;
  }
  login.onComplete('ota', async (_req: http.IncomingMessage, res: http.ServerResponse, user: AuthUser, data: Record<string, unknown>) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ user, data }));
    return undefined;
  });
  const beginRoute: EnrollRoute = (req, res) =>
    (req.url ?? '').split('?')[0] === '/test/begin'
      ? login
          .begin(req, res, 'ota', { device: { family: 'Mac', token: 'main' }, n: 1, ...Object.fromEntries(new URL(req.url!, 'http://x').searchParams) })
          .then(() => undefined)
      : undefined;
  const server = createEnrollmentServer({ config, db, logger, workers: 1, routes: [login.route, beginRoute] });
  await server.listen();
  return {
    base,
    idp,
    db,
    login,
    clock,
    logs,
    async close() {
      await server.close();
      if (!o.idp) await idp.close();
      db.close();
    },
  };
}

/** Starts a login: the IdP URL and the cookie the browser would keep. */
async function begin(rp: Rp): Promise<{ authorize: string; cookie: string }> {
  const r = await fetchOnce(`${rp.base}/test/begin`);
  assert.equal(r.status, 302, await r.text());
  return { authorize: r.headers.get('location')!, cookie: r.headers.get('set-cookie')!.split(';')[0] };
}

/** The IdP's answer: the callback URL it redirects the browser to. */
async function authorize(url: string): Promise<string> {
  const r = await fetchOnce(url);
  assert.equal(r.status, 302);
  return r.headers.get('location')!;
}

function callback(url: string, cookie?: string) {
  return fetchOnce(url, { headers: cookie ? { Cookie: cookie } : {} });
}

const sessions = (rp: Rp) => (rp.db.prepare('SELECT count(*) AS n FROM login_sessions').get() as { n: number }).n;

const rp = await startRp();
after(() => rp.close());

test('in-test flow: a login completes with the user (claims mapped, groups from groups_claim); PKCE verifier sent, public client', async () => {
  const { authorize: url, cookie } = await begin(rp);
  const res = await callback(await authorize(url), cookie);
  assert.equal(res.status, 200, await res.clone().text());
  const body = (await res.json()) as { user: AuthUser; data: Record<string, unknown> };
  assert.deepEqual(body.user, { issuer: rp.idp.issuer, subject: 'carol', email: 'carol@example.test', name: 'Carol Example', groups: ['staff'] });
  assert.deepEqual(body.data, { device: { family: 'Mac', token: 'main' }, n: 1 }, 'the flow gets back the data it started with');
  const form = rp.idp.tokenRequests.at(-1)!;
  assert.match(form.code_verifier, /^[A-Za-z0-9_-]{43,128}$/);
  assert.equal(form.client_secret, undefined);
  assert.match(res.headers.get('set-cookie') ?? '', new RegExp(`^${LOGIN_COOKIE}=; .*Max-Age=0`), 'the cookie is cleared');
});

test('replayed callback (same state, same cookie) → 400 page; the first use served', async () => {
  const { authorize: url, cookie } = await begin(rp);
  const cb = await authorize(url);
  assert.equal((await callback(cb, cookie)).status, 200);
  const again = await callback(cb, cookie);
  assert.equal(again.status, 400);
  assert.match(again.headers.get('content-type')!, /^text\/html/);
  assert.match(await again.text(), /already used/);
});

test('the same callback sent five times at once: exactly one completes', async () => {
  const { authorize: url, cookie } = await begin(rp);
  const cb = await authorize(url);
  const statuses = await Promise.all(Array.from({ length: 5 }, () => callback(cb, cookie).then((r) => r.status)));
  assert.deepEqual(statuses.sort(), [200, 400, 400, 400, 400]);
});

test('wrong or missing cookie → 400 and the login is not burned: the right cookie still completes it', async () => {
  const { authorize: url, cookie } = await begin(rp);
  const cb = await authorize(url);
  assert.equal((await callback(cb, `${LOGIN_COOKIE}=${'A'.repeat(43)}`)).status, 400);
  assert.equal((await callback(cb)).status, 400);
  assert.equal((await callback(cb, cookie)).status, 200);
});

test('expired session (TTL) → 400 page, not exchanged', async () => {
  const { authorize: url, cookie } = await begin(rp);
  const cb = await authorize(url);
  const before = rp.idp.tokenRequests.length;
  rp.clock.skewMs = 601_000;
  try {
    const res = await callback(cb, cookie);
    assert.equal(res.status, 400);
    assert.match(await res.text(), /expired/);
  } finally {
    rp.clock.skewMs = 0;
  }
  assert.equal(rp.idp.tokenRequests.length, before, 'no code exchange for an expired login');
});

test('forged ID tokens (jose): wrong nonce, no nonce, audience, issuer, expired, unknown key → 403 page, the handler never runs', async () => {
  const { generateKeyPair } = await import('jose');
  const other = await generateKeyPair('RS256');
  const now = Math.floor(Date.now() / 1000);
  const cases: [string, (c: Record<string, unknown>) => Record<string, unknown>, CryptoKey?][] = [
    ['nonce', (c) => ({ ...c, nonce: 'forged-nonce' })],
    ['no nonce', (c) => ({ ...c, nonce: undefined })],
    ['audience', (c) => ({ ...c, aud: 'someone-else' })],
    ['issuer', (c) => ({ ...c, iss: 'https://evil.example' })],
    ['expired', (c) => ({ ...c, exp: now - 3600, iat: now - 7200 })],
    ['unknown key', (c) => c, other.privateKey],
  ];
  try {
    for (const [what, forge, key] of cases) {
      rp.idp.forge = forge;
      rp.idp.signingKey = key;
      const { authorize: url, cookie } = await begin(rp);
      const res = await callback(await authorize(url), cookie);
      assert.equal(res.status, 403, `${what}: ${await res.clone().text()}`);
      assert.match(res.headers.get('content-type')!, /^text\/html/, what);
      assert.doesNotMatch(await res.text(), /carol/, `${what}: no user data on a refusal`);
    }
  } finally {
    rp.idp.forge = undefined;
    rp.idp.signingKey = undefined;
  }
});

test('IdP error (access_denied) → 200 HTML "press Cancel and try again", every echoed value escaped', async () => {
  rp.idp.deny = { error: 'access_denied', error_description: '<script>alert(1)</script> & "quotes"' };
  try {
    const { authorize: url, cookie } = await begin(rp);
    const res = await callback(await authorize(url), cookie);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/html/);
    const html = await res.text();
    assert.match(html, /Cancel and try again/);
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;quotes&quot;/);
  } finally {
    rp.idp.deny = undefined;
  }
});

test('claim not allowed (allow.groups) → 403 page for a browser flow, the handler never runs; an allowed group passes', async () => {
  const strict = await startRp({ login: { allow: { groups: ['admins'] } } });
  try {
    let { authorize: url, cookie } = await begin(strict);
    const res = await callback(await authorize(url), cookie);
    assert.equal(res.status, 403);
    assert.match(await res.text(), /not allowed to enroll/);
    strict.idp.claims.groups = ['staff', 'admins'];
    ({ authorize: url, cookie } = await begin(strict));
    assert.equal((await callback(await authorize(url), cookie)).status, 200);
  } finally {
    await strict.close();
  }
});

test('IdP down at first use → 503 page with Retry-After (no crash); once it is back, logins work (discovery retried)', async () => {
  const port = await freePort();
  const down = { issuer: `http://127.0.0.1:${port}` } as FakeIdp;
  const r = await startRp({ idp: Object.assign(down, { claims: {}, tokenRequests: [], tokenMs: [], close: async () => {} }) });
  let idp: FakeIdp | undefined;
  try {
    const res = await fetchOnce(`${r.base}/test/begin`);
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), '30');
    assert.match(await res.text(), /cannot be reached/);
    assert.equal(sessions(r), 0, 'nothing stored while the IdP is down');
    idp = await startFakeIdp({ clientId: 'adesync', port });
    r.clock.skewMs = 6_000; // past the pause between discovery attempts
    const ok = await fetchOnce(`${r.base}/test/begin`);
    assert.equal(ok.status, 302, await ok.text());
  } finally {
    await r.close();
    await idp?.close();
  }
});

test('hostile callbacks: huge, duplicated, garbage and unknown-state floods → 4xx, nothing stored, the server keeps serving', async () => {
  const before = sessions(rp);
  const huge = await fetchOnce(`${rp.base}/auth/callback?state=${'x'.repeat(5000)}&code=y`, { headers: { Cookie: `${LOGIN_COOKIE}=z` } });
  assert.equal(huge.status, 414);
  assert.equal((await fetchOnce(`${rp.base}/auth/callback?state=a&state=b&code=c`, { headers: { Cookie: `${LOGIN_COOKIE}=z` } })).status, 400);
  assert.equal((await fetchOnce(`${rp.base}/auth/callback?%ZZ=%%&state=%E0%A4%A`)).status, 400);
  assert.equal((await fetchOnce(`${rp.base}/auth/callback`)).status, 400);
  const flood = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      fetchOnce(`${rp.base}/auth/callback?state=unknown${i}&code=c${i}`, { headers: { Cookie: `${LOGIN_COOKIE}=c${i}` } }).then((r) => r.status),
    ),
  );
  assert.deepEqual([...new Set(flood)], [400]);
  assert.equal(sessions(rp), before);
  const { authorize: url, cookie } = await begin(rp);
  assert.equal((await callback(await authorize(url), cookie)).status, 200, 'a real login still completes');
});

test('many parallel begins: at most max sessions are stored, the rest get 503 + Retry-After (bounded, never 500)', async () => {
  const r = await startRp({ maxSessions: 20 });
  try {
    const statuses = await Promise.all(
      Array.from({ length: 60 }, () => fetchOnce(`${r.base}/test/begin`).then((x) => [x.status, x.headers.get('retry-after')] as const)),
    );
    const served = statuses.filter(([s]) => s === 302).length;
    assert.equal(served, 20, `${served} begins stored`); // count and insert run with no await between them
    for (const [s, retry] of statuses) if (s !== 302) assert.deepEqual([s, retry], [503, '30']);
    assert.equal(sessions(r), 20);
  } finally {
    await r.close();
  }
});

test('logins in progress are capped per device serial: the 9th for one serial gets 429 + Retry-After, another serial still begins', async () => {
  const r = await startRp();
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) statuses.push((await fetchOnce(`${r.base}/test/begin?serial=C02REPLAYED`)).status);
    assert.deepEqual(statuses, [302, 302, 302, 302, 302, 302, 302, 302, 429]);
    const again = await fetchOnce(`${r.base}/test/begin?serial=C02REPLAYED`);
    assert.equal(again.status, 429);
    assert.equal(again.headers.get('retry-after'), '600');
    assert.equal((await fetchOnce(`${r.base}/test/begin?serial=C02OTHER`)).status, 302);
  } finally {
    await r.close();
  }
});

test('client_secret_file: refused unless 0600 (the message names the key, file, mode and fix); with 0600 the secret goes to the token endpoint', async () => {
  const file = join(dir, 'client-secret');
  writeFileSync(file, 's3cret-value-for-test\n');
  chmodSync(file, 0o644);
  await assert.rejects(startRp({ login: { client_secret_file: file } }), (e: Error) => {
    assert.ok(e instanceof LoginConfigError);
    assert.match(e.message, /enrollment\.login\.client_secret_file/);
    assert.ok(e.message.includes(file));
    assert.match(e.message, /0644/);
    assert.match(e.message, /chmod 600/);
    return true;
  });
  chmodSync(file, 0o600);
  const r = await startRp({ login: { client_secret_file: file } });
  try {
    const { authorize: url, cookie } = await begin(r);
    assert.equal((await callback(await authorize(url), cookie)).status, 200);
    assert.equal(r.idp.tokenRequests.at(-1)!.client_secret, 's3cret-value-for-test');
    assert.ok(!r.logs.join('\n').includes('s3cret'), 'the secret never reaches a log line');
  } finally {
    await r.close();
  }
});

test('no state, code, cookie id, nonce or verifier in any log line', async () => {
  const { authorize: url, cookie } = await begin(rp);
  const cb = await authorize(url);
  await callback(cb, cookie);
  const a = new URL(url).searchParams;
  const secrets = [a.get('state')!, a.get('nonce')!, new URL(cb).searchParams.get('code')!, cookie.split('=')[1], rp.idp.tokenRequests.at(-1)!.code_verifier];
  const text = rp.logs.join('\n');
  for (const s of secrets) assert.ok(!text.includes(s), `a secret (${s.slice(0, 6)}…) in the logs`);
});
