import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spawn } from 'node:child_process';
import { isLoopback } from '../../src/net.ts';
import { parseListen, perServerPath } from '../../src/cli/sim.ts';
import { sim, TestClient } from './helpers.ts';
import { fetchOnce } from '../helpers/http.ts';

async function ctl(url: string, method: string, path: string, body?: unknown) {
  const r = await fetchOnce(url + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, json: (await r.json()) as any };
}

describe('sim control HTTP API', async () => {
  const s = await sim({
    servers: [
      { name: 'a', devices: 4, seed: 2 },
      { name: 'b', devices: 1, seed: 3 },
    ],
  });

  it('accepts loopback peers only (pure check)', () => {
    for (const a of ['127.0.0.1', '127.9.8.7', '::1', '::ffff:127.0.0.1']) assert.equal(isLoopback(a), true, a);
    for (const a of [undefined, '', '10.0.0.1', '192.168.1.5', '::ffff:10.0.0.1', 'fe80::1', '128.0.0.1']) assert.equal(isLoopback(a), false, String(a));
  });

  it('lists servers, adds devices by count and by record, and reads them back', async () => {
    const sv = await ctl(s.url, 'GET', '/_control/servers');
    assert.deepEqual(
      sv.json.servers.map((x: { name: string; devices: number }) => [x.name, x.devices]),
      [
        ['a', 4],
        ['b', 1],
      ],
    );
    const add = await ctl(s.url, 'POST', '/_control/devices', { server: 'a', count: 3 });
    assert.equal(add.json.count, 3);
    const custom = await ctl(s.url, 'POST', '/_control/devices', {
      server: 'a',
      devices: [{ serial_number: 'CUSTOM000001', model: 'iPhone 15', asset_tag: 'X' }],
    });
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
    assert.deepEqual(
      ev.map((e) => [e.op_type, e.serial_number]),
      [
        ['modified', serials[0]],
        ['deleted', serials[1]],
        ['deleted', serials[2]],
        ['modified', serials[3]],
        ['modified', serials[3]],
      ],
    );
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
    const add = await ctl(s.url, 'POST', '/_control/faults', [
      { endpoint: 'GET /account', kind: 'status', status: 503, count: 'Infinity' },
      { endpoint: '*', kind: 'delay', ms: 1 },
    ]);
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
    assert.equal(isLoopback('localhost'), true);
    assert.equal(isLoopback('0.0.0.0'), false);
  });
  it('names per-server token files', () => {
    assert.equal(perServerPath('/x/t.json', 'a', false), '/x/t.json');
    assert.equal(perServerPath('/x/t.json', 'a', true), '/x/t.a.json');
    assert.equal(perServerPath('/x/{server}.json', 'b', true), '/x/b.json');
  });
});

