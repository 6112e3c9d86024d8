// The client over real HTTP against our simulator (src/sim): every endpoint, session renewal, retries, faults.
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { ClientOptions } from '../../src/apple/api.ts';
import { createClient } from '../../src/apple/client.ts';
import {
  AccessDeniedError,
  CursorError,
  DeviceNotFoundError,
  ProfileInvalidError,
  RequestError,
  ResponseFormatError,
  SessionError,
  TermsNotSignedError,
  TokenRejectedError,
  UnavailableError,
} from '../../src/apple/errors.ts';
import { createLogger } from '../../src/log.ts';
import { startSim, type SimOptions } from '../../src/sim/index.ts';

async function setup(t: TestContext, o: { sim?: SimOptions; client?: Partial<ClientOptions> } = {}) {
  const sim = await startSim({ devices: 5, seed: 7, ...o.sim });
  t.after(() => sim.close());
  const waits: number[] = [];
  const client = createClient({
    token: sim.tokens.sim,
    baseUrl: sim.url,
    now: () => sim.control.now(), // the sim checks OAuth timestamps against its own (advanceable) clock
    sleep: async (ms) => {
      waits.push(ms);
    }, // record the backoff instead of waiting it
    random: () => 0.5,
    baseDelayMs: 100,
    maxRetries: 3,
    maxRetryWaitMs: 10_000,
    timeoutMs: 2000,
    ...o.client,
  });
  return { sim, client, waits, counts: () => sim.control.requestCounts() };
}

const PROFILE = {
  profile_name: 'adesync test',
  url: 'https://mdm.example.com/enroll',
  is_supervised: true,
  is_mdm_removable: false,
  is_mandatory: true,
  org_magic: 'adesync-test',
};

test('every endpoint of A.6 rows 1–13 against the sim, over one session', async (t) => {
  const { sim, client, counts } = await setup(t);
  const serials = sim.control.devices('sim').map((d) => d.serial_number);
  assert.equal(serials.length, 5);

  const account = await client.account();
  assert.equal(typeof account.server_uuid, 'string');
  assert.ok(account.urls?.some((u) => u.uri === '/server/devices'));

  // fetch, paged (limit 2 over 5 devices), then the final cursor is exhausted
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  for (;;) {
    const r = await client.fetchDevices({ limit: 2, ...(cursor ? { cursor } : {}) });
    pages++;
    seen.push(...r.devices.map((d) => d.serial_number));
    assert.notEqual(r.cursor, cursor);
    cursor = r.cursor;
    if (!r.more_to_follow) break;
  }
  assert.equal(pages, 3);
  assert.deepEqual([...seen].sort(), [...serials].sort());
  await assert.rejects(client.fetchDevices({ cursor }), (e: unknown) => e instanceof CursorError && e.code === 'EXHAUSTED_CURSOR');

  // sync: nothing, then two ABM additions
  assert.deepEqual((await client.syncDevices({ cursor: cursor! })).devices, []);
  const added = sim.control.addDevices('sim', 2).map((d) => d.serial_number);
  const sync = await client.syncDevices({ cursor: cursor! });
  assert.deepEqual(sync.devices.map((d) => [d.serial_number, d.op_type]).sort(), added.map((s) => [s, 'added']).sort());
  await assert.rejects(client.syncDevices({ cursor: 'garbage' }), (e: unknown) => e instanceof CursorError && e.code === 'INVALID_CURSOR');

  const details = await client.deviceDetails([serials[0], 'NOPE0000NOPE']);
  assert.equal(details.devices[serials[0]].response_status, 'SUCCESS');
  assert.equal(details.devices[serials[0]].serial_number, serials[0]);
  assert.deepEqual(details.devices.NOPE0000NOPE, { response_status: 'NOT_ACCESSIBLE', serial_number: 'NOPE0000NOPE' });

  const def = await client.defineProfile({ ...PROFILE, devices: [serials[0]] });
  assert.match(def.profile_uuid, /^[0-9A-F]{32}$/);
  assert.deepEqual(def.devices, { [serials[0]]: 'SUCCESS' });
  const def2 = await client.defineProfile(PROFILE);
  assert.deepEqual(def2.devices, {});
  await assert.rejects(client.defineProfile({ ...PROFILE, url: '' }), ProfileInvalidError);

  const got = await client.getProfile(def.profile_uuid);
  assert.equal(got.profile_uuid, def.profile_uuid);
  assert.equal(got.profile_name, PROFILE.profile_name);
  assert.equal(got.is_mdm_removable, false);

  const asg = await client.assignProfile(def.profile_uuid, [serials[1], serials[1], serials[2], 'NOPE0000NOPE']);
  assert.equal(asg.profile_uuid, def.profile_uuid);
  assert.deepEqual(asg.devices, { [serials[1]]: 'SUCCESS', [serials[2]]: 'SUCCESS', NOPE0000NOPE: 'NOT_ACCESSIBLE' });
  assert.equal(sim.control.devices('sim').find((d) => d.serial_number === serials[1])?.profile_status, 'assigned');

  const rm = await client.removeProfile([serials[1]], def.profile_uuid);
  assert.deepEqual(rm.devices, { [serials[1]]: 'SUCCESS' });
  assert.equal(sim.control.devices('sim').find((d) => d.serial_number === serials[1])?.profile_status, 'removed');

  assert.deepEqual(await client.activationLock({ device: serials[3] }), { serial_number: serials[3], response_status: 'SUCCESS' });
  assert.equal((await client.activationLock({ device: serials[3] })).response_status, 'DEVICE_ALREADY_LOCKED');

  const [repl] = sim.control.addDevices('sim', [
    { is_replacement_device: true, original_device_serial_number: 'ORIG00000001', replacement_date: '2026-01-15' },
  ]);
  assert.deepEqual(await client.replacementDetails(repl.serial_number), {
    serial_number: repl.serial_number,
    original_device_serial_number: 'ORIG00000001',
    replacement_date: '2026-01-15',
  });
  await assert.rejects(client.replacementDetails(serials[0]), (e: unknown) => e instanceof DeviceNotFoundError && e.status === 404);

  assert.deepEqual(await client.disownDevices([serials[4]]), { devices: { [serials[4]]: 'SUCCESS' } });
  assert.ok(!sim.control.devices('sim').some((d) => d.serial_number === serials[4]));

  const beta = await client.betaEnrollmentTokens();
  assert.ok(beta.betaEnrollmentTokens.length > 0);
  assert.ok(beta.betaEnrollmentTokens.every((b) => typeof b.token === 'string' && b.token.length > 0));

  // One session for all of it; stats agree with what the sim saw.
  const c = counts();
  assert.equal(c['GET /session'], 1);
  assert.equal(client.stats.sessions, 1);
  for (const [k, n] of Object.entries(c)) assert.equal(client.stats.calls[k], n, k);
  assert.equal(client.stats.calls['POST /server/devices'], 4);
  assert.equal(client.stats.statuses['POST /server/devices 200'], 3);
  assert.equal(client.stats.statuses['POST /server/devices 400'], 1);
  assert.equal(client.stats.retries, 0);
});

