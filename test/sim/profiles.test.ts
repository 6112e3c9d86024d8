import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateProfile } from '../../src/sim/profiles.ts';
import { fixture } from '../helpers/tmp.ts';
import { sim, TestClient } from './helpers.ts';

const base = { profile_name: 'Supervised', url: 'https://mdm.example.com/enroll', is_supervised: true, is_mdm_removable: false };

describe('sim profile validation (A.10)', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['name missing', { url: base.url }, 'CONFIG_NAME_REQUIRED'],
    ['name empty', { ...base, profile_name: '' }, 'CONFIG_NAME_INVALID'],
    ['name too long', { ...base, profile_name: 'x'.repeat(126) }, 'CONFIG_NAME_INVALID'],
    ['url missing', { profile_name: 'p' }, 'CONFIG_URL_REQUIRED'],
    ['url not a URL', { ...base, url: 'not a url' }, 'CONFIG_URL_INVALID'],
    ['url ftp', { ...base, url: 'ftp://x.example.com/' }, 'CONFIG_URL_INVALID'],
    ['web url bad', { ...base, configuration_web_url: 'nope' }, 'CONFIG_URL_INVALID'],
    ['department empty', { ...base, department: '' }, 'DEPARTMENT_INVALID'],
    ['department long', { ...base, department: 'd'.repeat(126) }, 'DEPARTMENT_INVALID'],
    ['non-removable unsupervised', { ...base, is_supervised: false }, 'FLAGS_INVALID'],
    ['non-removable without is_supervised', { profile_name: 'p', url: base.url, is_mdm_removable: false }, 'FLAGS_INVALID'],
    ['flag not boolean', { ...base, is_mandatory: 'yes' }, 'FLAGS_INVALID'],
    ['language', { ...base, language: 'english' }, 'LOCALE_INVALID'],
    ['region', { ...base, region: 'us' }, 'LOCALE_INVALID'],
    ['magic empty', { ...base, org_magic: '' }, 'MAGIC_INVALID'],
    ['phone long', { ...base, support_phone_number: '1'.repeat(51) }, 'SUPPORT_PHONE_INVALID'],
    ['email empty', { ...base, support_email_address: '' }, 'SUPPORT_EMAIL_INVALID'],
    ['email long', { ...base, support_email_address: 'e'.repeat(251) }, 'SUPPORT_EMAIL_INVALID'],
    ['devices not strings', { ...base, devices: [1] }, 'MALFORMED_REQUEST_BODY'],
  ];
  for (const [name, body, code] of cases) {
    it(`${name} → ${code}`, () => assert.deepEqual(validateProfile(body), { ok: false, code }));
  }
  it('accepts the real GET /profile fixture shape (minus profile_uuid) and a full profile', () => {
    const real = JSON.parse(readFileSync(fixture('apple-api/fetch_profile_response.json'), 'utf8'));
    delete real.profile_uuid;
    assert.equal(validateProfile(real).ok, true);
    assert.equal(
      validateProfile({ ...base, language: 'en', region: 'US', skip_setup_items: ['AppleID'], support_email_address: 'it@example.com', org_magic: 'm' }).ok,
      true,
    );
  });
});

