import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffMs, decideRetry, networkFailure, parseRetryAfter, type Failure, type RetryClass } from '../../src/apple/retry.ts';

const P = { maxRetries: 3, baseDelayMs: 1000, maxRetryWaitMs: 60_000 };
const NOW = Date.parse('2026-03-01T12:00:00Z');

test('parseRetryAfter: delta seconds, HTTP date, past date, junk', () => {
  assert.equal(parseRetryAfter('7', NOW), 7000);
  assert.equal(parseRetryAfter(' 0 ', NOW), 0);
  assert.equal(parseRetryAfter(['3', '9'], NOW), 3000);
  assert.equal(parseRetryAfter('Sun, 01 Mar 2026 12:00:30 GMT', NOW), 30_000);
  assert.equal(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', NOW), 0);
  assert.equal(parseRetryAfter(undefined, NOW), undefined);
  assert.equal(parseRetryAfter('', NOW), undefined);
  assert.equal(parseRetryAfter('soon', NOW), undefined);
  assert.equal(parseRetryAfter('1.5', NOW), undefined);
  assert.equal(parseRetryAfter('-3', NOW), undefined);
});

test('backoff: full jitter under base·2^n, capped', () => {
  assert.equal(
    backoffMs(0, P, () => 0.999),
    999,
  );
  assert.equal(
    backoffMs(3, P, () => 0.5),
    4000,
  );
  assert.equal(
    backoffMs(20, P, () => 0.5),
    30_000,
  ); // capped at maxRetryWaitMs
  assert.equal(
    backoffMs(5000, P, () => 0.999),
    59_940,
  ); // no overflow
  assert.equal(
    backoffMs(2, P, () => 0),
    0,
  );
});

const s = (status: number, retryAfterMs?: number): Failure => ({ kind: 'status', status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
const sent: Failure = { kind: 'network', sent: true, code: 'ECONNRESET' };
const unsent: Failure = { kind: 'network', sent: false, code: 'ECONNREFUSED' };

// [failure, class, retry?] with no retries done yet.
const MATRIX: Array<[string, Failure, RetryClass, boolean | string]> = [
  ['429', s(429), 'read', true],
  ['429', s(429), 'write', true],
  ['429', s(429), 'strict', true],
  ['503', s(503), 'read', true],
  ['503', s(503), 'write', true],
  ['503', s(503), 'strict', true],
  ['500', s(500), 'read', true],
  ['500', s(500), 'write', 'maybe-processed'],
  ['500', s(500), 'strict', 'maybe-processed'],
  ['502', s(502), 'read', true],
  ['502', s(502), 'write', 'maybe-processed'],
  ['504', s(504), 'read', true],
  ['504', s(504), 'strict', 'maybe-processed'],
  ['400', s(400), 'read', 'not-transient'],
  ['401', s(401), 'read', 'not-transient'],
  ['404', s(404), 'write', 'not-transient'],
  ['200', s(200), 'read', 'not-transient'],
  ['reset', sent, 'read', true],
  ['reset', sent, 'write', 'maybe-processed'],
  ['reset', sent, 'strict', 'maybe-processed'],
  ['refused', unsent, 'read', true],
  ['refused', unsent, 'write', true],
  ['refused', unsent, 'strict', 'not-retried'],
];
for (const [what, f, cls, want] of MATRIX) {
  test(`${what} on a ${cls} endpoint → ${want === true ? 'retry' : want}`, () => {
    const d = decideRetry(f, cls, 0, P, () => 0.5);
    if (want === true) assert.deepEqual(d, { retry: true, waitMs: 500 });
    else assert.deepEqual(d, { retry: false, reason: want });
  });
}

test('Retry-After is the wait, exactly; beyond the cap → give up at once with retryAfterMs', () => {
  assert.deepEqual(
    decideRetry(s(429, 7000), 'write', 0, P, () => 0.5),
    { retry: true, waitMs: 7000 },
  );
  assert.deepEqual(
    decideRetry(s(503, 60_000), 'read', 2, P, () => 0.5),
    { retry: true, waitMs: 60_000 },
  );
  assert.deepEqual(
    decideRetry(s(503, 60_001), 'read', 0, P, () => 0.5),
    { retry: false, reason: 'retry-after-too-long', retryAfterMs: 60_001 },
  );
});

test('at most maxRetries retries', () => {
  assert.equal(decideRetry(s(503), 'read', 2, P, () => 0.5).retry, true);
  assert.deepEqual(
    decideRetry(s(503), 'read', 3, P, () => 0.5),
    { retry: false, reason: 'exhausted' },
  );
  assert.deepEqual(
    decideRetry(s(429, 5000), 'read', 3, P, () => 0.5),
    { retry: false, reason: 'exhausted', retryAfterMs: 5000 },
  );
  assert.deepEqual(
    decideRetry(s(503), 'read', 0, { ...P, maxRetries: 0 }, () => 0.5),
    { retry: false, reason: 'exhausted' },
  );
});

test('networkFailure: conservative about whether the request was sent', () => {
  assert.deepEqual(networkFailure({ name: 'RequestError', code: 'ECONNRESET' }), { kind: 'network', sent: true, code: 'ECONNRESET' });
  assert.deepEqual(networkFailure({ name: 'RequestError', code: 'ECONNREFUSED' }), { kind: 'network', sent: false, code: 'ECONNREFUSED' });
  assert.deepEqual(networkFailure({ name: 'RequestError', code: 'ENOTFOUND' }), { kind: 'network', sent: false, code: 'ENOTFOUND' });
  assert.deepEqual(networkFailure({ name: 'TimeoutError', code: 'ETIMEDOUT', event: 'request' }), { kind: 'network', sent: true, code: 'ETIMEDOUT_request' });
  assert.deepEqual(networkFailure({ name: 'TimeoutError', code: 'ETIMEDOUT', event: 'connect' }), { kind: 'network', sent: false, code: 'ETIMEDOUT_connect' });
  assert.deepEqual(networkFailure({ name: 'ReadError', code: 'ECONNRESET' }), { kind: 'network', sent: true, code: 'ECONNRESET' });
  assert.deepEqual(networkFailure({}), { kind: 'network', sent: true, code: 'ENETWORK' });
});