test('User-Agent is sent and configurable: a godep UA is refused by name (400 USER_AGENT_INVALID)', async (t) => {
  const { client } = await setup(t, { client: { userAgent: 'nanodep-godep/0' } });
  await assert.rejects(client.fetchDevices({}), (e: unknown) => e instanceof RequestError && e.code === 'USER_AGENT_INVALID');
});

test('session: an expired session (session_expire fault) is renewed once and the request replayed', async (t) => {
  const { sim, client, counts } = await setup(t);
  await client.account();
  sim.control.injectFault({ endpoint: 'POST /server/devices', kind: 'session_expire' });
  const r = await client.fetchDevices({ limit: 10 });
  assert.equal(r.devices.length, 5);
  assert.equal(counts()['GET /session'], 2);
  assert.equal(counts()['POST /server/devices'], 2);
  assert.equal(client.stats.statuses['POST /server/devices 401'], 1);
  assert.equal(client.stats.sessions, 2);
  assert.equal(client.stats.retries, 0, 'a renewal is not a retry');
});

test('session: expiry by the clock; concurrent callers share exactly one GET /session', async (t) => {
  const { sim, client, counts } = await setup(t, { sim: { sessionTtlSeconds: 60 } });
  // cold start: ten callers, one session
  await Promise.all(Array.from({ length: 10 }, () => client.account()));
  assert.equal(counts()['GET /session'], 1);
  sim.control.advanceClock(61_000);
  const results = await Promise.all(Array.from({ length: 10 }, () => client.fetchDevices({ limit: 1 })));
  assert.ok(results.every((r) => r.devices.length === 1));
  assert.equal(counts()['GET /session'], 2, 'ten 401s, one renewal');
  assert.equal(counts()['POST /server/devices'], 20);
});

