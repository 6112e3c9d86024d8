import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { computeSignature, parseOAuthHeader } from '../../src/sim/oauth.ts';
import { sim, signSession, TestClient } from './helpers.ts';
import { fetchOnce } from '../helpers/http.ts';

const run = promisify(execFile);

describe('sim GET /session (OAuth 1.0a)', async () => {
  const s = await sim({ devices: 3, sessionTtlSeconds: 120 });
  const tok = s.tokens.sim;

  it('matches the A.3 test vector when computing signatures', () => {
    const vector = {
      consumer_key: 'CK_75b2eb55cec9641e869a7d2c88b4bf1f7ffee504716571d191306385b8647ead9a4239ad6a2095ea0197feb46ce61399',
      consumer_secret: 'CS_810bb5ab05e53becb3bfbe40b3608a0c9039c457',
      access_token: 'AT_O8474885631Oe8ddece11c1a70077b340e281a2c4e2c4924a54cO1737111741803',
      access_secret: 'AS_97b944021a19633782a36c2a85038a46d6acaa06',
      access_token_expiry: '2026-01-17T11:02:21Z',
    };
    const sig = computeSignature(vector, 'https://mdmenrollment.apple.com/session', {
      oauth_consumer_key: vector.consumer_key,
      oauth_token: vector.access_token,
      oauth_signature_method: 'HMAC-SHA1',
      oauth_timestamp: '1737111800',
      oauth_nonce: '0123456789abcdef0123456789abcdef',
      oauth_version: '1.0',
      realm: 'ADM',
    });
    assert.equal(sig, '3l6Z2nU85cxaqkbjYhhxgFt+bFo=');
  });

  it('accepts a valid signature and returns a session token as application/json;charset=UTF8', async () => {
    const c = new TestClient(s);
    const r = await c.login();
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/json;charset=UTF8');
    assert.deepEqual(Object.keys(r.json), ['auth_session_token']);
    assert.match(r.json.auth_session_token, /^[0-9A-F]{128}$/);
    assert.equal((await c.call('GET', '/account')).status, 200);
  });

  it("accepts a signature over Apple's URL too, but rejects one over another URL", async () => {
    const ok = await fetchOnce(s.url + '/session', { headers: { authorization: signSession(tok, 'https://mdmenrollment.apple.com/session') } });
    assert.equal(ok.status, 200);
    const bad = await fetchOnce(s.url + '/session', { headers: { authorization: signSession(tok, 'http://example.com/session') } });
    assert.equal(bad.status, 401);
    assert.equal(await bad.text(), 'UNAUTHORIZED');
  });

  it('rejects a wrong secret, an unknown consumer key and an unknown token with 401', async () => {
    const wrong = await fetchOnce(s.url + '/session', { headers: { authorization: signSession(tok, s.url + '/session', { secret: 'CS_nope' }) } });
    assert.equal(wrong.status, 401);
    const unknownKey = await fetchOnce(s.url + '/session', {
      headers: { authorization: signSession({ ...tok, consumer_key: 'CK_unknown' }, s.url + '/session') },
    });
    assert.equal(unknownKey.status, 401);
    const unknownToken = await fetchOnce(s.url + '/session', {
      headers: { authorization: signSession({ ...tok, access_token: 'AT_O1O2O3' }, s.url + '/session') },
    });
    assert.equal(unknownToken.status, 401);
    const none = await fetchOnce(s.url + '/session');
    assert.equal(none.status, 401);
  });

  it('answers 400 for malformed OAuth (missing, duplicated, unsupported method)', async () => {
    const h = signSession(tok, s.url + '/session');
    const missing = h.replace(/oauth_nonce="[^"]*", /, '');
    assert.equal((await fetchOnce(s.url + '/session', { headers: { authorization: missing } })).status, 400);
    const dup = h + ', oauth_nonce="x"';
    assert.equal((await fetchOnce(s.url + '/session', { headers: { authorization: dup } })).status, 400);
    assert.equal((await fetchOnce(s.url + '/session', { headers: { authorization: h.replace('HMAC-SHA1', 'PLAINTEXT') } })).status, 400);
    assert.deepEqual(parseOAuthHeader('Basic abc'), { status: 400, reason: 'Authorization scheme is not OAuth' });
  });

  it('refuses a reused nonce', async () => {
    const nonce = 'fixed-nonce-123';
    const h1 = signSession(tok, s.url + '/session', { nonce });
    assert.equal((await fetchOnce(s.url + '/session', { headers: { authorization: h1 } })).status, 200);
    const h2 = signSession(tok, s.url + '/session', { nonce, timestamp: Math.floor(Date.now() / 1000) + 1 });
    assert.equal((await fetchOnce(s.url + '/session', { headers: { authorization: h2 } })).status, 401);
  });

  it('enforces the ±300 s clock window against the sim clock', async () => {
    const now = Math.floor(s.control.now() / 1000);
    const skewed = await fetchOnce(s.url + '/session', { headers: { authorization: signSession(tok, s.url + '/session', { timestamp: now - 400 }) } });
    assert.equal(skewed.status, 401);
    const ahead = await fetchOnce(s.url + '/session', { headers: { authorization: signSession(tok, s.url + '/session', { timestamp: now + 400 }) } });
    assert.equal(ahead.status, 401);
    const near = await fetchOnce(s.url + '/session', { headers: { authorization: signSession(tok, s.url + '/session', { timestamp: now - 200 }) } });
    assert.equal(near.status, 200);
  });

  it('expires sessions after the TTL (sim clock); unknown sessions are 403 FORBIDDEN', async () => {
    const c = new TestClient(s);
    await c.login();
    assert.equal((await c.call('GET', '/account')).status, 200);
    s.control.advanceClock(121_000);
    const r = await c.raw('GET', '/account');
    assert.equal(r.status, 401);
    assert.equal(r.text, 'UNAUTHORIZED');
    assert.equal(r.headers.get('content-type'), 'text/plain;charset=UTF8');
    assert.equal((await c.login()).status, 200);
    assert.equal((await c.raw('GET', '/account')).status, 200);
    const forged = await c.raw('GET', '/account', undefined, { 'x-adm-auth-session': 'ABCDEF' });
    assert.equal(forged.status, 403);
    assert.equal(forged.text, 'FORBIDDEN');
    const missing = await new TestClient(s).raw('GET', '/account');
    assert.equal(missing.status, 401);
  });

  it('refuses a server token past access_token_expiry', async () => {
    const expired = await sim({ servers: [{ name: 'old', token: { ...tok, access_token_expiry: '2020-01-01T00:00:00Z' } }] });
    const r = await fetchOnce(expired.url + '/session', { headers: { authorization: signSession(expired.tokens.old, expired.url + '/session') } });
    assert.equal(r.status, 401);
  });

  it('echoes X-ADM-Auth-Session on responses', async () => {
    const c = new TestClient(s);
    await c.login();
    const r = await c.raw('GET', '/account');
    assert.equal(r.headers.get('x-adm-auth-session'), c.session);
  });
});

