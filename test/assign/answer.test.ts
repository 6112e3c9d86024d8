import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batchOutcome, deferredBatch } from '../../src/assign/answer.ts';

const backoff = { failedSeconds: 900, failedMaxSeconds: 86_400, throttledDefaultSeconds: 300 };
const nowMs = Date.parse('2026-01-01T00:00:00Z');
const batch = [
  { id: 1, serial_number: 'A', attempts: 0 },
  { id: 2, serial_number: 'B', attempts: 2 },
  { id: 3, serial_number: 'C', attempts: 0 },
  { id: 4, serial_number: 'D', attempts: 0 },
  { id: 5, serial_number: 'E', attempts: 0 },
];

test("each serial's state after Apple's answer: SUCCESS in bulk, the others with their backoff; a missing serial counts as failed", () => {
  const o = batchOutcome(batch, { A: 'SUCCESS', B: 'FAILED', C: 'NOT_ACCESSIBLE', D: 'THROTTLED' }, 120, { backoff, nowMs, random: () => 0.5 });
  assert.deepEqual(o.assigned, [1]);
  assert.deepEqual(o.tally, { SUCCESS: 1, FAILED: 1, NOT_ACCESSIBLE: 1, THROTTLED: 1, MISSING: 1 });
  const by = Object.fromEntries(o.others.map((r) => [r.serial_number, r]));
  // B: third attempt, 900 · 2² = 3600 s
  assert.deepEqual([by.B.state, by.B.attempts, by.B.not_before], ['failed', 3, '2026-01-01T01:00:00.000Z']);
  assert.deepEqual([by.C.state, by.C.not_before], ['not_accessible', null]);
  // THROTTLED waits Apple's Retry-After when given
  assert.deepEqual([by.D.state, by.D.not_before, by.D.reason], ['throttled', '2026-01-01T00:02:00.000Z', 'Apple: throttled for 120s']);
  assert.deepEqual([by.E.state, by.E.result], ['failed', 'MISSING']);
  assert.match(by.E.reason!, /no answer for this serial/);
  const noRetryAfter = batchOutcome([batch[3]], { D: 'THROTTLED' }, undefined, { backoff, nowMs, random: () => 0.5 });
  assert.equal(noRetryAfter.others[0].not_before, '2026-01-01T00:05:00.000Z');
});

test('a batch whose request failed is due again later, its attempt counted, its reason kept', () => {
  const rows = deferredBatch(batch.slice(0, 2), 'SERVICE_UNAVAILABLE', 60, nowMs);
  assert.deepEqual(
    rows.map((r) => [r.id, r.state, r.attempts, r.result, r.not_before, r.reason]),
    [
      [1, 'pending', 1, 'SERVICE_UNAVAILABLE', '2026-01-01T00:01:00.000Z', null],
      [2, 'pending', 3, 'SERVICE_UNAVAILABLE', '2026-01-01T00:01:00.000Z', null],
    ],
  );
});
