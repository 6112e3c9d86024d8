import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assignmentEvent,
  cloudEvent,
  deviceEvent,
  endpointWants,
  enrollmentEvent,
  enrollmentEventAllowed,
  newEventId,
  tokenExpiringEvent,
  typeMatches,
  validTypePattern,
  EVENT_TYPES,
  type EndpointFilter,
} from '../../src/events/types.ts';
import { anyWants } from '../../src/events/outbox.ts';

test('type patterns: exact, family.*, *; nothing else matches', () => {
  const cases: [string, string, boolean][] = [
    ['device.added', 'device.added', true],
    ['device.added', 'device.modified', false],
    ['device.*', 'device.moved', true],
    ['device.*', 'profile.assigned', false],
    ['*', 'sync.failed', true],
    ['dev*', 'device.added', false],
    ['device.', 'device.added', false],
  ];
  for (const [p, t, want] of cases) assert.equal(typeMatches(p, t), want, `${p} ~ ${t}`);
  for (const t of EVENT_TYPES) assert.ok(validTypePattern(t), t);
  for (const p of ['device.*', 'token.*', '*']) assert.ok(validTypePattern(p), p);
  for (const p of ['device.deleted', 'foo.*', '', 'device']) assert.ok(!validTypePattern(p), p);
});

test('endpoint filters: by type and token; empty lists mean everything; a token filter drops token-less events', () => {
  const all: EndpointFilter = { name: 'a', types: [], tokens: [] };
  const some: EndpointFilter = { name: 'b', types: ['device.*', 'sync.failed'], tokens: ['main'] };
  const cases: [typeof all, string, string | null, boolean][] = [
    [all, 'device.added', 'x', true],
    [all, 'enrollment.refused', null, true],
    [some, 'device.removed', 'main', true],
    [some, 'device.removed', 'lab', false],
    [some, 'profile.assigned', 'main', false],
    [some, 'sync.failed', 'main', true],
    [some, 'enrollment.served', null, false],
  ];
  for (const [f, type, token, want] of cases) assert.equal(endpointWants(f, type, token), want, `${f.name} ${type} ${token}`);
  // families, as the hooks ask before building any event
  assert.equal(anyWants([some], 'device.', 'main'), true);
  assert.equal(anyWants([some], 'profile.', 'main'), false);
  assert.equal(anyWants([some], 'device.', 'lab'), false);
  assert.equal(anyWants([{ name: 'c', types: ['*'], tokens: [] }], 'profile.', 'lab'), true);
  assert.equal(anyWants([], 'device.', 'main'), false);
});

test("device changes become device.added / moved / modified / removed with Apple's record", () => {
  const at = '2026-12-01T08:00:00.000Z';
  const device = { model: 'iPad', os: 'iPadOS', asset_tag: null, profile_status: 'empty' };
  const cases: [Parameters<typeof deviceEvent>[0], string, (d: Record<string, unknown>) => void][] = [
    [
      { kind: 'added', token: 'main', serial: 'S1', at, device },
      'device.added',
      (d) => assert.deepEqual(d.device, { model: 'iPad', os: 'iPadOS', profile_status: 'empty' }),
    ],
    [
      { kind: 'added', token: 'main', serial: 'S1', at, device, movedFrom: 'lab' },
      'device.moved',
      (d) => {
        assert.equal(d.from_token, 'lab');
        assert.equal(d.to_token, 'main');
      },
    ],
    [
      { kind: 'modified', token: 'main', serial: 'S1', at, device, changes: { before: { os: 'iOS' }, after: { os: 'iPadOS' } } },
      'device.modified',
      (d) => assert.deepEqual(d.changes, { before: { os: 'iOS' }, after: { os: 'iPadOS' } }),
    ],
    [
      { kind: 'deleted', token: 'main', serial: 'S1', at, device: { op_date: '2026-11-30T00:00:00Z' } },
      'device.removed',
      (d) => {
        assert.match(String(d.reason), /deleted by Apple/);
        assert.equal(d.op_date, '2026-11-30T00:00:00Z');
      },
    ],
    [{ kind: 'gone', token: 'main', serial: 'S1', at }, 'device.removed', (d) => assert.match(String(d.reason), /absent from a complete fetch/)],
  ];
  for (const [change, type, check] of cases) {
    const e = deviceEvent(change);
    assert.equal(e.type, type);
    assert.equal(e.subject, 'S1');
    assert.equal(e.token, 'main');
    assert.equal(e.time, at);
    assert.equal(e.data.serial_number, 'S1');
    check(e.data);
  }
});