test('session: a rotated X-ADM-Auth-Session header is adopted (no new GET /session after the old one lapses)', async (t) => {
  const { sim, client, counts } = await setup(t);
  await client.account();
  sim.control.injectFault({ endpoint: 'GET /account', kind: 'rotate_session' });
  await client.account();
  sim.control.advanceClock(31_000); // the sim keeps the old token 30 s after a rotation
  await client.account();
  await client.fetchDevices({ limit: 1 });
  assert.equal(counts()['GET /session'], 1);
  assert.equal(client.stats.statuses['GET /account 401'], undefined);
});

test('session: 403 FORBIDDEN renews; a second refusal after renewal is a SessionError', async (t) => {
  const { sim, client, counts } = await setup(t);
  sim.control.injectFault({ endpoint: 'GET /account', kind: 'status', status: 403, body: 'FORBIDDEN' });
  await client.account();
  assert.equal(counts()['GET /session'], 2);
  sim.control.injectFault({ endpoint: 'GET /account', kind: 'status', status: 401, count: 2 });
  await assert.rejects(client.account(), (e: unknown) => e instanceof SessionError && e.status === 401);
  assert.equal(counts()['GET /session'], 3);
  assert.equal(counts()['GET /account'], 4);
});

test('GET /session: 401 once is retried with a fresh nonce; 401 twice → TokenRejectedError', async (t) => {
  const { sim, client, counts } = await setup(t);
  sim.control.injectFault({ endpoint: 'GET /session', kind: 'status', status: 401 });
  await client.account();
  assert.equal(counts()['GET /session'], 2);

  const b = await setup(t);
  b.sim.control.injectFault({ endpoint: 'GET /session', kind: 'status', status: 401, count: 2 });
  await assert.rejects(b.client.account(), (e: unknown) => {
    assert.ok(e instanceof TokenRejectedError);
    assert.match(e.message, /download a new server token/i);
    // the simulator's Date header agrees with our clock and the token is not expired by its own date: revoked
    assert.equal(e.code, 'TOKEN_REVOKED');
    return true;
  });
  assert.equal(b.counts()['GET /session'], 2);
  assert.equal(b.counts()['GET /account'], undefined, 'never called without a session');
});

test('GET /session: a wrong secret is refused by the real OAuth check → TokenRejectedError', async (t) => {
  const { sim } = await setup(t);
  const client = createClient({ token: { ...sim.tokens.sim, access_secret: 'AS_wrong' }, baseUrl: sim.url, sleep: async () => {} });
  await assert.rejects(client.account(), TokenRejectedError);
  assert.equal(sim.control.requestCounts()['GET /session'], 2);
});

test('GET /session: 403 ACCESS_DENIED and T_C_NOT_SIGNED are typed, not session problems, not retried', async (t) => {
  const { sim, client, counts } = await setup(t);
  sim.control.injectFault({ endpoint: 'GET /session', kind: 'status', status: 403, body: 'ACCESS_DENIED' });
  await assert.rejects(client.account(), AccessDeniedError);
  assert.equal(counts()['GET /session'], 1);
  sim.control.injectFault({ endpoint: 'GET /session', kind: 'status', status: 403, body: 'T_C_NOT_SIGNED' });
  await assert.rejects(client.account(), (e: unknown) => e instanceof TermsNotSignedError && /terms/.test(e.message));
  assert.equal(counts()['GET /session'], 2);
  // …and on an endpoint: no renewal either
  await client.account();
  sim.control.injectFault({ endpoint: 'POST /devices/sync', kind: 'status', status: 403, body: 'T_C_NOT_SIGNED' });
  await assert.rejects(client.syncDevices({ cursor: 'x' }), TermsNotSignedError);
  sim.control.injectFault({ endpoint: 'POST /server/devices', kind: 'status', status: 403, body: 'ACCESS_DENIED' });
  await assert.rejects(client.fetchDevices({}), AccessDeniedError);
  assert.equal(counts()['GET /session'], 3);
});

test('an expired server token fails fast, without calling Apple', async (t) => {
  const { sim } = await setup(t);
  const client = createClient({
    token: { ...sim.tokens.sim, access_token_expiry: '2026-01-17T11:02:21Z' },
    baseUrl: sim.url,
    now: () => Date.parse('2026-02-01T00:00:00Z'),
  });
  await assert.rejects(client.fetchDevices({}), (e: unknown) => e instanceof TokenRejectedError && e.code === 'TOKEN_EXPIRED' && /2026-01-17/.test(e.message));
  assert.deepEqual(sim.control.requestCounts(), {});
});

