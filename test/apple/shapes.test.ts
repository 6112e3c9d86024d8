import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ResponseFormatError } from '../../src/apple/errors.ts';
import { parseResponse } from '../../src/apple/shapes.ts';
import type { AccountDetail, DeviceListResponse, FetchDeviceResponse, Profile } from '../../src/apple/types.ts';
import { fixture } from '../helpers/tmp.ts';

// Real captures (micromdm dep/testdata, via /work/shared/fixtures): readFileSync throws if the folder is missing.
const real = (name: string) => readFileSync(fixture(`apple-api/${name}`), 'utf8');

test('real GET /account answer parses to AccountDetail', () => {
  const a: AccountDetail = parseResponse('account', real('account_response.json'));
  assert.equal(a.server_name, 'dev');
  assert.equal(a.server_uuid, '6666ED66666666666666666666666666');
  assert.equal(a.org_name, 'Acme, Inc');
  assert.equal(a.admin_id, 'apple-dep@acme.co');
  assert.equal(a.org_type, 'org');
  assert.equal(a.org_version, 'v2');
  const fetch = a.urls?.find((u) => u.uri === '/server/devices');
  assert.deepEqual(fetch?.limit, { default: 1000, maximum: 5000 });
  assert.deepEqual(a.urls?.find((u) => u.uri === '/profile/devices')?.http_method, ['DELETE', 'POST', 'PUT']);
  assert.equal(a.urls?.length, 18);
});

test('real fetch page parses to FetchDeviceResponse', () => {
  const r: FetchDeviceResponse = parseResponse('fetch', real('device_response.json'));
  assert.equal(r.more_to_follow, false);
  assert.equal(r.cursor, 'MDowOjE1MzY0Mjc2OTg5MTQ6MTUzNjQyNzY5ODkxNDp0cnVlOjE1MzY0Mjc2OTg5MTQ');
  assert.equal(r.fetched_until, '2018-09-08T17:28:18Z');
  assert.equal(r.devices.length, 1);
  const d = r.devices[0];
  assert.equal(d.serial_number, 'C02T0HL0GGC0');
  assert.equal(d.model, 'MacBook Pro');
  assert.equal(d.os, 'OSX');
  assert.equal(d.device_family, 'Mac');
  assert.equal(d.profile_status, 'assigned');
  assert.equal(d.profile_uuid, 'C1F123098EB5074580041E69883004C3');
  assert.equal(d.op_type, undefined, 'fetch records carry no op_type');
});

test('real empty sync answer parses with devices = []', () => {
  const r: FetchDeviceResponse = parseResponse('fetch', real('empty_sync_response.json'));
  assert.deepEqual(r.devices, []);
  assert.equal(r.more_to_follow, false);
  assert.equal(r.cursor, 'MDowOjE1MzY0Mjg0ODkzMDc6MTUzNjQyODQ4OTMwNzp0cnVlOjE1MzY0Mjg0ODkzMDc');
});

test('real POST /devices answer parses to DeviceListResponse', () => {
  const r: DeviceListResponse = parseResponse('details', real('device_details_response.json'));
  const d = r.devices.C02T0HL0GGC0;
  assert.equal(d.serial_number, 'C02T0HL0GGC0');
  assert.equal(d.response_status, 'SUCCESS');
  assert.equal(d.profile_assign_time, '2018-09-08T16:49:09Z');
  assert.equal(d.device_assigned_by, 'apple-dep@acme.co');
});

test('real GET /profile answer parses to Profile', () => {
  const p: Profile = parseResponse('profile', real('fetch_profile_response.json'));
  assert.equal(p.profile_name, 'default');
  assert.equal(p.url, 'https://mdm.acme.co/mdm/enroll');
  assert.equal(p.profile_uuid, 'C1F123098EB5074580041E69883004C3');
  assert.equal(p.await_device_configured, true);
  assert.equal(p.is_mdm_removable, true);
  assert.deepEqual(p.skip_setup_items, ['AppleID', 'Android']);
  assert.equal(p.devices, undefined);
});

test('details: a bare NOT_ACCESSIBLE record gets its serial from the map key', () => {
  const r = parseResponse('details', '{"devices":{"X1":{"response_status":"NOT_ACCESSIBLE"}}}');
  assert.deepEqual(r.devices.X1, { response_status: 'NOT_ACCESSIBLE', serial_number: 'X1' });
});

test('unknown keys are kept, not rejected', () => {
  const r = parseResponse('fetch', '{"devices":[{"serial_number":"A","future_key":1}],"cursor":"c","fetched_until":"t","more_to_follow":false,"new":true}');
  assert.equal(r.devices[0].future_key, 1);
  assert.equal((r as unknown as Record<string, unknown>).new, true);
});

const BAD: Array<[Parameters<typeof parseResponse>[0], string, RegExp]> = [
  ['fetch', '{"devices":[],"fetched_until":"t","more_to_follow":false}', /cursor/],
  ['fetch', '{"cursor":"c","fetched_until":"t","more_to_follow":false}', /devices/],
  ['fetch', '{"devices":{},"cursor":"c","fetched_until":"t","more_to_follow":false}', /devices/],
  ['fetch', '{"devices":[{"model":"x"}],"cursor":"c","fetched_until":"t","more_to_follow":false}', /devices\.0\.serial_number/],
  ['fetch', '{"devices":[],"cursor":"c","fetched_until":"t","more_to_follow":"no"}', /more_to_follow/],
  ['fetch', '{"devices":[],"cursor":"c","fetched_u', /not JSON/],
  ['fetch', 'null', /\(body\)/],
  ['fetch', '[]', /\(body\)/],
  ['session', '{}', /auth_session_token/],
  ['session', '{"auth_session_token":""}', /auth_session_token/],
  ['account', '{"server_name":"x"}', /server_uuid/],
  ['status', '{"devices":{"A":1}}', /devices\.A/],
  ['assign', '{"devices":{"A":"SUCCESS"}}', /profile_uuid/],
  ['profile', '<html>', /not JSON/],
  ['beta', '{"betaEnrollmentTokens":null}', /betaEnrollmentTokens/],
];
for (const [kind, body, re] of BAD) {
  test(`${kind}: ${body.slice(0, 60)} → ResponseFormatError`, () => {
    assert.throws(
      () => parseResponse(kind, body, `X ${kind}`),
      (e: unknown) => {
        assert.ok(e instanceof ResponseFormatError);
        assert.match(e.message, re);
        assert.equal(e.endpoint, `X ${kind}`);
        return true;
      },
    );
  });
}