test('assignment answers: SUCCESS, NOT_ACCESSIBLE, FAILED and a missing answer make events; THROTTLED none', () => {
  const cases: [string, string | null][] = [
    ['SUCCESS', 'profile.assigned'],
    ['NOT_ACCESSIBLE', 'profile.not_accessible'],
    ['FAILED', 'profile.failed'],
    ['MISSING', 'profile.failed'],
    ['THROTTLED', null],
  ];
  for (const [result, type] of cases) {
    const e = assignmentEvent('main', 'S1', 'UUID1', result, 2, 'now');
    assert.equal(e?.type ?? null, type, result);
    if (e) assert.deepEqual(e.data, { token: 'main', serial_number: 'S1', profile_uuid: 'UUID1', result, attempts: 2 });
  }
});

test('enrollment records: served / os update / refused; a refusal without a verified serial never becomes an event', () => {
  const at = 'now';
  const cases: [Parameters<typeof enrollmentEvent>[0], string | null][] = [
    [{ at, decision: 'served', token: 'main', serial_number: 'S1', udid: 'U1' }, 'enrollment.served'],
    [{ at, decision: 'os_update_required', token: 'main', serial_number: 'S1', udid: 'U1', os_version: '16.0' }, 'enrollment.os_update_required'],
    [{ at, decision: 'refused', serial_number: 'S2', udid: 'U2', reason: 'serial not held' }, 'enrollment.refused'],
    // unsigned, untrusted, malformed: what anyone can send, recorded without a serial from a verified MachineInfo
    [{ at, decision: 'refused', reason: 'adesync.unsigned: …' }, null],
    [{ at, decision: 'refused', reason: 'adesync.untrusted: …', serial_number: '' }, null],
  ];
  for (const [r, type] of cases) {
    assert.equal(enrollmentEvent(r)?.type ?? null, type, JSON.stringify(r));
    assert.equal(enrollmentEventAllowed(r), type !== null);
  }
  assert.equal(enrollmentEvent(cases[2][0])!.token, null);
  assert.equal(enrollmentEvent(cases[0][0])!.subject, 'S1');
});

test('token.expiring: the smallest threshold crossed, keyed so each is raised once per expiry date', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000 + 3_600_000).toISOString();
  const cases: [number, number | null][] = [
    [45, null],
    [30, 30],
    [29, 30],
    [14, 14],
    [8, 14],
    [7, 7],
    [1, 1],
    [0, 1],
    [-1, null],
  ];
  for (const [days, threshold] of cases) {
    const e = tokenExpiringEvent('main', inDays(days), now);
    assert.equal(e ? e.data.threshold_days : null, threshold, `${days} days`);
    if (e) assert.equal(e.dedupe, `token.expiring:main:${inDays(days)}:${threshold}`);
  }
});

test('event ids are time-ordered and unique; the body is a CloudEvents 1.0 event', () => {
  const a = newEventId(1_000),
    b = newEventId(2_000);
  assert.match(a, /^evt_[0-9a-f]{32}$/);
  assert.ok(a < b);
  assert.notEqual(newEventId(1_000), newEventId(1_000));
  const body = JSON.parse(cloudEvent({ seq: 1, id: a, type: 'device.added', token: 'main', subject: 'S1', time: 't', data: '{"serial_number":"S1"}' }));
  assert.deepEqual(body, {
    specversion: '1.0',
    id: a,
    source: '/adesync/tokens/main',
    type: 'com.adesync.device.added',
    time: 't',
    subject: 'S1',
    datacontenttype: 'application/json',
    data: { serial_number: 'S1' },
  });
  const anon = JSON.parse(cloudEvent({ seq: 2, id: b, type: 'enrollment.refused', token: null, subject: 'S9', time: 't', data: '{}' }));
  assert.equal(anon.source, '/adesync');
});