test('retry: 503 with Retry-After in seconds is honoured exactly', async (t) => {
  const { sim, client, waits, counts } = await setup(t);
  sim.control.injectFault({ endpoint: 'POST /server/devices', kind: 'status', status: 503, retryAfter: '1', count: 2 });
  const r = await client.fetchDevices({});
  assert.equal(r.devices.length, 5);
  assert.deepEqual(waits, [1000, 1000]);
  assert.equal(counts()['POST /server/devices'], 3);
  assert.equal(client.stats.retries, 2);
});

test('retry: 429 with Retry-After as an HTTP date', async (t) => {
  const { sim, client, waits } = await setup(t);
  const at = new Date(sim.control.now() + 5000).toUTCString();
  sim.control.injectFault({ endpoint: 'GET /account', kind: 'status', status: 429, body: 'TOO_MANY_REQUESTS', retryAfter: at });
  await client.account();
  assert.equal(waits.length, 1);
  assert.ok(waits[0] > 3000 && waits[0] <= 5000, `waited ${waits[0]} ms`);
});

test('retry: Retry-After beyond the cap → UnavailableError at once, carrying retryAfterMs', async (t) => {
  const { sim, client, waits, counts } = await setup(t);
  sim.control.injectFault({ endpoint: 'POST /server/devices', kind: 'status', status: 503, retryAfter: '3600', count: 5 });
  await assert.rejects(client.fetchDevices({}), (e: unknown) => {
    assert.ok(e instanceof UnavailableError);
    assert.equal(e.retryAfterMs, 3_600_000);
    assert.equal(e.status, 503);
    assert.match(e.message, /reschedule/);
    return true;
  });
  assert.deepEqual(waits, []);
  assert.equal(counts()['POST /server/devices'], 1);
});

test('retry: without Retry-After, exponential backoff, then UnavailableError after maxRetries', async (t) => {
  const { sim, client, waits, counts } = await setup(t);
  sim.control.injectFault({ endpoint: 'POST /devices', kind: 'status', status: 502, count: Infinity });
  await assert.rejects(client.deviceDetails(['A']), (e: unknown) => e instanceof UnavailableError && e.code === 'HTTP_502' && /3 retries/.test(e.message));
  assert.deepEqual(waits, [50, 100, 200]); // random 0.5 × 100·2^n
  assert.equal(counts()['POST /devices'], 4);
});

test('retry: assign is replayed on 429/503 (Apple did not process it) but not on 500', async (t) => {
  const { sim, client, waits, counts } = await setup(t);
  const serial = sim.control.devices('sim')[0].serial_number;
  const { profile_uuid } = await client.defineProfile(PROFILE);
  sim.control.injectFault({ endpoint: 'POST /profile/devices', kind: 'status', status: 429, retryAfter: '2' });
  sim.control.injectFault({ endpoint: 'POST /profile/devices', kind: 'status', status: 503 });
  assert.deepEqual((await client.assignProfile(profile_uuid, [serial])).devices, { [serial]: 'SUCCESS' });
  assert.deepEqual(waits, [2000, 100]);
  sim.control.injectFault({ endpoint: 'POST /profile/devices', kind: 'status', status: 500 });
  await assert.rejects(
    client.assignProfile(profile_uuid, [serial]),
    (e: unknown) => e instanceof UnavailableError && /may have been processed/.test(e.message),
  );
  assert.equal(counts()['POST /profile/devices'], 4);
});

test('network: a reset is retried for fetch, not replayed for assign/disown/define', async (t) => {
  const { sim, client, waits, counts } = await setup(t);
  const serial = sim.control.devices('sim')[0].serial_number;
  sim.control.injectFault({ endpoint: 'POST /server/devices', kind: 'reset' });
  assert.equal((await client.fetchDevices({})).devices.length, 5);
  assert.deepEqual(waits, [50]);
  assert.equal(counts()['POST /server/devices'], 2);

  const { profile_uuid } = await client.defineProfile(PROFILE);
  for (const [endpoint, call] of [
    ['POST /profile/devices', () => client.assignProfile(profile_uuid, [serial])],
    ['DELETE /profile/devices', () => client.removeProfile([serial])],
    ['POST /devices/disown', () => client.disownDevices([serial])],
    ['POST /profile', () => client.defineProfile(PROFILE)],
    ['POST /device/activationlock', () => client.activationLock({ device: serial })],
  ] as const) {
    const before = counts()[endpoint] ?? 0;
    sim.control.injectFault({ endpoint, kind: 'reset' });
    await assert.rejects(call(), (e: unknown) => e instanceof UnavailableError && e.code === 'ECONNRESET' && e.retryAfterMs === undefined, endpoint);
    assert.equal(counts()[endpoint], before + 1, `${endpoint} sent once`);
  }
  assert.equal(waits.length, 1);
  // disown and activation lock are still retried on 429/503
  sim.control.injectFault({ endpoint: 'POST /devices/disown', kind: 'status', status: 429, retryAfter: '1' });
  assert.deepEqual((await client.disownDevices([serial])).devices, { [serial]: 'SUCCESS' });
});

