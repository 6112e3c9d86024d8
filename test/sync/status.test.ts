// How an error reads on the token's status line: from its code, never its message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AccessDeniedError,
  AppleError,
  SessionError,
  TermsNotSignedError,
  TokenRejectedError,
  UnavailableError,
  classifyTokenRefusal,
} from '../../src/apple/errors.ts';
import { tokenStatusFor } from '../../src/sync/status.ts';
import { LeaseLostError } from '../../src/store/leases.ts';
import { createClient } from '../../src/apple/client.ts';
import { silentLogger } from '../../src/log.ts';
import { sim } from '../helpers/sim.ts';

const ep = 'GET /session';
test('token status by code (table): a message that says "expired" does not make a revoked token expired', () => {
  const cases: [string, unknown, string | null][] = [
    ['local expiry check', new TokenRejectedError('whatever', { endpoint: ep, code: 'TOKEN_EXPIRED' }), 'expired'],
    ['doubled 401, Apple said token_expired', new TokenRejectedError('x', { endpoint: ep, code: 'TOKEN_EXPIRED', status: 401 }), 'expired'],
    [
      'doubled 401, clocks agree: revoked (message mentions "expired")',
      new TokenRejectedError('it has expired or been revoked', { endpoint: ep, code: 'TOKEN_REVOKED', status: 401 }),
      'revoked',
    ],
    ['doubled 401, clocks differ', new TokenRejectedError('expired or been revoked', { endpoint: ep, code: 'CLOCK_SKEW', status: 401 }), 'clock_skew'],
    [
      'doubled 401, nothing tells (message mentions "expired")',
      new TokenRejectedError('it has expired or been revoked', { endpoint: ep, code: 'UNAUTHORIZED', status: 401 }),
      'unauthorized',
    ],
    ['403 on /session without a code', new TokenRejectedError('refused', { endpoint: ep, code: 'FORBIDDEN', status: 403 }), 'unauthorized'],
    [
      'session not renewable',
      new SessionError('GET /account: HTTP 401 UNAUTHORIZED', { endpoint: 'GET /account', code: 'UNAUTHORIZED', status: 401 }),
      'unauthorized',
    ],
    ['terms', new TermsNotSignedError('expired terms', { endpoint: 'POST /server/devices', code: 'T_C_NOT_SIGNED', status: 403 }), 't_c_not_signed'],
    ['access denied', new AccessDeniedError('x', { endpoint: 'POST /server/devices', code: 'ACCESS_DENIED', status: 403 }), 'access_denied'],
    ['bare 403', new AccessDeniedError('x', { endpoint: 'POST /server/devices', code: 'HTTP_403', status: 403 }), 'access_denied'],
    ['Apple down', new UnavailableError('token expired? no: 503', { endpoint: 'POST /server/devices', code: 'HTTP_503', status: 503 }), 'unavailable'],
    ['another Apple error whose message says expired', new AppleError('EXPIRED something', { endpoint: 'x', code: 'HTTP_418' }), 'error'],
    ['lost lease: nothing about the token', new LeaseLostError('sim'), null],
    ['not an error', 'boom', null],
  ];
  for (const [what, e, want] of cases) assert.equal(tokenStatusFor(e)?.status ?? null, want, what);
});

test("classifyTokenRefusal (table): OAuth problem report first, then our clock against Apple's Date header", () => {
  const now = Date.parse('2026-06-01T12:00:00Z');
  const cases: [string, string | undefined, string][] = [
    ['oauth_problem=token_expired', undefined, 'TOKEN_EXPIRED'],
    ['oauth_problem=token_rejected&oauth_problem_advice=x', 'Mon, 01 Jun 2026 12:00:00 GMT', 'TOKEN_REVOKED'],
    ['oauth_problem=token_revoked', undefined, 'TOKEN_REVOKED'],
    ['oauth_problem=timestamp_refused', 'Mon, 01 Jun 2026 12:00:00 GMT', 'CLOCK_SKEW'],
    ['UNAUTHORIZED', 'Mon, 01 Jun 2026 12:04:59 GMT', 'TOKEN_REVOKED'],
    ['UNAUTHORIZED', 'Mon, 01 Jun 2026 12:05:01 GMT', 'CLOCK_SKEW'],
    ['UNAUTHORIZED', 'Mon, 01 Jun 2026 11:50:00 GMT', 'CLOCK_SKEW'],
    ['UNAUTHORIZED', undefined, 'UNAUTHORIZED'],
    ['UNAUTHORIZED', 'not a date', 'UNAUTHORIZED'],
  ];
  for (const [body, date, want] of cases) assert.equal(classifyTokenRefusal(body, date, now), want, `${body} / ${date}`);
});

test('against the simulator: a skewed clock reads clock_skew, a token Apple no longer accepts reads revoked', async () => {
  const s = await sim({ devices: 5 });
  const sleep = async () => {};
  const skewed = createClient({ token: s.tokens.sim, tokenName: 'sim', baseUrl: s.url, logger: silentLogger, sleep, now: () => Date.now() + 3_600_000 });
  const e1 = await skewed.account().catch((e: unknown) => e);
  assert.ok(e1 instanceof TokenRejectedError, String(e1));
  assert.equal(e1.code, 'CLOCK_SKEW');
  assert.match(e1.message, /clock differs from Apple's/);
  assert.equal(tokenStatusFor(e1)?.status, 'clock_skew');
  const revoked = createClient({
    token: { ...s.tokens.sim, access_secret: 'AS_not-the-current-one' },
    tokenName: 'sim',
    baseUrl: s.url,
    logger: silentLogger,
    sleep,
  });
  const e2 = await revoked.account().catch((e: unknown) => e);
  assert.ok(e2 instanceof TokenRejectedError);
  assert.equal(e2.code, 'TOKEN_REVOKED');
  assert.equal(tokenStatusFor(e2)?.status, 'revoked');
});
