import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, chooseProfile, type DeviceState, type PolicyContext } from '../../src/assign/policy.ts';
import type { AssignmentRow } from '../../src/store/assignments.ts';
import { nextAssignment } from '../../src/assign/next.ts';
import { failedDelaySeconds } from '../../src/assign/answer.ts';

const U = 'AAAABBBBCCCCDDDDEEEEFFFF00001111';
const V = '99998888777766665555444433332222';
const ctx: PolicyContext = {
  rules: [
    { name: 'lab-hold', action: 'hold', match: { serials: new Set(['HOLD1']) } },
    { name: 'kiosk-ipads', action: 'assign', profile: 'kiosk', match: { device_family: ['iPad'], model: ['iPad mini*'] } },
    { name: 'no-tv', action: 'exclude', match: { device_family: ['AppleTV'] } },
    { name: 'school-macs', action: 'assign', profile: 'macs', match: { token: ['school'], os: ['OSX'] } },
  ],
  defaults: { main: 'standard', school: 'standard', bare: undefined },
  uuids: (_t, p) => (({ standard: U, kiosk: V, macs: null }) as Record<string, string | null>)[p] ?? null,
};
const dev = (o: Partial<DeviceState>): DeviceState => ({
  token: 'main',
  serial_number: 'S1',
  device_family: 'iPhone',
  os: 'iOS',
  model: 'iPhone 14',
  profile_status: 'empty',
  profile_uuid: null,
  deleted: false,
  ...o,
});

test('first matching rule wins, else the token default', () => {
  const table: [Partial<DeviceState>, string, string | undefined][] = [
    [{ serial_number: 'HOLD1', device_family: 'iPad', model: 'iPad mini 4' }, 'hold', undefined],
    [{ device_family: 'iPad', model: 'iPad mini 4' }, 'assign', 'kiosk'],
    [{ device_family: 'iPad', model: 'iPad Pro' }, 'assign', 'standard'],
    [{ device_family: 'AppleTV', os: 'tvOS', model: 'Apple TV 4K' }, 'exclude', undefined],
    [{ token: 'school', device_family: 'Mac', os: 'OSX', model: 'MacBook Air' }, 'assign', 'macs'],
    [{ token: 'main', device_family: 'Mac', os: 'OSX', model: 'MacBook Air' }, 'assign', 'standard'],
    [{ token: 'bare' }, 'none', undefined],
  ];
  for (const [d, action, profile] of table) {
    const c = chooseProfile(dev(d), ctx);
    assert.equal(c.action, action, JSON.stringify(d));
    assert.equal(c.profile, profile, JSON.stringify(d));
  }
});

test('state decides, not the event: empty, removed, moved and stale devices are assigned; matching ones are not', () => {
  const table: [Partial<DeviceState>, string, RegExp?][] = [
    [{ profile_status: 'empty' }, 'pending', /no profile/],
    [{ profile_status: '' }, 'pending', /no profile/],
    [{ profile_status: 'removed', profile_uuid: U }, 'pending', /removed/], // re-assigned to the same server (fleet#39871)
    [{ profile_status: 'assigned', profile_uuid: 'OTHERMDM0000000000000000000000AA' }, 'pending', /another profile/], // moved from another MDM
    [{ profile_status: 'pushed', profile_uuid: 'OLD00000000000000000000000000000' }, 'pending', /another profile/], // redefined since
    [{ profile_status: 'assigned', profile_uuid: U }, 'assigned'],
    [{ profile_status: 'pushed', profile_uuid: U }, 'assigned'],
    [{ token: 'school', os: 'OSX', device_family: 'Mac' }, 'pending', /not yet defined/],
    [{ deleted: true }, 'gone'],
    [{ token: 'bare' }, 'unmanaged'],
  ];
  for (const [d, state, reason] of table) {
    const v = evaluate(dev(d), ctx);
    assert.equal(v.state, state, JSON.stringify(d));
    if (reason) assert.match(v.reason, reason);
  }
});

const row = (o: Partial<AssignmentRow>): AssignmentRow => ({
  device_id: 1,
  token: 'main',
  serial_number: 'S1',
  profile_name: 'standard',
  profile_uuid: U,
  state: 'pending',
  reason: null,
  attempts: 0,
  last_attempt_at: null,
  last_result: null,
  not_before: null,
  updated_at: '2026-01-01T00:00:00Z',
  ...o,
});

test('backoff survives re-evaluation; NOT_ACCESSIBLE stays flagged until Apple re-adds the device', () => {
  const v = evaluate(dev({}), ctx);
  const failed = row({ state: 'failed', attempts: 3, not_before: '2026-01-02T00:00:00Z' });
  assert.deepEqual(
    [nextAssignment(failed, v, 1, 'main', 'S1', 'now', false).state, nextAssignment(failed, v, 1, 'main', 'S1', 'now', false).not_before],
    ['failed', '2026-01-02T00:00:00Z'],
  );
  assert.equal(nextAssignment(row({ state: 'throttled', not_before: 'x' }), v, 1, 'main', 'S1', 'now', false).state, 'throttled');
  assert.equal(nextAssignment(row({ state: 'not_accessible' }), v, 1, 'main', 'S1', 'now', false).state, 'not_accessible');
  assert.equal(nextAssignment(row({ state: 'not_accessible' }), v, 1, 'main', 'S1', 'now', true).state, 'pending');
  // a new target profile starts over
  const moved = nextAssignment(row({ state: 'failed', attempts: 5, profile_uuid: V }), v, 1, 'main', 'S1', 'now', false);
  assert.deepEqual([moved.state, moved.attempts, moved.not_before], ['pending', 0, null]);
  assert.equal(nextAssignment(failed, evaluate(dev({ profile_status: 'assigned', profile_uuid: U }), ctx), 1, 'main', 'S1', 'now', false).state, 'assigned');
});

test('FAILED backoff grows to a cap of a day, with jitter', () => {
  const b = { failedSeconds: 900, failedMaxSeconds: 86400, throttledDefaultSeconds: 300 };
  const mid = () => 0.5;
  assert.deepEqual(
    [1, 2, 3, 4, 10, 30].map((a) => failedDelaySeconds(a, b, mid)),
    [900, 1800, 3600, 7200, 86400, 86400],
  );
  assert.equal(
    failedDelaySeconds(1, b, () => 0),
    720,
  );
  assert.equal(
    failedDelaySeconds(1, b, () => 0.999999),
    1080,
  );
});
