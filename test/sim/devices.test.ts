import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCursor, encodeCursor } from '../../src/sim/cursor.ts';
import { decodeSuffix, encodeSuffix, generateStatic } from '../../src/sim/devices.ts';
import { createSim } from '../../src/sim/index.ts';
import { sim, TestClient } from './helpers.ts';

describe('sim device generation', () => {
  it('is deterministic: the same seed gives the same devices, another seed others', () => {
    const a = createSim({ devices: 50, seed: 42 }).control.devices('sim');
    const b = createSim({ devices: 50, seed: 42 }).control.devices('sim');
    const c = createSim({ devices: 50, seed: 43 }).control.devices('sim');
    assert.deepEqual(a, b);
    assert.notDeepEqual(
      a.map((d) => d.serial_number),
      c.map((d) => d.serial_number),
    );
  });

  it('makes realistic, unique 12-char serials across servers and every family', () => {
    const { control } = createSim({
      servers: [
        { name: 'a', devices: 2000, seed: 5 },
        { name: 'b', devices: 2000, seed: 5 },
      ],
    });
    const all = [...control.devices('a'), ...control.devices('b')];
    const serials = new Set(all.map((d) => d.serial_number));
    assert.equal(serials.size, 4000);
    for (const s of serials) assert.match(s, /^[0-9A-HJ-NP-Z]{12}$/);
    const families = new Set(all.map((d) => d.device_family));
    assert.deepEqual([...families].sort(), ['AppleTV', 'Mac', 'Vision', 'iPad', 'iPhone']);
    const iphone = all.find((d) => d.device_family === 'iPhone')!;
    assert.equal(iphone.os, 'iOS');
    assert.equal(iphone.imei!.length, 2);
    assert.match(iphone.imei![0], /^\d{15}$/);
    assert.match(iphone.eid!, /^\d{32}$/);
    assert.match(iphone.description!, /^IPHONE /);
    assert.match(iphone.wifi_mac_address!, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    const mac = all.find((d) => d.device_family === 'Mac')!;
    assert.equal(mac.os, 'OSX');
    assert.equal(mac.profile_status, 'empty');
    assert.match(mac.device_assigned_date!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('encodes serial suffixes reversibly', () => {
    for (const [o, l] of [
      [0, 0],
      [1, 123456],
      [255, 2 ** 32 - 1],
      [3, 999_999],
    ])
      assert.deepEqual(decodeSuffix(encodeSuffix(o, l)), { ordinal: o, local: l });
    assert.equal(generateStatic(1, 0, 7).serial_number, generateStatic(1, 0, 7).serial_number);
  });

  it('cursors round-trip and reject garbage', () => {
    const c = { pos: 10, kind: 0 as const, startSeq: 3, createdMs: 1700000000000, done: false, serverId: 'ABCDEF01' };
    const s = encodeCursor(c);
    assert.match(s, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeCursor(s), c);
    for (const bad of ['', 'garbage!', Buffer.from('1:2:3').toString('base64url'), 42, 'x'.repeat(1001)]) assert.equal(decodeCursor(bad), undefined);
  });
});

describe('sim fetch and sync', async () => {
  const s = await sim({ devices: 250, seed: 9, maxLimit: 100 });

  it('pages the fetch, clamps limit to the maximum and answers EXHAUSTED_CURSOR to the final cursor', async () => {
    const c = new TestClient(s);
    const first = await c.call('POST', '/server/devices', { limit: 5000 });
    assert.equal(first.status, 200);
    assert.equal(first.json.devices.length, 100);
    assert.equal(first.json.more_to_follow, true);
    assert.match(first.json.fetched_until, /Z$/);
    assert.equal(first.json.devices[0].op_type, undefined);
    const def = await c.call('POST', '/server/devices', {});
    assert.equal(def.json.devices.length, 100);
    const all = await c.fetchAll(100);
    assert.equal(all.pages, 3);
    assert.equal(new Set(all.serials).size, 250);
    const again = await c.call('POST', '/server/devices', { cursor: all.cursor });
    assert.deepEqual([again.status, again.text], [400, 'EXHAUSTED_CURSOR']);
    const empty = await c.call('POST', '/devices/sync', { cursor: all.cursor });
    assert.equal(empty.status, 200);
    assert.deepEqual(empty.json.devices, []);
    assert.equal(empty.json.more_to_follow, false);
  });

  it('syncs added/modified/deleted events with op_type and op_date', async () => {
    const c = new TestClient(s);
    const { cursor, serials } = await c.fetchAll();
    const [added] = s.control.addDevices('sim', [{ asset_tag: 'A-1' }]);
    s.control.modifyDevice('sim', serials[0], { asset_tag: 'T-42' });
    s.control.removeDevice('sim', serials[1]);
    const r = await c.syncAll(cursor);
    assert.deepEqual(
      r.events.map((e) => [e.serial_number, e.op_type]),
      [
        [added.serial_number, 'added'],
        [serials[0], 'modified'],
        [serials[1], 'deleted'],
      ],
    );
    assert.equal(r.events[0].asset_tag, 'A-1');
    assert.equal(r.events[1].asset_tag, 'T-42');
    for (const e of r.events) assert.match(e.op_date, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(r.events[0].op_date, r.events[0].device_assigned_date);
    const none = await c.syncAll(r.cursor);
    assert.deepEqual(none.events, []);
    // the removed device is gone from a fresh fetch, the added one is present
    const after = await c.fetchAll();
    assert.ok(!after.serials.includes(serials[1]));
    assert.ok(after.serials.includes(added.serial_number));
  });

  it('answers CURSOR_REQUIRED, INVALID_CURSOR and EXPIRED_CURSOR', async () => {
    const c = new TestClient(s);
    const req = await c.call('POST', '/devices/sync', {});
    assert.deepEqual([req.status, req.text], [400, 'CURSOR_REQUIRED']);
    const bad = await c.call('POST', '/devices/sync', { cursor: 'not-a-cursor' });
    assert.deepEqual([bad.status, bad.text], [400, 'INVALID_CURSOR']);
    const badFetch = await c.call('POST', '/server/devices', { cursor: 'MTIz' });
    assert.deepEqual([badFetch.status, badFetch.text], [400, 'INVALID_CURSOR']);
    const { cursor } = await c.fetchAll();
    s.control.advanceClock(7 * 86400_000 + 1000);
    const old = await c.call('POST', '/devices/sync', { cursor });
    assert.deepEqual([old.status, old.text], [400, 'EXPIRED_CURSOR']);
  });

  it('refuses a cursor issued by another server', async () => {
    const two = await sim({
      servers: [
        { name: 'a', devices: 3 },
        { name: 'b', devices: 3 },
      ],
    });
    const a = new TestClient(two, 'a'),
      b = new TestClient(two, 'b');
    const { cursor } = await a.fetchAll();
    const r = await b.call('POST', '/devices/sync', { cursor });
    assert.deepEqual([r.status, r.text], [400, 'INVALID_CURSOR']);
  });

  it('loses no change made while a fetch is in progress, even from a superseded fetch', async () => {
    const t = await sim({ devices: 30, seed: 3 });
    const c = new TestClient(t);
    const p1 = await c.call('POST', '/server/devices', { limit: 10 });
    const firstPageSerials: string[] = p1.json.devices.map((d: { serial_number: string }) => d.serial_number);
    // during the fetch: one device already delivered changes, one new arrives, one delivered leaves
    t.control.modifyDevice('sim', firstPageSerials[0], { asset_tag: 'during' });
    const [late] = t.control.addDevices('sim', 1);
    t.control.removeDevice('sim', firstPageSerials[1]);
    // a second fetch starts and supersedes the first; the first's cursor must still work for sync
    await c.fetchAll();
    let cursor = p1.json.cursor;
    const rest: string[] = [];
    for (;;) {
      const r = await c.call('POST', '/server/devices', { cursor, limit: 10 });
      rest.push(...r.json.devices.map((d: { serial_number: string }) => d.serial_number));
      cursor = r.json.cursor;
      if (!r.json.more_to_follow) break;
    }
    assert.ok(rest.includes(late.serial_number), 'a device added during the fetch is delivered by it');
    const sync = await c.syncAll(cursor);
    const ops = sync.events.map((e) => `${e.op_type}:${e.serial_number}`);
    assert.ok(ops.includes(`modified:${firstPageSerials[0]}`));
    assert.ok(ops.includes(`added:${late.serial_number}`));
    assert.ok(ops.includes(`deleted:${firstPageSerials[1]}`));
    // the superseded first cursor syncs the same events
    const fromFirst = await c.syncAll(p1.json.cursor);
    assert.deepEqual(
      fromFirst.events.map((e) => `${e.op_type}:${e.serial_number}`),
      ops,
    );
  });

  it('moves devices between servers (deleted on one, added on the other, profile kept)', async () => {
    const two = await sim({
      servers: [
        { name: 'a', devices: 2 },
        { name: 'b', devices: 0 },
      ],
    });
    const a = new TestClient(two, 'a'),
      b = new TestClient(two, 'b');
    const fa = await a.fetchAll(),
      fb = await b.fetchAll();
    const serial = fa.serials[0];
    const prof = await a.call('POST', '/profile', { profile_name: 'p', url: 'https://mdm.example.com/enroll', devices: [serial] });
    two.control.moveDevice('a', 'b', serial);
    const sa = await a.syncAll(fa.cursor),
      sb = await b.syncAll(fb.cursor);
    assert.deepEqual(
      sa.events.map((e) => e.op_type),
      ['modified', 'deleted'],
    );
    assert.deepEqual(
      sb.events.map((e) => [e.op_type, e.serial_number, e.profile_status, e.profile_uuid]),
      [['added', serial, 'assigned', prof.json.profile_uuid]],
    );
    assert.equal((await a.call('POST', '/devices', { devices: [serial] })).json.devices[serial].response_status, 'NOT_ACCESSIBLE');
    two.control.moveDevice('b', 'a', serial, { clearProfile: true });
    const back = await a.syncAll(sa.cursor);
    assert.equal(back.events[0].profile_status, 'empty');
    assert.equal(back.events[0].profile_uuid, undefined);
  });

  it('gates device fields on the protocol version', async () => {
    const g = await sim({ servers: [{ name: 'g', devices: 0 }] });
    g.control.addDevices('g', 200);
    const c = new TestClient(g);
    const ipadAt = async (v: string) => {
      c.protocol = v;
      const devs = (await c.call('POST', '/server/devices', { limit: 1000 })).json.devices;
      return devs;
    };
    const v1 = await ipadAt('1');
    assert.equal(v1[0].os, undefined);
    assert.equal(v1[0].device_family, undefined);
    const v6 = await ipadAt('6');
    const ipad6 = v6.find((d: { device_family: string }) => d.device_family === 'iPad');
    assert.equal(ipad6.os, 'iOS');
    assert.equal(ipad6.wifi_mac_address, undefined);
    const v10 = await ipadAt('10');
    const ipad10 = v10.find((d: { device_family: string }) => d.device_family === 'iPad');
    assert.equal(ipad10.os, 'iPadOS');
    assert.ok(ipad10.wifi_mac_address);
    // mdm_migration_deadline from v8
    const serial = v10[0].serial_number;
    g.control.modifyDevice('g', serial, { mdm_migration_deadline: '2030-01-01T00:00:00Z' });
    c.protocol = '7';
    assert.equal((await c.call('POST', '/devices', { devices: [serial] })).json.devices[serial].mdm_migration_deadline, undefined);
    c.protocol = '8';
    assert.equal((await c.call('POST', '/devices', { devices: [serial] })).json.devices[serial].mdm_migration_deadline, '2030-01-01T00:00:00Z');
  });

  it('answers details, disown and activation lock per serial', async () => {
    const d = await sim({ devices: 3 });
    const c = new TestClient(d);
    const { serials, cursor } = await c.fetchAll();
    const det = await c.call('POST', '/devices', { devices: [serials[0], 'ZZZZZZZZZZZZ'] });
    assert.equal(det.json.devices[serials[0]].response_status, 'SUCCESS');
    assert.equal(det.json.devices[serials[0]].serial_number, serials[0]);
    assert.deepEqual(det.json.devices.ZZZZZZZZZZZZ, { response_status: 'NOT_ACCESSIBLE' });
    assert.deepEqual([(await c.call('POST', '/devices', { devices: [] })).text], ['DEVICE_ID_REQUIRED']);
    const lock = await c.call('POST', '/device/activationlock', { device: serials[2], escrow_key: 'a'.repeat(64) });
    assert.deepEqual(lock.json, { serial_number: serials[2], response_status: 'SUCCESS' });
    assert.equal((await c.call('POST', '/device/activationlock', { device: serials[2] })).json.response_status, 'DEVICE_ALREADY_LOCKED');
    assert.equal((await c.call('POST', '/device/activationlock', { device: serials[2], escrow_key: 'xyz' })).text, 'MALFORMED_REQUEST_BODY');
    const dis = await c.call('POST', '/devices/disown', { devices: [serials[1], 'ZZZZZZZZZZZZ'] });
    assert.deepEqual(dis.json.devices, { [serials[1]]: 'SUCCESS', ZZZZZZZZZZZZ: 'NOT_ACCESSIBLE' });
    const sync = await c.syncAll(cursor);
    assert.deepEqual(
      sync.events.map((e) => [e.op_type, e.serial_number]),
      [['deleted', serials[1]]],
    );
  });

  it('answers replacement details, beta tokens and account-driven discovery', async () => {
    const d = await sim({ devices: 2 });
    const c = new TestClient(d);
    const { serials } = await c.fetchAll();
    assert.deepEqual([(await c.call('GET', `/device/replacementDetails?device=${serials[0]}`)).status], [404]);
    assert.equal((await c.call('GET', '/device/replacementDetails')).text, 'DEVICE_ID_REQUIRED');
    d.control.modifyDevice('sim', serials[0], { is_replacement_device: true, original_device_serial_number: 'OLDSERIAL001', replacement_date: '2025-01-15' });
    const rep = await c.call('GET', `/device/replacementDetails?device=${serials[0]}`);
    assert.deepEqual(rep.json, { serial_number: serials[0], original_device_serial_number: 'OLDSERIAL001', replacement_date: '2025-01-15' });
    const beta = await c.call('GET', '/os-beta-enrollment/tokens');
    assert.ok(beta.json.betaEnrollmentTokens.length > 0);
    assert.deepEqual(Object.keys(beta.json.betaEnrollmentTokens[0]).sort(), ['os', 'title', 'token']);
    assert.equal((await c.call('GET', '/account-driven-enrollment/profile')).status, 404);
    assert.equal(
      (await c.call('POST', '/account-driven-enrollment/profile', { mdm_service_discovery_url: 'http://x' })).text,
      'MDM_SERVICE_DISCOVERY_URL_NOT_VALID',
    );
    assert.equal((await c.call('POST', '/account-driven-enrollment/profile', { mdm_service_discovery_url: 'https://mdm.example.com/d' })).status, 200);
    assert.equal((await c.call('GET', '/account-driven-enrollment/profile')).json.mdm_service_discovery_url, 'https://mdm.example.com/d');
  });
});