test('network: a slow answer times out; reads are retried, writes surface ETIMEDOUT', async (t) => {
  const { sim, client, waits, counts } = await setup(t, { client: { timeoutMs: 300 } });
  await client.account();
  sim.control.injectFault({ endpoint: 'GET /account', kind: 'delay', ms: 1500 });
  await client.account();
  assert.deepEqual(waits, [50]);
  assert.equal(counts()['GET /account'], 3);
  const { profile_uuid } = await client.defineProfile(PROFILE);
  sim.control.injectFault({ endpoint: 'POST /profile/devices', kind: 'delay', ms: 1500 });
  await assert.rejects(client.assignProfile(profile_uuid, ['A']), (e: unknown) => e instanceof UnavailableError && e.code === 'ETIMEDOUT_request');
  assert.equal(counts()['POST /profile/devices'], 1);
});

test('a connection refused (nothing listening) is retried, then UnavailableError', async (t) => {
  const { sim } = await setup(t);
  const url = sim.url;
  await sim.close();
  const waits: number[] = [];
  const client = createClient({
    token: sim.tokens.sim,
    baseUrl: url,
    sleep: async (ms) => {
      waits.push(ms);
    },
    maxRetries: 2,
    baseDelayMs: 10,
    random: () => 0.5,
  });
  await assert.rejects(client.account(), (e: unknown) => e instanceof UnavailableError && e.code === 'ECONNREFUSED');
  assert.deepEqual(waits, [5, 10]);
});

test('truncated and invalid JSON on a 200 → ResponseFormatError, not retried', async (t) => {
  const { sim, client, counts } = await setup(t);
  sim.control.injectFault({ endpoint: 'POST /server/devices', kind: 'truncated_json' });
  await assert.rejects(client.fetchDevices({}), (e: unknown) => e instanceof ResponseFormatError && e.code === 'INVALID_JSON' && e.status === 200);
  sim.control.injectFault({ endpoint: 'GET /account', kind: 'invalid_json' });
  await assert.rejects(client.account(), (e: unknown) => e instanceof ResponseFormatError && e.code === 'INVALID_JSON');
  assert.equal(counts()['POST /server/devices'], 1);
  assert.equal(client.stats.retries, 0);
});

test('a fetch answer repeating the cursor is passed through (the sync engine guards against it)', async (t) => {
  const { sim, client } = await setup(t);
  const first = await client.fetchDevices({ limit: 1 });
  sim.control.injectFault({ endpoint: 'POST /server/devices', kind: 'repeat_cursor' });
  const again = await client.fetchDevices({ limit: 1, cursor: first.cursor });
  assert.equal(again.cursor, first.cursor);
  assert.equal(again.more_to_follow, true);
});

test('assign: >1000 serials and empty lists are refused before anything is sent; duplicates collapse', async (t) => {
  const { sim, client, counts } = await setup(t);
  const many = Array.from({ length: 1001 }, (_, i) => `S${String(i).padStart(11, '0')}`);
  await assert.rejects(client.assignProfile('ABC', many), (e: unknown) => e instanceof RequestError && e.code === 'TOO_MANY_DEVICES' && /1001/.test(e.message));
  await assert.rejects(client.assignProfile('ABC', []), (e: unknown) => e instanceof RequestError && e.code === 'DEVICE_ID_REQUIRED');
  await assert.rejects(client.assignProfile('', ['A']), (e: unknown) => e instanceof RequestError && e.code === 'PROFILE_UUID_REQUIRED');
  await assert.rejects(client.assignProfile('ABC', ['A', '']), (e: unknown) => e instanceof RequestError && e.code === 'DEVICE_ID_INVALID');
  await assert.rejects(client.removeProfile([]), RequestError);
  await assert.rejects(client.deviceDetails([]), RequestError);
  await assert.rejects(client.disownDevices([]), RequestError);
  await assert.rejects(client.syncDevices({ cursor: '' }), (e: unknown) => e instanceof RequestError && e.code === 'CURSOR_REQUIRED');
  assert.deepEqual(counts(), {}, 'not even a session');

  const { profile_uuid } = await client.defineProfile(PROFILE);
  const real = sim.control.devices('sim')[0].serial_number;
  const dupes = [...many.slice(0, 999), real, ...many.slice(0, 500), real]; // 1501 entries, 1000 distinct
  const r = await client.assignProfile(profile_uuid, dupes);
  assert.equal(Object.keys(r.devices).length, 1000);
  assert.equal(r.devices[real], 'SUCCESS');
});

