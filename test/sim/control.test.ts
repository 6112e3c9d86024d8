import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLoopback } from '../../src/sim/control.ts';
import { isLoopbackHost, parseListen, perServerPath } from '../../src/cli/sim.ts';
import { sim, TestClient } from './helpers.ts';
import { fetchOnce } from '../helpers/http.ts';

async function ctl(url: string, method: string, path: string, body?: unknown) {
  const r = await fetchOnce(url + path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: r.status, json: await r.json() as any };
}

describe('sim control HTTP API', async () => {
  const s = await sim({ servers: [{ name: 'a', devices: 4, seed: 2 }, { name: 'b', devices: 1, seed: 3 }] });

  it('accepts loopback peers only (pure check)', () => {
    for (const a of ['127.0.0.1', '127.9.8.7', '::1', '::ffff:127.0.0.1']) assert.equal(isLoopback(a), true, a);
    for (const a of [undefined, '', '10.0.0.1', '192.168.1.5', '::ffff:10.0.0.1', 'fe80::1', '128.0.0.1']) assert.equal(isLoopback(a), false, String(a));
  });

  it('lists servers, adds devices by count and by record, and reads them back', async () => {
    const sv = await ctl(s.url, 'GET', '/_control/servers');
    assert.deepEqual(sv.json.servers.map((x: { name: string; devices: number }) => [x.name, x.devices]), [['a', 4], ['b', 1]]);
    const add = await ctl(s.url, 'POST', '/_control/devices', { server: 'a', count: 3 });
    assert.equal(add.json.count, 3);
    const custom = await ctl(s.url, 'POST', '/_control/devices', { server: 'a', devices: [{ serial_number: 'CUSTOM000001', model: 'iPhone 15', asset_tag: 'X' }] });
    assert.deepEqual(custom.json.serials, ['CUSTOM000001']);
    const dup = await ctl(s.url, 'POST', '/_control/devices', { server: 'a', devices: [{ serial_number: 'CUSTOM000001' }] });
    assert.equal(dup.status, 400);
    assert.match(dup.json.error, /already exists/);
    const list = await ctl(s.url, 'GET', '/_control/devices?server=a');
    assert.equal(list.json.devices.length, 8);
    const c = list.json.devices.find((d: { serial_number: string }) => d.serial_number === 'CUSTOM000001');
    assert.equal(c.model, 'iPhone 15');
    assert.equal(c.asset_tag, 'X');
    assert.equal((await ctl(s.url, 'GET', '/_control/devices?server=zzz')).status, 404);
    assert.equal((await ctl(s.url, 'POST', '/_control/devices', { server: 'a' })).status, 400);
  });

  it('modifies, removes, moves and activates, visible to a client sync', async () => {
    const c = new TestClient(s, 'a');
    const { serials, cursor } = await c.fetchAll();
    assert.equal((await ctl(s.url, 'POST', '/_control/modify', { server: 'a', serial: serials[0], changes: { color: 'RED' } })).status, 200);
    assert.equal((await ctl(s.url, 'POST', '/_control/remove', { server: 'a', serial: serials[1] })).status, 200);
    assert.equal((await ctl(s.url, 'POST', '/_control/move', { from: 'a', to: 'b', serial: serials[2] })).status, 200);
    assert.equal((await ctl(s.url, 'POST', '/_control/remove', { server: 'a', serial: serials[1] })).status, 404);
    const prof = await c.call('POST', '/profile', { profile_name: 'p', url: 'https://mdm.example.com/e', devices: [serials[3]] });
    const act = await ctl(s.url, 'POST', '/_control/activate', { server: 'a', serial: serials[3] });
    assert.equal(act.json.profile.profile_uuid, prof.json.profile_uuid);
    const ev = (await c.syncAll(cursor)).events;
    assert.deepEqual(ev.map((e) => [e.op_type, e.serial_number]), [
      ['modified', serials[0]], ['deleted', serials[1]], ['deleted', serials[2]], ['modified', serials[3]], ['modified', serials[3]]]);
    assert.equal(ev[0].color, 'RED');
    assert.equal(ev[4].profile_status, 'pushed');
    const profiles = await ctl(s.url, 'GET', '/_control/profiles?server=a');
    assert.equal(profiles.json.profiles.length, 1);
  });

  it('moves the clock, injects/lists/clears faults, reads/resets counts', async () => {
    const before = (await ctl(s.url, 'GET', '/_control/clock')).json.now_ms;
    const after = (await ctl(s.url, 'POST', '/_control/clock', { advance_ms: 3_600_000 })).json.now_ms;
    assert.ok(after - before >= 3_600_000);
    assert.equal((await ctl(s.url, 'POST', '/_control/clock', {})).status, 400);
    const add = await ctl(s.url, 'POST', '/_control/faults', [{ endpoint: 'GET /account', kind: 'status', status: 503, count: 'Infinity' }, { endpoint: '*', kind: 'delay', ms: 1 }]);
    assert.deepEqual(add.json, { ok: true, pending: 2 });
    assert.equal((await ctl(s.url, 'POST', '/_control/faults', { endpoint: '*', kind: 'nope' })).status, 400);
    const listed = await ctl(s.url, 'GET', '/_control/faults');
    assert.equal(listed.json.faults[0].status, 503);
    const c = new TestClient(s, 'a');
    assert.equal((await c.call('GET', '/account')).status, 503);
    assert.equal((await ctl(s.url, 'DELETE', '/_control/faults')).status, 200);
    assert.equal((await c.call('GET', '/account')).status, 200);
    const counts = await ctl(s.url, 'GET', '/_control/counts');
    assert.ok(counts.json['GET /account'] >= 2);
    assert.equal(counts.json['GET /_control/counts'], undefined);
    await ctl(s.url, 'DELETE', '/_control/counts');
    assert.deepEqual((await ctl(s.url, 'GET', '/_control/counts')).json, {});
    assert.equal((await ctl(s.url, 'GET', '/_control/nothing')).status, 404);
  });
});

describe('adesync sim CLI helpers', () => {
  it('parses --listen and recognises loopback hosts', () => {
    assert.deepEqual(parseListen('127.0.0.1:8080'), { host: '127.0.0.1', port: 8080 });
    assert.deepEqual(parseListen('[::1]:0'), { host: '::1', port: 0 });
    assert.throws(() => parseListen('8080'), /HOST:PORT/);
    assert.throws(() => parseListen('h:70000'), /0–65535/);
    assert.equal(isLoopbackHost('localhost'), true);
    assert.equal(isLoopbackHost('0.0.0.0'), false);
  });
  it('names per-server token files', () => {
    assert.equal(perServerPath('/x/t.json', 'a', false), '/x/t.json');
    assert.equal(perServerPath('/x/t.json', 'a', true), '/x/t.a.json');
    assert.equal(perServerPath('/x/{server}.json', 'b', true), '/x/b.json');
  });
});
