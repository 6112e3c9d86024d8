import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterFailure, parseSince, pickDeliverable, retryDelayMs, RETRY_BASE_MS, RETRY_MAX_MS } from '../../src/events/schedule.ts';

test('retry delay: doubles from the base, capped, jittered into 50–100 %', () => {
  const cases: [number, number][] = [
    [1, RETRY_BASE_MS],
    [2, 2 * RETRY_BASE_MS],
    [4, 8 * RETRY_BASE_MS],
    [30, RETRY_MAX_MS],
  ];
  for (const [attempts, full] of cases) {
    assert.equal(
      retryDelayMs(attempts, () => 1),
      full,
      `${attempts} max`,
    );
    assert.equal(
      retryDelayMs(attempts, () => 0),
      Math.round(full / 2),
      `${attempts} min`,
    );
  }
  assert.equal(
    retryDelayMs(3, () => 1, 100),
    400,
  );
});

test('after a failure: retried while younger than the max age, else dead-lettered', () => {
  const hour = 3_600_000;
  const cases: [number, number, number, string][] = [
    // attempts, event age (ms), max age (ms), expected
    [1, 0, 24 * hour, 'pending'],
    [10, 20 * hour, 24 * hour, 'pending'],
    [10, 23.9 * hour, 24 * hour, 'dead'],
    [1, 25 * hour, 24 * hour, 'dead'],
  ];
  const now = 1_000_000_000_000;
  for (const [attempts, age, max, want] of cases) {
    const r = afterFailure(attempts, now - age, now, max, () => 1);
    assert.equal(r.state, want, `${attempts} attempts, age ${age / hour} h`);
    if (r.state === 'pending') assert.equal(r.nextAt, now + retryDelayMs(attempts, () => 1));
  }
});

test('pick: oldest first, one in flight per subject, a backing-off delivery holds back its subject only', () => {
  const now = '2026-12-01T08:00:00Z';
  const later = '2026-12-01T09:00:00Z';
  const p = (seq: number, subject: string | null, next_at = now) => ({ seq, subject, next_at });
  const cases: [string, ReturnType<typeof p>[], number[], number, number[]][] = [
    ['all different subjects', [p(1, 'A'), p(2, 'B'), p(3, 'C')], [], 8, [1, 2, 3]],
    ['same subject waits for the earlier', [p(1, 'A'), p(2, 'A'), p(3, 'B')], [], 8, [1, 3]],
    ['in flight blocks its subject', [p(1, 'A'), p(2, 'A'), p(3, 'B')], [1], 8, [3]],
    ['backing off blocks its subject, not others', [p(1, 'A', later), p(2, 'A'), p(3, 'B')], [], 8, [3]],
    ['slots bound the pick', [p(1, 'A'), p(2, 'B'), p(3, 'C')], [], 2, [1, 2]],
    ['subject-less events are one queue', [p(1, null), p(2, null)], [], 8, [1]],
  ];
  for (const [what, pending, inFlight, slots, want] of cases) {
    assert.deepEqual(
      pickDeliverable(pending, new Set(inFlight), now, slots).map((x) => x.seq),
      want,
      what,
    );
  }
});

test('--since: ISO times and durations back from now; junk is undefined', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const cases: [string, string | undefined][] = [
    ['2026-11-30T08:00:00Z', '2026-11-30T08:00:00.000Z'],
    ['2026-11-30', '2026-11-30T00:00:00.000Z'],
    ['30m', '2026-12-01T11:30:00.000Z'],
    ['12h', '2026-12-01T00:00:00.000Z'],
    ['7d', '2026-11-24T12:00:00.000Z'],
    ['90s', '2026-12-01T11:58:30.000Z'],
    ['yesterday', undefined],
    ['5w', undefined],
  ];
  for (const [s, want] of cases) assert.equal(parseSince(s, now)?.toISOString(), want, s);
});