test('assign: 405 on POST falls back to PUT once', async (t) => {
  const { sim, client, counts } = await setup(t);
  const serial = sim.control.devices('sim')[0].serial_number;
  const { profile_uuid } = await client.defineProfile(PROFILE);
  sim.control.injectFault({ endpoint: 'POST /profile/devices', kind: 'status', status: 405 });
  assert.deepEqual((await client.assignProfile(profile_uuid, [serial])).devices, { [serial]: 'SUCCESS' });
  assert.equal(counts()['POST /profile/devices'], 1);
  assert.equal(counts()['PUT /profile/devices'], 1);
  // an unknown profile UUID: 404 → ProfileNotFoundError (via errorFor)
  await assert.rejects(client.assignProfile('00000000000000000000000000000000', [serial]), (e: unknown) => (e as Error).name === 'ProfileNotFoundError');
});

test('assign: per-serial THROTTLED with retry_after_seconds comes through', async (t) => {
  const { sim, client } = await setup(t);
  const [a, b] = sim.control.devices('sim').map((d) => d.serial_number);
  const { profile_uuid } = await client.defineProfile(PROFILE);
  sim.control.injectFault({ endpoint: 'POST /profile/devices', kind: 'serial_result', serials: [b], result: 'THROTTLED', retryAfterSeconds: 120 });
  const r = await client.assignProfile(profile_uuid, [a, b]);
  assert.deepEqual(r.devices, { [a]: 'SUCCESS', [b]: 'THROTTLED' });
  assert.equal(r.retry_after_seconds, 120);
});

test('quoted (depsim-style) error bodies map the same way', async (t) => {
  const { client } = await setup(t, { sim: { quotedErrors: true } });
  await assert.rejects(
    client.syncDevices({ cursor: 'garbage' }),
    (e: unknown) => e instanceof CursorError && e.code === 'INVALID_CURSOR' && e.body === '"INVALID_CURSOR"',
  );
});

test('logs: debug per call with endpoint/status/ms, warn on retry, never a secret; onResponse sees every answer', async (t) => {
  const lines: string[] = [];
  const seen: Array<[string, number]> = [];
  const { sim, client } = await setup(t, {
    client: {
      logger: createLogger({ level: 'debug', sink: (l) => lines.push(l) }),
      tokenName: 'acme',
      onResponse: (endpoint, status, ms) => {
        assert.ok(ms >= 0);
        seen.push([endpoint, status]);
      },
    },
  });
  sim.control.injectFault({ endpoint: 'POST /server/devices', kind: 'status', status: 503, retryAfter: '1' });
  sim.control.injectFault({ endpoint: 'GET /account', kind: 'rotate_session' });
  await client.fetchDevices({});
  await client.account();
  const session = await client.session();
  const recs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  const calls = recs.filter((r) => r.msg === 'apple call');
  assert.ok(calls.some((r) => r.endpoint === 'POST /server/devices' && r.status === 503 && typeof r.ms === 'number' && r.level === 'debug'));
  assert.ok(calls.every((r) => r.token === 'acme'));
  assert.ok(recs.some((r) => r.level === 'warn' && r.endpoint === 'POST /server/devices' && r.waitMs === 1000));
  const all = lines.join('\n');
  const tok = sim.tokens.sim;
  for (const secret of [session, tok.consumer_secret, tok.access_secret, tok.access_token, tok.consumer_key, 'oauth_signature']) {
    assert.ok(!all.includes(secret), `log leaked ${secret.slice(0, 12)}…`);
  }
  assert.deepEqual(seen, [
    ['GET /session', 200],
    ['POST /server/devices', 503],
    ['POST /server/devices', 200],
    ['GET /account', 200],
    ['GET /session', 200],
  ]);
});
