import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import parse from 'parse-prometheus-text-format';
import { createAdminServer, isLoopback, parseListen, AdminListenError, type AdminServerOptions } from '../../src/daemon/admin.ts';
import { createMetrics } from '../../src/daemon/metrics.ts';
import { parseConfig } from '../../src/config/load.ts';

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }
function call(url: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
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
  const s = await start({ health: () => { throw new Error('SQLITE_CORRUPT'); } });
  t.after(() => s.server.close());
  const r = await call(`${s.url}/healthz`);
  assert.equal(r.status, 503);
  assert.match(r.body, /SQLITE_CORRUPT/);
});

test('readyz is 200 only when ready', async (t) => {
  const s = await start();
  t.after(() => s.server.close());
  assert.equal((await call(`${s.url}/readyz`)).status, 503);
  s.state.ready = true;
  assert.equal((await call(`${s.url}/readyz`)).status, 200);
  assert.equal((await call(`${s.url}/readyz`, 'HEAD')).status, 200);
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
  assert.deepEqual(s.state.calls, [['main', true], [undefined, false]]);

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
    assert.throws(() => createAdminServer({ ...base, listen }), (e: Error) => e instanceof AdminListenError && /not a loopback address.*allow_non_loopback: true/.test(e.message), listen);
  }
  // Allowed explicitly: created (not bound here: tests stay on loopback).
  assert.doesNotThrow(() => createAdminServer({ ...base, listen: '0.0.0.0:9641', allowNonLoopback: true }));
  assert.throws(() => createAdminServer({ ...base, listen: 'nonsense' }), /expected HOST:PORT/);
});

test('the config carries admin.allow_non_loopback, default false', () => {
  assert.equal(parseConfig('{}').admin.allow_non_loopback, false);
  assert.equal(parseConfig('admin:\n  listen: 0.0.0.0:9641\n  allow_non_loopback: true\n').admin.allow_non_loopback, true);
});

test('a port in use is a clear error', async (t) => {
  const s = await start();
  t.after(() => s.server.close());
  const port = new URL(s.url).port;
  const other = createAdminServer({ listen: `127.0.0.1:${port}`, metrics: s.metrics, health: () => ({ ok: true }), ready: () => true, syncNow: async () => ({ accepted: [] }) });
  await assert.rejects(other.listen(), /address already in use/);
});

test('loopback detection', () => {
  for (const h of ['127.0.0.1', '127.1.2.3', '::1', 'localhost', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1']) assert.ok(isLoopback(h), h);
  for (const h of ['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', 'example.com', '::2']) assert.ok(!isLoopback(h), h);
  assert.deepEqual(parseListen('[::1]:9641'), { host: '::1', port: 9641 });
  assert.deepEqual(parseListen('localhost:1'), { host: 'localhost', port: 1 });
});