describe('sim profiles over HTTP', async () => {
  const s = await sim({ devices: 5, seed: 11 });
  const c = new TestClient(s);
  const { serials, cursor } = await c.fetchAll();

  it('defines immutable profiles with 32 upper-hex UUIDs, assigns `devices` at once, and returns them from GET', async () => {
    const bad = await c.call('POST', '/profile', { url: base.url });
    assert.deepEqual([bad.status, bad.text], [400, 'CONFIG_NAME_REQUIRED']);
    const r = await c.call('POST', '/profile', { ...base, devices: [serials[0], 'NOTMINE00001'] });
    assert.equal(r.status, 200);
    assert.match(r.json.profile_uuid, /^[0-9A-F]{32}$/);
    assert.deepEqual(r.json.devices, { [serials[0]]: 'SUCCESS', NOTMINE00001: 'NOT_ACCESSIBLE' });
    const again = await c.call('POST', '/profile', base);
    assert.notEqual(again.json.profile_uuid, r.json.profile_uuid);
    const got = await c.call('GET', `/profile?profile_uuid=${r.json.profile_uuid}`);
    assert.deepEqual(got.json, { ...base, profile_uuid: r.json.profile_uuid });
    assert.equal((await c.call('GET', '/profile?profile_uuid=00000000000000000000000000000000')).text, 'NOT_FOUND');
    assert.equal((await c.call('GET', '/profile')).text, 'PROFILE_UUID_REQUIRED');
    assert.equal(s.control.profiles('sim').length, 2);
  });

  it('assigns per serial (POST and PUT), emits modified events, and removes keeping the UUID', async () => {
    const p = (await c.call('POST', '/profile', base)).json.profile_uuid;
    const since = (await c.syncAll(cursor)).cursor;
    const a = await c.call('POST', '/profile/devices', { profile_uuid: p, devices: [serials[1], 'NOTMINE00001'] });
    assert.deepEqual(a.json, { profile_uuid: p, devices: { [serials[1]]: 'SUCCESS', NOTMINE00001: 'NOT_ACCESSIBLE' } });
    const put = await c.call('PUT', '/profile/devices', { profile_uuid: p, devices: [serials[2]] });
    assert.equal(put.json.devices[serials[2]], 'SUCCESS');
    const det = (await c.call('POST', '/devices', { devices: [serials[1]] })).json.devices[serials[1]];
    assert.equal(det.profile_status, 'assigned');
    assert.equal(det.profile_uuid, p);
    assert.match(det.profile_assign_time, /Z$/);
    const rm = await c.call('DELETE', '/profile/devices', { devices: [serials[1], 'NOTMINE00001'] });
    assert.deepEqual(rm.json.devices, { [serials[1]]: 'SUCCESS', NOTMINE00001: 'NOT_ACCESSIBLE' });
    const ev = (await c.syncAll(since)).events;
    assert.deepEqual(
      ev.map((e) => [e.op_type, e.serial_number, e.profile_status]),
      [
        ['modified', serials[1], 'assigned'],
        ['modified', serials[2], 'assigned'],
        ['modified', serials[1], 'removed'],
      ],
    );
    assert.equal(ev[2].profile_uuid, p);
    // activation: pushed + profile_push_time
    s.control.activateDevice('sim', serials[2]);
    const pushed = (await c.call('POST', '/devices', { devices: [serials[2]] })).json.devices[serials[2]];
    assert.equal(pushed.profile_status, 'pushed');
    assert.match(pushed.profile_push_time, /Z$/);
    assert.throws(() => s.control.activateDevice('sim', serials[4]), /no assigned profile/);
  });

  it('answers assign errors like Apple', async () => {
    const p = (await c.call('POST', '/profile', base)).json.profile_uuid;
    assert.equal((await c.call('POST', '/profile/devices', { devices: [serials[0]] })).text, 'PROFILE_UUID_REQUIRED');
    assert.equal((await c.call('POST', '/profile/devices', { profile_uuid: p, devices: [] })).text, 'DEVICE_ID_REQUIRED');
    assert.equal((await c.call('POST', '/profile/devices', { profile_uuid: p })).text, 'DEVICE_ID_REQUIRED');
    const tooMany = await c.call('POST', '/profile/devices', { profile_uuid: p, devices: Array.from({ length: 1001 }, (_, i) => `S${i}`) });
    assert.deepEqual([tooMany.status, tooMany.text], [400, 'MALFORMED_REQUEST_BODY']);
    const unknown = await c.call('POST', '/profile/devices', { profile_uuid: 'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF', devices: [serials[0]] });
    assert.equal(unknown.status, 404);
    assert.equal((await c.call('DELETE', '/profile/devices', {})).text, 'DEVICE_ID_REQUIRED');
  });

  it('applies serial_result faults: FAILED, THROTTLED + retry_after_seconds (v10), THROTTLED → FAILED below v9', async () => {
    const p = (await c.call('POST', '/profile', base)).json.profile_uuid;
    s.control.injectFault({
      endpoint: 'POST /profile/devices',
      kind: 'serial_result',
      serials: [serials[3]],
      result: 'THROTTLED',
      retryAfterSeconds: 120,
      count: 2,
    });
    const t = await c.call('POST', '/profile/devices', { profile_uuid: p, devices: [serials[3], serials[4]] });
    assert.deepEqual(t.json, { profile_uuid: p, devices: { [serials[3]]: 'THROTTLED', [serials[4]]: 'SUCCESS' }, retry_after_seconds: 120 });
    c.protocol = '8';
    const f = await c.call('POST', '/profile/devices', { profile_uuid: p, devices: [serials[3]] });
    assert.deepEqual(f.json, { profile_uuid: p, devices: { [serials[3]]: 'FAILED' } });
    c.protocol = '10';
    const ok = await c.call('POST', '/profile/devices', { profile_uuid: p, devices: [serials[3]] });
    assert.deepEqual(ok.json.devices, { [serials[3]]: 'SUCCESS' });
    s.control.injectFault({ endpoint: 'POST /profile/devices', kind: 'serial_result', serials: [serials[0]], result: 'NOT_ACCESSIBLE' });
    assert.equal((await c.call('POST', '/profile/devices', { profile_uuid: p, devices: [serials[0]] })).json.devices[serials[0]], 'NOT_ACCESSIBLE');
  });
});
