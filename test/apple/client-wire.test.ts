// Wire details the simulator cannot show (it does not expose request headers, nor serve oversized bodies): a tiny local
// HTTP server on loopback records what the client sends and answers as scripted. Everything else is in client.test.ts.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, test } from 'node:test';
import { createClient, JSON_CONTENT_TYPE, MAX_BODY_BYTES } from '../../src/apple/client.ts';
import { CursorError, ResponseFormatError } from '../../src/apple/errors.ts';
import type { ServerToken } from '../../src/apple/types.ts';
import { USER_AGENT } from '../../src/version.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}
const seen: Seen[] = [];
let script: ((req: IncomingMessage, res: ServerResponse, body: string) => boolean) | undefined;
let base = '';
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => {
    body += c;
  });
  req.on('end', () => {
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    res.on('error', () => {});
    if (script?.(req, res, body)) return;
    const json = (o: unknown) => {
      res.writeHead(200, { 'content-type': JSON_CONTENT_TYPE });
      res.end(JSON.stringify(o));
    };
    if (req.url === '/session') return json({ auth_session_token: 'SESSION-1' });
    if (req.url === '/server/devices') return json({ devices: [], cursor: 'c1', fetched_until: '2026-01-01T00:00:00Z', more_to_follow: false });
    if (req.url === '/profile/devices') return json({ devices: { A: 'SUCCESS' } });
    if (req.url === '/os-beta-enrollment/tokens') return json({ betaEnrollmentTokens: [] });
    if (req.url?.startsWith('/profile?')) return json({ profile_name: 'p', url: 'https://x', profile_uuid: 'U' });
    res.writeHead(404);
    res.end('NOT_FOUND');
  });
});
before(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  seen.length = 0;
  script = undefined;
});

const TOKEN: ServerToken = {
  consumer_key: 'CK_x',
  consumer_secret: 'CS_x',
  access_token: 'AT_x',
  access_secret: 'AS_x',
  access_token_expiry: '2999-01-01T00:00:00Z',
};
const client = () => createClient({ token: TOKEN, baseUrl: `${base}/`, sleep: async () => {}, maxRetries: 1 });

test('exact headers: session, JSON body, protocol version, user agent; DELETE carries its body', async () => {
  const c = client();
  await c.fetchDevices({ limit: 5 });
  await c.removeProfile(['A', 'A'], 'U1');
  await c.getProfile('U 1');
  await c.betaEnrollmentTokens();
  const [session, fetch, remove, getProfile, beta] = seen;

  assert.equal(session.method, 'GET');
  assert.equal(session.url, '/session');
  assert.match(
    session.headers.authorization ?? '',
    /^OAuth realm="ADM", oauth_consumer_key="CK_x", oauth_nonce="[0-9a-f]{32}", oauth_signature="[^"]+", oauth_signature_method="HMAC-SHA1", oauth_timestamp="\d+", oauth_token="AT_x", oauth_version="1.0"$/,
  );
  assert.equal(session.headers['content-type'], 'application/json;charset=UTF8');
  assert.equal(session.headers['x-adm-auth-session'], undefined);
  assert.equal(session.body, '');

  for (const r of seen) {
    assert.equal(r.headers['user-agent'], USER_AGENT);
    assert.match(USER_AGENT, /^adesync\/\d/);
  }
  for (const r of [fetch, remove, getProfile, beta]) {
    assert.equal(r.headers['x-adm-auth-session'], 'SESSION-1');
    assert.equal(r.headers.authorization, undefined, 'the OAuth header goes to /session only');
  }
  for (const r of [session, fetch, remove, getProfile]) assert.equal(r.headers['x-server-protocol-version'], '10');
  assert.equal(beta.headers['x-server-protocol-version'], '1', 'A.7.8: the beta tokens endpoint wants version 1');

  assert.equal(fetch.method, 'POST');
  assert.equal(fetch.headers['content-type'], 'application/json;charset=UTF8');
  assert.deepEqual(JSON.parse(fetch.body), { limit: 5 });

  assert.equal(remove.method, 'DELETE');
  assert.equal(remove.url, '/profile/devices');
  assert.equal(remove.headers['content-type'], 'application/json;charset=UTF8');
  assert.deepEqual(JSON.parse(remove.body), { devices: ['A'], profile_uuid: 'U1' });

  assert.equal(getProfile.url, '/profile?profile_uuid=U+1');
  assert.equal(getProfile.headers['content-type'], undefined, 'no body, no content type');
});

test('a custom User-Agent and protocol version are sent as given', async () => {
  const c = createClient({ token: TOKEN, baseUrl: base, userAgent: 'acme-ade/2', protocolVersion: 7 });
  await c.fetchDevices({});
  assert.ok(seen.every((r) => r.headers['user-agent'] === 'acme-ade/2' && r.headers['x-server-protocol-version'] === '7'));
});

test('a 200 announcing more than 64 MiB is refused before reading it', async () => {
  script = (req, res) => {
    if (req.url !== '/server/devices') return false;
    res.writeHead(200, { 'content-type': JSON_CONTENT_TYPE, 'content-length': String(MAX_BODY_BYTES + 1) });
    res.write('{"devices":[');
    return true; // never finished: the client must not wait for it
  };
  await assert.rejects(client().fetchDevices({}), (e: unknown) => e instanceof ResponseFormatError && e.code === 'RESPONSE_TOO_LARGE');
});

test('a chunked 200 that grows past 64 MiB is cut off at the cap', async () => {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let written = 0;
  script = (req, res) => {
    if (req.url !== '/server/devices') return false;
    res.writeHead(200, { 'content-type': JSON_CONTENT_TYPE });
    const pump = () => {
      while (written < MAX_BODY_BYTES + 8 * chunk.length && !res.destroyed) {
        written += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    pump();
    return true;
  };
  await assert.rejects(client().fetchDevices({}), (e: unknown) => e instanceof ResponseFormatError && e.code === 'RESPONSE_TOO_LARGE');
  assert.ok(written <= MAX_BODY_BYTES + 8 * chunk.length);
});

test('a huge error body is read only up to its cap and still mapped', async () => {
  script = (req, res) => {
    if (req.url !== '/server/devices') return false;
    res.writeHead(400, { 'content-type': 'text/plain;charset=UTF8' });
    res.end(`INVALID_CURSOR${' '.repeat(4 * 1024 * 1024)}`);
    return true;
  };
  await assert.rejects(
    client().fetchDevices({ cursor: 'x' }),
    (e: unknown) => e instanceof CursorError && e.code === 'INVALID_CURSOR' && e.body?.length === 512,
  );
});

test('redirects are not followed (the session header never goes elsewhere)', async () => {
  script = (req, res) => {
    if (req.url !== '/server/devices') return false;
    res.writeHead(302, { location: `${base}/elsewhere` });
    res.end();
    return true;
  };
  await assert.rejects(client().fetchDevices({}), (e: unknown) => (e as { status?: number }).status === 302);
  assert.ok(!seen.some((r) => r.url === '/elsewhere'));
});
