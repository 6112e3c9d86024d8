// The ADE web view end to end (spec B.1, E.3, E.5 "Web view"): real headless Chromium as Setup Assistant, the header on
// the first navigation only, a real OpenID Provider over TLS, the RP (openid-client) trusting it through ca_file, the
// enrollment server over TLS on mdm.example.test. The profile arrives 200 application/x-apple-aspen-config from the web
// view's own host and verifies with openssl; refusals are answered on the first request.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openssl } from '../cms/testpki.ts';
import { until } from '../helpers/cli.ts';
import { fetchOnce } from '../helpers/http.ts';
import { logIn, openWebView } from './browser.ts';
import { MDM_HOST, SERIAL, startWorld, type World } from './harness.ts';

// macOS below 14.0 is told to update (B.7); the test device runs 14.3
const w: World = await startWorld({ minimumOs: { macOS: { version: '14.0' } }, login: { allow: { groups: ['staff'] } } });
after(() => w.close());
const sessions = () => (w.db.prepare('SELECT count(*) AS n FROM login_sessions').get() as { n: number }).n;

/** GET the web view path on 127.0.0.1 (the TLS name is mdm.example.test, so verification is off: this is not the browser). */
function get(path: string, headers: Record<string, string> = {}) {
  return fetchOnce(`https://127.0.0.1:${w.port}${path}`, { headers: { Host: `${MDM_HOST}:${w.port}`, ...headers }, rejectUnauthorized: false });
}

test('web view happy path in Chromium: IdP login, then 200 application/x-apple-aspen-config from the same host, verifiable', async () => {
  const view = await openWebView(w.webUrl, w.blob());
  try {
    await view.page.goto(w.webUrl, { waitUntil: 'domcontentloaded' });
    assert.equal(new URL(view.page.url()).origin, w.idp.issuer, `the first GET redirects to the IdP (seen: ${JSON.stringify(view.seen)})`);
    await logIn(view.page, 'alice');
    // the download and the callback's response event arrive in either order
    await until(
      () => !!view.downloaded() && view.seen.some((s) => s.path === '/auth/callback'),
      60_000,
      `the profile download and the callback's answer (seen: ${JSON.stringify(view.seen)})`,
    );
    const cb = view.seen.find((s) => s.path === '/auth/callback');
    assert.ok(cb, `the callback was answered (seen: ${JSON.stringify(view.seen)})`);
    assert.equal(cb.status, 200);
    assert.equal(cb.type, 'application/x-apple-aspen-config', 'content type exactly as Setup Assistant requires');
    assert.equal(cb.host, new URL(w.webUrl).host, 'served from the host of configuration_web_url');
    for (const s of view.seen.filter((x) => x.type === 'application/x-apple-aspen-config'))
      assert.equal(s.host, new URL(w.webUrl).host, `a profile from another host: ${JSON.stringify(s)}`);
    assert.deepEqual(view.withHeader, [w.webUrl], 'the device header went on the first navigation only, never to the IdP');
    const file = join(w.dir, 'webview.mobileconfig');
    writeFileSync(file, view.downloaded()!);
    const plist = openssl(['cms', '-verify', '-inform', 'DER', '-in', file, '-CAfile', w.pki.signer.root, '-certfile', w.pki.signer.chain, '-purpose', 'any']);
    assert.match(plist.toString(), /com\.example\.mdm\.enroll/);
    await until(
      () => !!w.db.prepare(`SELECT 1 FROM enrollments WHERE serial_number = ? AND decision = 'served'`).get(SERIAL),
      30_000,
      'the served enrollment recorded',
    );
    const rec = w.db.prepare(`SELECT flow, user_subject, user_email FROM enrollments WHERE serial_number = ? AND decision = 'served'`).get(SERIAL);
    assert.deepEqual({ ...(rec as object) }, { flow: 'webview', user_subject: 'alice', user_email: 'alice@example.test' }, 'the record binds the user');
    const done = w.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'login completed');
    assert.equal(done?.subject, 'alice');
    assert.equal(done?.email, 'alice@example.test');
    assert.equal(sessions(), 0, 'the session was taken');
  } finally {
    await view.close();
  }
});

test('Chromium: a user outside allow.groups gets the 403 JSON the web view ends on (no profile, no record served)', async () => {
  const view = await openWebView(w.webUrl, w.blob());
  try {
    await view.page.goto(w.webUrl, { waitUntil: 'domcontentloaded' });
    await logIn(view.page, 'bob');
    await until(() => view.seen.some((s) => s.path === '/auth/callback'), 60_000, `the callback (seen: ${JSON.stringify(view.seen)})`);
    const cb = view.seen.find((s) => s.path === '/auth/callback')!;
    assert.equal(cb.status, 403);
    assert.equal(cb.type, 'application/json');
    await view.page.waitForFunction("document.body?.innerText.includes('adesync.login_not_allowed')");
    assert.equal(view.downloaded(), undefined);
    assert.ok(!view.seen.some((s) => s.type === 'application/x-apple-aspen-config'));
  } finally {
    await view.close();
  }
});

test('Chromium: the user cancels at the IdP (access_denied) → 200 HTML page telling them to press Cancel and try again', async () => {
  const view = await openWebView(w.webUrl, w.blob());
  try {
    await view.page.goto(w.webUrl, { waitUntil: 'domcontentloaded' });
    await view.page.waitForSelector('a[href$="/abort"]');
    await view.page.click('a[href$="/abort"]');
    await view.page.waitForFunction("document.body?.innerText.includes('Cancel and try again')");
    const cb = view.seen.find((s) => s.path === '/auth/callback')!;
    assert.equal(cb.status, 200);
    assert.equal(cb.type, 'text/html; charset=utf-8');
    assert.equal(new URL(view.page.url()).host, new URL(w.webUrl).host);
  } finally {
    await view.close();
  }
});

