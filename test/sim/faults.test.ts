import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { describe, it } from 'node:test';
import { faultMatches } from '../../src/sim/http.ts';
import type { Fault } from '../../src/sim/index.ts';
import { fixture } from '../helpers/tmp.ts';
import { sim, signSession, TestClient } from './helpers.ts';
import { fetchOnce } from '../helpers/http.ts';

describe('sim fault injection', async () => {
  const s = await sim({ devices: 20 });
  const c = new TestClient(s);
  await c.login();

  it('matches endpoints exactly, by path, or "*" (never /session)', () => {
    assert.equal(faultMatches('POST /server/devices', 'POST', '/server/devices'), true);
    assert.equal(faultMatches('POST /server/devices', 'POST', '/devices/sync'), false);
    assert.equal(faultMatches('/profile/devices', 'PUT', '/profile/devices'), true);
    assert.equal(faultMatches('*', 'GET', '/account'), true);
    assert.equal(faultMatches('*', 'GET', '/session'), false);
  });

  it('status: 429, 503 with Retry-After, 500, 403 T_C_NOT_SIGNED / ACCESS_DENIED / FORBIDDEN, 400 EXPIRED_CURSOR, then normal', async () => {
    const list: [Fault, number, string][] = [
      [{ endpoint: 'POST /server/devices', kind: 'status', status: 429 }, 429, 'TOO_MANY_REQUESTS'],
      [{ endpoint: 'POST /server/devices', kind: 'status', status: 503, retryAfter: '2' }, 503, 'SERVICE_UNAVAILABLE'],
      [{ endpoint: 'POST /server/devices', kind: 'status', status: 500 }, 500, 'INTERNAL_SERVER_ERROR'],
      [{ endpoint: 'POST /server/devices', kind: 'status', status: 403, body: 'T_C_NOT_SIGNED' }, 403, 'T_C_NOT_SIGNED'],
      [{ endpoint: 'POST /server/devices', kind: 'status', status: 403, body: 'ACCESS_DENIED' }, 403, 'ACCESS_DENIED'],
      [{ endpoint: 'POST /server/devices', kind: 'status', status: 403 }, 403, 'FORBIDDEN'],
      [{ endpoint: 'POST /server/devices', kind: 'status', status: 400, body: 'EXPIRED_CURSOR' }, 400, 'EXPIRED_CURSOR'],
    ];
    for (const [f] of list) s.control.injectFault(f);
    for (const [, status, text] of list) {
      const r = await c.raw('POST', '/server/devices', {});
      assert.deepEqual([r.status, r.text], [status, text]);
      if (status === 503) assert.equal(r.headers.get('retry-after'), '2');
    }
    assert.equal((await c.raw('POST', '/server/devices', {})).status, 200);
  });

  it('status faults on /session (depsim get_session_responses)', async () => {
    s.control.injectFault({ endpoint: 'GET /session', kind: 'status', status: 403, body: 'T_C_NOT_SIGNED' });
    const r = await fetchOnce(s.url + '/session', { headers: { authorization: signSession(s.tokens.sim, s.url + '/session') } });
    assert.deepEqual([r.status, await r.text()], [403, 'T_C_NOT_SIGNED']);
    // "*" never hits /session
    s.control.injectFault({ endpoint: '*', kind: 'status', status: 500 });
    const ok = await fetchOnce(s.url + '/session', { headers: { authorization: signSession(s.tokens.sim, s.url + '/session') } });
    assert.equal(ok.status, 200);
    assert.equal((await c.raw('GET', '/account')).status, 500);
  });

  it('count applies to that many requests; Infinity until cleared', async () => {
    s.control.injectFault({ endpoint: 'GET /account', kind: 'status', status: 503, count: 2 });
    assert.deepEqual(
      [(await c.raw('GET', '/account')).status, (await c.raw('GET', '/account')).status, (await c.raw('GET', '/account')).status],
      [503, 503, 200],
    );
    s.control.injectFault({ endpoint: 'GET /account', kind: 'status', status: 429, count: Infinity });
    for (let i = 0; i < 5; i++) assert.equal((await c.raw('GET', '/account')).status, 429);
    s.control.clearFaults();
    assert.equal((await c.raw('GET', '/account')).status, 200);
  });

  it('reset destroys the socket without an answer', async () => {
    s.control.injectFault({ endpoint: 'GET /account', kind: 'reset' });
    await assert.rejects(c.raw('GET', '/account'));
    assert.equal((await c.raw('GET', '/account')).status, 200);
  });

  it('delay stalls before answering normally', async () => {
    s.control.injectFault({ endpoint: 'GET /account', kind: 'delay', ms: 10_000 });
    // The client gives up once the simulator has taken the fault (not on a timer: on a busy machine a short client
    // timeout could fire before the request was even read, leaving the fault queued for the next test).
    const url = new URL(s.url + '/account');
    const seen = s.control.requestCounts()['GET /account'] ?? 0;
    const timedOut = await new Promise<boolean>((resolve) => {
      const req = request({ host: url.hostname, port: url.port, path: '/account', headers: { 'x-adm-auth-session': c.session } }, (res) => {
        res.resume();
        resolve(false);
      });
      req.on('error', () => resolve(true));
      req.end();
      const poll = setInterval(() => {
        if ((s.control.requestCounts()['GET /account'] ?? 0) > seen) {
          clearInterval(poll);
          req.destroy();
        }
      }, 5);
    });
    assert.equal(timedOut, true);
    s.control.injectFault({ endpoint: 'GET /account', kind: 'delay', ms: 20 });
    assert.equal((await c.raw('GET', '/account')).status, 200);
  });

  it('session_expire invalidates every session: 401, then a new session works', async () => {
    const other = new TestClient(s);
    await other.login();
    s.control.injectFault({ endpoint: 'GET /account', kind: 'session_expire' });
    assert.equal((await c.raw('GET', '/account')).status, 401);
    assert.equal((await other.raw('POST', '/server/devices', {})).status, 401);
    await c.login();
    assert.equal((await c.raw('GET', '/account')).status, 200);
  });

  it('rotate_session answers normally with a new X-ADM-Auth-Session that then works', async () => {
    await c.login();
    const old = c.session;
    s.control.injectFault({ endpoint: 'GET /account', kind: 'rotate_session' });
    const r = await c.raw('GET', '/account');
    assert.equal(r.status, 200);
    const next = r.headers.get('x-adm-auth-session')!;
    assert.notEqual(next, old);
    assert.equal((await c.raw('GET', '/account', undefined, { 'x-adm-auth-session': next })).status, 200);
    // the old one survives a short grace, then expires
    s.control.advanceClock(31_000);
    assert.equal((await c.raw('GET', '/account', undefined, { 'x-adm-auth-session': old })).status, 401);
    c.session = next;
  });

  it('repeat_cursor echoes the request cursor with more_to_follow and no devices', async () => {
    const p1 = await c.call('POST', '/server/devices', { limit: 5 });
    s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'repeat_cursor' });
    const r = await c.call('POST', '/server/devices', { cursor: p1.json.cursor, limit: 5 });
    assert.deepEqual([r.json.cursor, r.json.more_to_follow, r.json.devices], [p1.json.cursor, true, []]);
    const next = await c.call('POST', '/server/devices', { cursor: p1.json.cursor, limit: 5 });
    assert.notEqual(next.json.cursor, p1.json.cursor);
    assert.equal(next.json.devices.length, 5);
  });

  it('truncated_json and invalid_json break the body of a 200', async () => {
    s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'truncated_json' });
    const t = await c.call('POST', '/server/devices', {});
    assert.equal(t.status, 200);
    assert.equal(t.json, undefined);
    assert.ok(t.text.startsWith('{"devices":['));
    s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'invalid_json' });
    const i = await c.call('POST', '/server/devices', {});
    assert.equal(i.status, 200);
    assert.equal(i.headers.get('content-type'), 'application/json;charset=UTF8');
    assert.throws(() => JSON.parse(i.text));
  });

  it("can produce every failure of Apple's depsim config (fixtures/apple-api/depsim-config-failures.json)", async () => {
    const cfg = JSON.parse(readFileSync(fixture('apple-api/depsim-config-failures.json'), 'utf8')) as Record<string, { response: string }[]>;
    const endpointOf: Record<string, string> = {
      get_session_responses: 'GET /session',
      get_account_responses: 'GET /account',
      post_server_devices_responses: 'POST /server/devices',
      post_devices_sync_responses: 'POST /devices/sync',
      post_devices_responses: 'POST /devices',
      post_devices_disown_responses: 'POST /devices/disown',
      post_profile_responses: 'POST /profile',
      put_profile_devices_responses: 'PUT /profile/devices',
      get_profile_responses: 'GET /profile',
      delete_profile_devices_responses: 'DELETE /profile/devices',
    };
    const asFault = (endpoint: string, response: string): Fault | undefined => {
      if (response === 'success') return undefined;
      if (response === 'not_accessible' || response === 'failed') {
        return endpoint.includes('/profile/devices')
          ? { endpoint, kind: 'serial_result', serials: ['X'], result: response.toUpperCase() as 'FAILED' }
          : undefined;
      }
      const table: Record<string, [number, string]> = {
        bad_request: [400, ''],
        forbidden_access_denied: [403, 'ACCESS_DENIED'],
        forbidden_t_c_not_signed: [403, 'T_C_NOT_SIGNED'],
        invalid_method: [405, 'METHOD_NOT_ALLOWED'],
        unauthorized: [401, 'UNAUTHORIZED'],
        too_many_requests: [429, 'TOO_MANY_REQUESTS'],
        forbidden: [403, 'FORBIDDEN'],
        not_found: [404, 'NOT_FOUND'],
        bad_request_profile_not_found: [400, 'NOT_FOUND'],
      };
      const m = /^bad_request_(.+)$/.exec(response);
      const [status, body] = table[response] ?? (m ? [400, m[1].toUpperCase()] : [0, '']);
      assert.ok(status, `no mapping for ${response}`);
      return { endpoint, kind: 'status', status, body };
    };
    let checked = 0;
    for (const [key, entries] of Object.entries(cfg)) {
      const endpoint = endpointOf[key];
      assert.ok(endpoint, `unknown depsim key ${key}`);
      for (const e of entries) {
        const f = asFault(endpoint, e.response);
        if (f?.kind !== 'status') continue;
        s.control.injectFault(f);
        const [method, path] = endpoint.split(' ');
        const r =
          method === 'GET' && path === '/session'
            ? await fetchOnce(s.url + path).then(async (x) => ({ status: x.status, text: await x.text() }))
            : await c.raw(method, path, method === 'GET' ? undefined : {});
        assert.deepEqual([r.status, r.text], [f.status, f.body], `${key} ${e.response}`);
        checked++;
      }
    }
    assert.ok(checked >= 50, `checked ${checked}`);
  });

  it('refuses invalid faults with a specific message', () => {
    assert.throws(() => s.control.injectFault({ endpoint: 'nope', kind: 'reset' }), /endpoint/);
    assert.throws(() => s.control.injectFault({ endpoint: '*', kind: 'explode' } as unknown as Fault), /kind/);
    assert.throws(() => s.control.injectFault({ endpoint: '*', kind: 'status', status: 42 }), /status/);
    assert.throws(() => s.control.injectFault({ endpoint: '*', kind: 'reset', count: 0 }), /count/);
  });

  it('counts requests per "METHOD /path"', async () => {
    s.control.resetCounts();
    await c.login();
    await c.raw('GET', '/account');
    await c.raw('POST', '/server/devices', {});
    await c.raw('POST', '/server/devices', {});
    assert.deepEqual(s.control.requestCounts(), { 'GET /session': 1, 'GET /account': 1, 'POST /server/devices': 2 });
  });
});