describe('sim request rules', async () => {
  const s = await sim({ devices: 3 });

  it('requires a User-Agent (not on /account) and refuses godep', async () => {
    const c = new TestClient(s);
    await c.login();
    c.ua = '';
    const missing = await c.raw('POST', '/server/devices', {});
    assert.equal(missing.status, 400);
    assert.equal(missing.text, 'USER_AGENT_MISSING');
    assert.equal((await c.raw('GET', '/account')).status, 200);
    c.ua = 'nanodep-godep/0';
    const bad = await c.raw('POST', '/server/devices', {});
    assert.equal(bad.status, 400);
    assert.equal(bad.text, 'USER_AGENT_INVALID');
    c.ua = 'nanodep-g-o-dep/0';
    assert.equal((await c.raw('POST', '/server/devices', {})).status, 200);
  });

  it('answers malformed JSON with MALFORMED_REQUEST_BODY, wrong methods with 405, unknown paths with 404', async () => {
    const c = new TestClient(s);
    await c.login();
    const m = await c.raw('POST', '/server/devices', '{"limit":');
    assert.deepEqual([m.status, m.text], [400, 'MALFORMED_REQUEST_BODY']);
    const arr = await c.raw('POST', '/devices', '[1]');
    assert.deepEqual([arr.status, arr.text], [400, 'MALFORMED_REQUEST_BODY']);
    const w = await c.raw('GET', '/server/devices');
    assert.equal(w.status, 405);
    assert.equal((await c.raw('GET', '/nope')).status, 404);
  });

  it('quotes error codes depsim-style with quotedErrors', async () => {
    const q = await sim({ devices: 1, quotedErrors: true });
    const c = new TestClient(q);
    await c.login();
    const r = await c.raw('POST', '/devices/sync', {});
    assert.deepEqual([r.status, r.text], [400, '"CURSOR_REQUIRED"']);
  });

  it('gates account fields on X-Server-Protocol-Version', async () => {
    const c = new TestClient(s);
    await c.login();
    c.protocol = '2';
    const v2 = (await c.call('GET', '/account')).json;
    assert.equal(v2.urls, undefined);
    assert.equal(v2.org_id, undefined);
    c.protocol = '3';
    const v3 = (await c.call('GET', '/account')).json;
    assert.equal(v3.org_type, 'org');
    const fetchUrl = v3.urls.find((u: { uri: string }) => u.uri === '/server/devices');
    assert.deepEqual(fetchUrl.limit, { default: 100, maximum: 1000 });
  });
});

describe('a third-party client (curl) can talk to the sim', async () => {
  const s = await sim({ devices: 2 });
  it('gets a session and the account with curl', async (t) => {
    try {
      await run('curl', ['--version']);
    } catch {
      t.skip('curl is not installed');
      return;
    }
    const auth = signSession(s.tokens.sim, s.url + '/session');
    const session = await run('curl', ['-sS', '-H', `Authorization: ${auth}`, '-H', 'X-Server-Protocol-Version: 3', s.url + '/session']);
    const token = JSON.parse(session.stdout).auth_session_token;
    assert.match(token, /^[0-9A-F]+$/);
    const account = await run('curl', [
      '-sS',
      '-i',
      '-H',
      `X-ADM-Auth-Session: ${token}`,
      '-H',
      'X-Server-Protocol-Version: 3',
      '-A',
      'curl-test/1',
      s.url + '/account',
    ]);
    assert.match(account.stdout, /^HTTP\/1\.1 200/);
    assert.match(account.stdout, /x-adm-auth-session: [0-9A-F]+/i);
    const body = JSON.parse(account.stdout.slice(account.stdout.indexOf('\r\n\r\n') + 4));
    assert.equal(body.server_name, 'sim');
    assert.match(body.server_uuid, /^[0-9A-F]{32}$/);
  });
});