test('a web view request for another host than public_url → 403 JSON at once (the profile could never come from there)', async () => {
  const res = await get('/ade/web', { Host: `other.example.test:${w.port}`, 'x-apple-aspen-deviceinfo': w.blob() });
  assert.equal(res.status, 403);
  assert.equal(((await res.json()) as { code: string }).code, 'adesync.wrong_host');
});

test('first GET: 302 to the IdP with PKCE S256, state, nonce, response_mode=query; the __Host- cookie as specified; blob not in the URL', async () => {
  const res = await get('/ade/web', { 'x-apple-aspen-deviceinfo': w.blob() });
  assert.equal(res.status, 302, await res.text());
  const loc = new URL(res.headers.get('location')!);
  assert.equal(loc.origin, w.idp.issuer);
  const q = loc.searchParams;
  assert.equal(q.get('response_type'), 'code');
  assert.equal(q.get('code_challenge_method'), 'S256');
  assert.match(q.get('code_challenge')!, /^[A-Za-z0-9_-]{43}$/);
  assert.equal(q.get('response_mode'), 'query');
  assert.equal(q.get('redirect_uri'), `${w.publicUrl}/auth/callback`);
  assert.ok(Buffer.from(q.get('state')!, 'base64url').length >= 16, 'state of at least 128 bits');
  assert.ok(Buffer.from(q.get('nonce')!, 'base64url').length >= 16, 'nonce of at least 128 bits');
  assert.ok(res.headers.get('location')!.length < 1024, 'the device blob is not in the URL');
  const cookie = res.headers.get('set-cookie')!;
  assert.match(cookie, /^__Host-adesync-login=[A-Za-z0-9_-]{43}; /);
  for (const attr of ['Path=/', 'Secure', 'HttpOnly', 'SameSite=Lax', 'Max-Age=600']) assert.ok(cookie.split('; ').includes(attr), `${attr} in ${cookie}`);
  assert.doesNotMatch(cookie, /Domain=/i);
  // stored hashed: neither the state nor the cookie id is in the database in clear
  const state = q.get('state')!;
  const id = cookie.split(';')[0].split('=')[1];
  const dump = JSON.stringify(w.db.prepare('SELECT * FROM login_sessions').all());
  assert.ok(!dump.includes(state) && !dump.includes(id), 'state and cookie id stored as hashes only');
});

test('missing header → 400 JSON; not base64 → 400; tampered blob → 403 JSON (nothing stored, no redirect)', async () => {
  const before = sessions();
  const missing = await get('/ade/web');
  assert.equal(missing.status, 400);
  assert.equal(missing.headers.get('content-type'), 'application/json');
  assert.equal(((await missing.json()) as { code: string }).code, 'adesync.bad_request');
  const garbage = await get('/ade/web', { 'x-apple-aspen-deviceinfo': '%%%not base64%%%' });
  assert.equal(garbage.status, 400);
  const bytes = Buffer.from(w.blob(), 'base64');
  const at = bytes.indexOf(Buffer.from(SERIAL));
  bytes[at] ^= 0x01; // the signed content changed: the signature no longer holds
  const tampered = await get('/ade/web', { 'x-apple-aspen-deviceinfo': bytes.toString('base64') });
  assert.equal(tampered.status, 403, await tampered.clone().text());
  assert.equal(tampered.headers.get('content-type'), 'application/json');
  assert.ok(((await tampered.json()) as { code?: string }).code);
  assert.equal(sessions(), before, 'no login started');
});

test('minimum OS and unknown serial are refused on the first request, exactly as the POST path answers them', async () => {
  const old = w.blob({ OS_VERSION: '13.6', VERSION: '22G120', MDM_CAN_REQUEST_SOFTWARE_UPDATE: true });
  const viaWeb = await get('/ade/web', { 'x-apple-aspen-deviceinfo': old });
  assert.equal(viaWeb.status, 403);
  assert.equal(viaWeb.headers.get('content-type'), 'application/json');
  const body = (await viaWeb.json()) as { code: string };
  assert.equal(body.code, 'com.apple.softwareupdate.required');
  const viaPost = await fetchOnce(`https://127.0.0.1:${w.port}/enroll`, { method: 'POST', body: Buffer.from(old, 'base64'), rejectUnauthorized: false });
  assert.equal(viaPost.status, 403);
  assert.deepEqual(body, await viaPost.json(), 'the same B.7 answer as the POST path');
  const unknown = await get('/ade/web', { 'x-apple-aspen-deviceinfo': w.blob({ SERIAL: 'C02NOTOURS01' }) });
  assert.equal(unknown.status, 403);
  assert.equal(unknown.headers.get('content-type'), 'application/json');
});

test('other methods on the web view and callback paths: 405, never a 5xx', async () => {
  const post = await fetchOnce(`https://127.0.0.1:${w.port}/ade/web`, { method: 'POST', body: 'x', rejectUnauthorized: false });
  assert.equal(post.status, 405);
  const cb = await fetchOnce(`https://127.0.0.1:${w.port}/auth/callback`, { method: 'POST', body: 'x', rejectUnauthorized: false });
  assert.equal(cb.status, 405);
});
