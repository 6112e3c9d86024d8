import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import parse from 'parse-prometheus-text-format';
import { isLoopback } from '../../src/net.ts';
import { createAdminServer, parseListen, AdminListenError, type AdminServerOptions } from '../../src/daemon/admin.ts';
import { createMetrics } from '../../src/daemon/metrics.ts';
import { parseConfig, type ConfigError } from '../../src/config/load.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
function call(url: string, method = 'GET', headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // POST sends our header unless the test gives it as '' (then no such header is sent)
    const all = Object.entries({ ...(method === 'POST' ? { 'x-adesync-request': '1' } : {}), ...headers }).filter(([, v]) => v !== '');
    const req = request(url, { method, headers: Object.fromEntries(all) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function start(over: Partial<AdminServerOptions> = {}) {
  const state = { healthy: true, ready: false, calls: [] as [string | undefined, boolean | undefined][] };
  const metrics = createMetrics();
  const server = createAdminServer({
    listen: '127.0.0.1:0',
    metrics,
    health: () => (state.healthy ? { ok: true, detail: { db: 'ok' } } : { ok: false, detail: 'database is locked' }),
    ready: () => state.ready,
    syncNow: async (token, full) => {
      state.calls.push([token, full]);
      if (token === 'nope') throw Object.assign(new Error('no token named "nope"'), { status: 404 });
      return { accepted: token ? [token] : ['a', 'b'] };
    },
    ...over,
  });
  const { url, host } = await server.listen();
  assert.equal(host, '127.0.0.1');
  return { url, state, metrics, server };
}

test('healthz reflects the health callback', async (t) => {
  const s = await start();
  t.after(() => s.server.close());
  let r = await call(`${s.url}/healthz`);
  assert.equal(r.status, 200);
  assert.deepEqual(JSON.parse(r.body), { ok: true, detail: { db: 'ok' } });
  s.state.healthy = false;
  r = await call(`${s.url}/healthz`);
  assert.equal(r.status, 503);
  assert.equal(JSON.parse(r.body).detail, 'database is locked');
});

test('a throwing health callback is a 503, not a crash', async (t) => {
  const s = await start({
    health: () => {
      throw new Error('SQLITE_CORRUPT');
    },
  });
  t.after(() => s.server.close());
  const r = await call(`${s.url}/healthz`);
  assert.equal(r.status, 503);
  assert.match(r.body, /SQLITE_CORRUPT/);
});

test('readyz is 200 only when ready', async (t) => {
  const s = await start();
  t.after(() => s.server.close());
  const no = await call(`${s.url}/readyz`);
  assert.equal(no.status, 503);
  assert.deepEqual(JSON.parse(no.body).failed, ['started']);
  s.state.ready = true;
  assert.equal((await call(`${s.url}/readyz`)).status, 200);
  assert.equal((await call(`${s.url}/readyz`, 'HEAD')).status, 200);
});

test('readyz names each failed check and why', async (t) => {
  const checks = [
    { name: 'started', ok: true },
    { name: 'database_write', ok: false, detail: 'a test write failed: SQLITE_READONLY' },
    { name: 'disk_space', ok: false, detail: '/var/lib/adesync: 3 MB free' },
  ];
  const s = await start({ ready: () => ({ ready: false, checks }) });
  t.after(() => s.server.close());
  const r = await call(`${s.url}/readyz`);
  assert.equal(r.status, 503);
  assert.equal(r.headers['content-type'], 'application/json');
  assert.deepEqual(JSON.parse(r.body), { ready: false, failed: ['database_write', 'disk_space'], checks });
});

test('metrics: Prometheus text with the right content type, parseable, with our series', async (t) => {
  const s = await start();
  t.after(() => s.server.close());
  s.metrics.appleResponse('main', 'GET /account', 200, 50);
  s.metrics.enrollment('served', 20);
  s.metrics.setDeviceCounts(() => [{ token: 'main', profile_status: 'assigned', count: 12 }]);
  const r = await call(`${s.url}/metrics`);
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'text/plain; version=0.0.4; charset=utf-8');
  const families = new Map(parse(r.body).map((f) => [f.name, f]));
  assert.equal(families.get('adesync_apple_requests_total')!.metrics[0].value, '1');
  assert.deepEqual(families.get('adesync_apple_requests_total')!.metrics[0].labels, { token: 'main', endpoint: 'GET /account', status: '200' });
  assert.equal(families.get('adesync_devices')!.metrics[0].value, '12');
  const enrollments = families.get('adesync_enrollment_requests_total')!.metrics;
  assert.equal(enrollments.find((m) => m.labels!.decision === 'served')!.value, '1');
  assert.equal(enrollments.find((m) => m.labels!.decision === 'error')!.value, '0', 'outcomes alerts watch start at 0');
  assert.equal(families.get('process_resident_memory_bytes')!.type, 'GAUGE');
  assert.ok(Number(families.get('process_resident_memory_bytes')!.metrics[0].value) > 0);
});

test('POST /sync calls syncNow with token and full', async (t) => {
  const s = await start();
  t.after(() => s.server.close());
  let r = await call(`${s.url}/sync?token=main&full=1`, 'POST');
  assert.equal(r.status, 202);
  assert.deepEqual(JSON.parse(r.body), { accepted: ['main'], full: true });
  r = await call(`${s.url}/sync`, 'POST');
  assert.equal(r.status, 202);
  assert.deepEqual(JSON.parse(r.body).accepted, ['a', 'b']);
  assert.deepEqual(s.state.calls, [
    ['main', true],
    [undefined, false],
  ]);

  r = await call(`${s.url}/sync?token=nope`, 'POST');
  assert.equal(r.status, 404);
  assert.match(JSON.parse(r.body).error, /no token named "nope"/);
  r = await call(`${s.url}/sync?full=yes`, 'POST');
  assert.equal(r.status, 400);
  r = await call(`${s.url}/sync?token=main`, 'GET');
  assert.equal(r.status, 405);
  assert.equal(r.headers.allow, 'POST');
  assert.equal(s.state.calls.length, 3, 'bad requests never reach syncNow');
});

test('everything else is 404; GET-only paths refuse POST', async (t) => {
  const s = await start();
  t.after(() => s.server.close());
  assert.equal((await call(`${s.url}/`)).status, 404);
  assert.equal((await call(`${s.url}/metrics/extra`)).status, 404);
  assert.equal((await call(`${s.url}/healthz`, 'POST')).status, 405);
});

test('a non-loopback address is refused unless allowed explicitly', async () => {
  const base = { metrics: createMetrics({ defaultMetrics: false }), health: () => ({ ok: true }), ready: () => true, syncNow: async () => ({ accepted: [] }) };
  for (const listen of ['0.0.0.0:9641', '[::]:9641', '192.0.2.10:9641', 'admin.example.com:9641']) {
    assert.throws(
      () => createAdminServer({ ...base, listen }),
      (e: Error) => e instanceof AdminListenError && /not a loopback address.*allow_non_loopback: true/.test(e.message),
      listen,
    );
  }
  // Allowed explicitly, with a token: created (not bound here: tests stay on loopback). Without a token: refused.
  assert.doesNotThrow(() => createAdminServer({ ...base, listen: '0.0.0.0:9641', allowNonLoopback: true, token: 'x'.repeat(32) }));
  assert.throws(
    () => createAdminServer({ ...base, listen: '0.0.0.0:9641', allowNonLoopback: true }),
    /admin\.token_file: required when admin\.listen \(0\.0\.0\.0\) is not loopback.*openssl rand/,
  );
  assert.throws(() => createAdminServer({ ...base, listen: 'nonsense' }), /expected HOST:PORT/);
});

test('the config carries admin.allow_non_loopback, default false', () => {
  assert.equal(parseConfig('{}').admin.allow_non_loopback, false);
  assert.equal(
    parseConfig('admin:\n  listen: 0.0.0.0:9641\n  allow_non_loopback: true\n  token_file: t\n', 'c', '/etc/adesync').admin.token_file,
    '/etc/adesync/t',
  );
  assert.throws(
    () => parseConfig('admin:\n  listen: 0.0.0.0:9641\n  allow_non_loopback: true\n'),
    (e: ConfigError) => e.problems.some((p) => /^admin\.token_file: required with allow_non_loopback: true: create a 0600 file/.test(p)),
    'names the key and the fix',
  );
  const c = parseConfig('{}').admin;
  assert.deepEqual([c.allowed_hosts, c.token_file, c.min_free_disk_mb], [[], undefined, 256]);
  assert.throws(() => parseConfig('admin:\n  allowed_hosts: ["http://x.example"]\n'), /admin\.allowed_hosts\[0\]: a host name without port or scheme/);
});

test('a port in use is a clear error', async (t) => {
  const s = await start();
  t.after(() => s.server.close());
  const port = new URL(s.url).port;
  const other = createAdminServer({
    listen: `127.0.0.1:${port}`,
    metrics: s.metrics,
    health: () => ({ ok: true }),
    ready: () => true,
    syncNow: async () => ({ accepted: [] }),
  });
  await assert.rejects(other.listen(), /address already in use/);
});

test('loopback detection', () => {
  for (const h of ['127.0.0.1', '127.1.2.3', '::1', 'localhost', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1']) assert.ok(isLoopback(h), h);
  for (const h of ['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', 'example.com', '::2']) assert.ok(!isLoopback(h), h);
  assert.deepEqual(parseListen('[::1]:9641'), { host: '::1', port: 9641 });
  assert.deepEqual(parseListen('localhost:1'), { host: 'localhost', port: 1 });
});

const port = (url: string) => new URL(url).port;

test('DNS rebinding: a Host that is not loopback, the bound address or allowed is 421, and nothing is served', async (t) => {
  const s = await start({ allowedHosts: ['adesync.example.com'] });
  t.after(() => s.server.close());
  const p = port(s.url);
  for (const host of [
    'rebind.evil.example',
    `rebind.evil.example:${p}`,
    `127.0.0.1.evil.example:${p}`,
    'localhost.evil.example',
    `[::2]:${p}`,
    '10.0.0.1',
    'adesync.example.com.evil.example',
    'x@127.0.0.1',
    '127.0.0.1:80:80',
    '0.0.0.0',
    `[::]:${p}`,
  ]) {
    for (const path of ['/metrics', '/healthz', '/readyz']) {
      const r = await call(`${s.url}${path}`, 'GET', { host });
      assert.equal(r.status, 421, `${host} ${path}: ${r.status}`);
      assert.doesNotMatch(r.body, /process_resident_memory_bytes|"ok"/, 'nothing but the refusal');
    }
    assert.equal((await call(`${s.url}/sync?full=1`, 'POST', { host })).status, 421);
  }
  for (const host of [
    `127.0.0.1:${p}`,
    '127.0.0.1',
    `localhost:${p}`,
    'LOCALHOST',
    `[::1]:${p}`,
    `127.9.9.9:${p}`,
    'adesync.example.com',
    `ADESYNC.example.com.:${p}`,
  ]) {
    assert.equal((await call(`${s.url}/metrics`, 'GET', { host })).status, 200, host);
  }
  assert.equal(s.state.calls.length, 0);
});

test('cross-site requests: a state change needs our header or JSON, and no foreign Origin', async (t) => {
  const s = await start();
  t.after(() => s.server.close());
  const p = port(s.url);
  const refused: [Record<string, string>, number][] = [
    [{ origin: 'https://evil.example', 'content-type': 'text/plain' }, 403],
    [{ origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, 403],
    [{ origin: 'https://evil.example', 'content-type': 'multipart/form-data; boundary=x' }, 403],
    [{ origin: 'null', 'content-type': 'text/plain' }, 403],
    [{ 'content-type': 'text/plain' }, 403], // a simple request, even without Origin (old browsers, forms)
    [{}, 403],
    [{ origin: 'https://evil.example', 'x-adesync-request': '1' }, 403], // our header but a foreign page
    [{ origin: 'https://evil.example', 'content-type': 'application/json' }, 403],
    [{ origin: `http://localhost:${Number(p) + 1}`, 'x-adesync-request': '1' }, 403], // another local port is another origin
    [{ origin: `https://127.0.0.1:${p}`, 'x-adesync-request': '1' }, 403],
    [{ 'sec-fetch-site': 'cross-site', 'x-adesync-request': '1' }, 403],
  ];
  for (const [headers, status] of refused) {
    const r = await call(`${s.url}/sync?full=1`, 'POST', { 'x-adesync-request': '', ...headers });
    assert.equal(r.status, status, `${JSON.stringify(headers)}: ${r.status} ${r.body}`);
  }
  assert.equal(s.state.calls.length, 0, 'no refused request reached syncNow');
  // what the CLI, curl with the header, and a same-origin script send
  const accepted: Record<string, string>[] = [
    { 'x-adesync-request': '1' },
    { 'content-type': 'application/json' },
    { 'content-type': 'Application/JSON; charset=utf-8' },
    { 'x-adesync-request': '1', origin: `http://127.0.0.1:${p}` },
    { 'x-adesync-request': '1', 'sec-fetch-site': 'same-origin' },
  ];
  for (const headers of accepted) {
    const r = await call(`${s.url}/sync?full=1`, 'POST', { 'x-adesync-request': '', ...headers });
    assert.equal(r.status, 202, `${JSON.stringify(headers)}: ${r.status} ${r.body}`);
  }
  assert.equal(s.state.calls.length, accepted.length);
  // reads stay simple: a GET with a foreign Origin cannot read the answer cross-site anyway (no CORS headers)
  const m = await call(`${s.url}/metrics`, 'GET', { origin: 'https://evil.example' });
  assert.equal(m.status, 200);
  assert.equal(m.headers['access-control-allow-origin'], undefined);
  assert.equal(
    (await call(`${s.url}/sync`, 'OPTIONS', { origin: 'https://evil.example', 'access-control-request-method': 'POST' })).headers[
      'access-control-allow-origin'
    ],
    undefined,
  );
});

test('a bearer token, when set, is required on every request and never logged', async (t) => {
  const { createLogger } = await import('../../src/log.ts');
  const lines: string[] = [];
  const token = 'tok_' + 'a1b2c3d4'.repeat(6);
  const s = await start({ token, logger: createLogger({ level: 'debug', sink: (l) => lines.push(l) }) });
  t.after(() => s.server.close());
  for (const auth of [
    undefined,
    'Bearer wrong',
    `Bearer ${token}x`,
    `Basic ${Buffer.from(`u:${token}`).toString('base64')}`,
    token,
    `Bearer ${token.slice(0, -1)}`,
  ]) {
    for (const path of ['/metrics', '/healthz', '/readyz']) {
      const r = await call(`${s.url}${path}`, 'GET', auth ? { authorization: auth } : {});
      assert.equal(r.status, 401, `${auth} ${path}`);
      assert.match(String(r.headers['www-authenticate']), /^Bearer /);
    }
    assert.equal((await call(`${s.url}/sync`, 'POST', auth ? { authorization: auth } : {})).status, 401);
  }
  assert.equal(s.state.calls.length, 0);
  assert.equal((await call(`${s.url}/metrics`, 'GET', { authorization: `Bearer ${token}` })).status, 200);
  assert.equal((await call(`${s.url}/sync`, 'POST', { authorization: `bearer ${token}` })).status, 202);
  // the token in a refused Host request too: refused, never echoed
  assert.equal((await call(`${s.url}/metrics`, 'GET', { authorization: `Bearer ${token}`, host: 'evil.example' })).status, 421);
  assert.ok(
    lines.some((l) => /request refused/.test(l)),
    'refusals are logged',
  );
  assert.ok(!lines.join('\n').includes(token.slice(4)), 'the token never reaches the log');
});

test('refusals are logged once a minute per reason with a count, not once per request', async (t) => {
  const { createLogger } = await import('../../src/log.ts');
  const lines: string[] = [];
  const s = await start({ logger: createLogger({ sink: (l) => lines.push(l) }) });
  t.after(() => s.server.close());
  for (let i = 0; i < 50; i++) await call(`${s.url}/metrics`, 'GET', { host: 'evil.example' });
  assert.equal(lines.filter((l) => /request refused/.test(l)).length, 1);
});

test('admin.token_file: 0600, one line of 16+ printable characters, else an error naming the key and the fix', async () => {
  const { writeFileSync, chmodSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tempDir } = await import('../helpers/tmp.ts');
  const { readAdminToken } = await import('../../src/daemon/admin.ts');
  const dir = tempDir();
  const f = join(dir, 'admin-token');
  writeFileSync(f, 'c0ffee'.repeat(8) + '\n', { mode: 0o600 });
  assert.equal(readAdminToken(f), 'c0ffee'.repeat(8));
  chmodSync(f, 0o640);
  assert.throws(() => readAdminToken(f), /admin\.token_file: .*readable by group or others.*chmod 600/);
  for (const bad of ['short\n', 'with space in it long enough\n', '\n', 'two\nlines-of-token-text\n']) {
    writeFileSync(f, bad, { mode: 0o600 });
    chmodSync(f, 0o600);
    assert.throws(() => readAdminToken(f), /admin\.token_file: .* one line of 16 or more printable characters/, JSON.stringify(bad));
  }
  assert.throws(() => readAdminToken(join(dir, 'missing')), /admin\.token_file: cannot read .*missing \(ENOENT\).*openssl rand -hex 32/);
});