describe('sim control: a refused request changes nothing', async () => {
  const s = await sim({ servers: [{ name: 'a', devices: 2, seed: 5 }] });

  it('a clock jump out of range is 400 and the clock and sessions are untouched', async () => {
    const c = new TestClient(s, 'a');
    assert.equal((await c.call('GET', '/account')).status, 200);
    const before = (await ctl(s.url, 'GET', '/_control/clock')).json.now_ms;
    for (const advance_ms of [1e308, -1e308, 8.64e15, -Date.now() - 86_400_000, Number.MAX_VALUE]) {
      const r = await ctl(s.url, 'POST', '/_control/clock', { advance_ms });
      assert.equal(r.status, 400, `advance_ms ${advance_ms}: ${JSON.stringify(r.json)}`);
      assert.match(r.json.error, /outside 1970-01-01…9999-12-31/);
    }
    for (const advance_ms of ['1', null, [1], { x: 1 }])
      assert.equal((await ctl(s.url, 'POST', '/_control/clock', { advance_ms })).status, 400, JSON.stringify(advance_ms));
    const now = (await ctl(s.url, 'GET', '/_control/clock')).json.now_ms;
    assert.ok(now >= before && now - before < 60_000, `clock moved from ${before} to ${now}`);
    // the session made before the refused jumps still answers (it expired on the 1e308 clock before the fix)
    assert.equal((await c.call('GET', '/account')).status, 200);
    assert.equal((await c.call('POST', '/server/devices', { limit: 10 })).status, 200);
  });

  it('devices with one bad serial among good ones: 400 and none added', async () => {
    const count = async () => (await ctl(s.url, 'GET', '/_control/devices?server=a')).json.devices.length;
    const n = await count();
    for (const bad of ['bad!', 'SHORT', 12345678, 'X'.repeat(21)]) {
      const r = await ctl(s.url, 'POST', '/_control/devices', { server: 'a', devices: [{ serial_number: 'GOODSERIAL01' }, { serial_number: bad }] });
      assert.equal(r.status, 400, JSON.stringify(bad));
      assert.match(r.json.error, /invalid serial_number/);
      assert.equal(await count(), n, `${JSON.stringify(bad)}: a device was added by a refused request`);
    }
    // the good serial is still free
    assert.equal((await ctl(s.url, 'POST', '/_control/devices', { server: 'a', devices: [{ serial_number: 'GOODSERIAL01' }] })).status, 200);
  });

  it('faults: one bad fault in a list injects none of them', async () => {
    await ctl(s.url, 'DELETE', '/_control/faults');
    const r = await ctl(s.url, 'POST', '/_control/faults', [
      { endpoint: 'GET /account', kind: 'status', status: 503 },
      { endpoint: '*', kind: 'delay', ms: 1e9 },
    ]);
    assert.equal(r.status, 400);
    assert.deepEqual((await ctl(s.url, 'GET', '/_control/faults')).json.faults, []);
  });

  it('modify with a bad serial_number change: 400 and the device unchanged', async () => {
    const [d] = (await ctl(s.url, 'GET', '/_control/devices?server=a')).json.devices;
    const r = await ctl(s.url, 'POST', '/_control/modify', { server: 'a', serial: d.serial_number, changes: { color: 'RED', serial_number: 'no!' } });
    assert.equal(r.status, 400);
    const again = (await ctl(s.url, 'GET', '/_control/devices?server=a')).json.devices.find(
      (x: { serial_number: string }) => x.serial_number === d.serial_number,
    );
    assert.equal(again.color, d.color);
  });
});

describe('adesync sim (CLI): SIGTERM while an injected stall is pending', () => {
  it('exits 0 promptly instead of waiting out the stall', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'sim', '--listen', '127.0.0.1:0', '--devices', '1'], {
      cwd: new URL('../..', import.meta.url).pathname,
    });
    let out = '',
      errText = '';
    child.stderr.on('data', (d) => {
      errText += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          out += d;
          if (out.includes('\n')) resolve(out.split('\n')[0]);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${errText}`)));
      });
      const url = /listening on (http:\/\/\S+)/.exec(line)![1];
      const STALL_MS = 300_000;
      assert.equal((await ctl(url, 'POST', '/_control/faults', { endpoint: '*', kind: 'delay', ms: STALL_MS })).status, 200);
      const stalled = fetchOnce(url + '/account').then(
        (r) => r.status,
        (e: Error) => e.message,
      );
      // wait until the stalled request has arrived (counted before its fault applies)
      for (let i = 0; ; i++) {
        if ((await ctl(url, 'GET', '/_control/counts')).json['GET /account'] === 1) break;
        assert.ok(i < 1500, 'the stalled request never reached the sim');
        await new Promise((r) => setTimeout(r, 20));
      }
      const t0 = Date.now();
      child.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running 60 s after SIGTERM'), 60_000).unref())]);
      assert.equal(code, 0, `${code}; stderr: ${errText}`);
      assert.ok(Date.now() - t0 < STALL_MS / 5, `took ${Date.now() - t0} ms`);
      assert.notEqual(await stalled, 200, 'the stalled request was not answered as if nothing happened');
    } finally {
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    }
  });
});
