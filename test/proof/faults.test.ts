import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { openDatabase, type DB } from '../../src/store/db.ts';
import { createRuntime } from '../../src/daemon/runtime.ts';
import { parseConfig } from '../../src/config/load.ts';
import { statusReport } from '../../src/store/report.ts';
import { silentLogger } from '../../src/log.ts';
import type { Fault, RunningSim } from '../../src/sim/index.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim } from '../helpers/sim.ts';
import { figure, size } from './lib.ts';

/**
 * The fault matrix: two tokens on two simulated Apple services; only "alpha" gets the fault. For each fault the
 * faulty cycle stays under a stated request bound, statusReport() names the condition, "beta" keeps syncing and
 * assigning meanwhile, and once the fault clears alpha converges to exactly Apple's state within a few cycles.
 *
 * Bounds (config: max_retries R = 3):
 * - transient answers (429, 503, 500, reset, stall past the timeout) on a read: the call is tried 1 + R times, then
 *   the run ends → ≤ R + 1 requests to the faulty endpoint per cycle (the run stops at the first failed call);
 * - session refusals (expiry, 403 FORBIDDEN): one renewal and one replay → ≤ 2 requests, ≤ 1 GET /session;
 * - answers that no retry can fix (terms, access, unparsable body, cursor errors): ≤ 1 request, or 2 for a
 *   cursor error (one restart as a full fetch per run); a repeated cursor stops the run at once;
 * - FAILED / THROTTLED serials: never re-sent in the same cycle → one assign call per 1000 due serials.
 */
const R = 3;
const ALPHA = size(300, 3000);
const BETA = size(200, 2000);

interface Case {
  name: string;
  faults: (s: RunningSim, serials: string[]) => Fault[];
  /** Requests per "METHOD /path" during the faulty cycle (upper bounds). */
  bound: Record<string, number>;
  /** The faulty cycle's sync still succeeds (the fault hits assignment, or is retried away). */
  syncOk?: boolean;
  check: (rep: ReturnType<typeof statusReport>['tokens'][number], waits: number[]) => void;
  /** Real time the fault's back-off needs before convergence is possible. */
  settleMs?: number;
}

const unavailable = (code: RegExp) => (t: ReturnType<typeof statusReport>['tokens'][number]) => {
  assert.equal(t.status, 'unavailable', JSON.stringify(t));
  assert.equal(t.last_sync?.result, 'error');
  assert.match(t.last_sync?.error_code ?? '', code);
  assert.ok(
    t.problems.some((p) => p.startsWith('unavailable:')),
    JSON.stringify(t.problems),
  );
  assert.ok(
    t.problems.some((p) => p.startsWith('last sync failed:')),
    JSON.stringify(t.problems),
  );
};
const SYNC = 'POST /devices/sync';

const CASES: Case[] = [
  {
    name: '429 with Retry-After in seconds',
    faults: () => [{ endpoint: SYNC, kind: 'status', status: 429, body: 'TOO_MANY_REQUESTS', retryAfter: '2', count: Infinity }],
    bound: { [SYNC]: R + 1 },
    check: (t, waits) => {
      unavailable(/429|TOO_MANY|UNAVAILABLE/)(t);
      assert.deepEqual(waits, [2000, 2000, 2000]);
    },
  },
  {
    name: '503 with Retry-After as an HTTP date',
    faults: (s) => [{ endpoint: SYNC, kind: 'status', status: 503, retryAfter: new Date(s.control.now() + 3000).toUTCString(), count: Infinity }],
    bound: { [SYNC]: R + 1 },
    check: (t, waits) => {
      unavailable(/503|UNAVAILABLE/)(t);
      assert.equal(waits.length, R);
      assert.ok(
        waits.every((w) => w <= 3000),
        `waits ${waits}`,
      );
    },
  },
  {
    name: '500',
    faults: () => [{ endpoint: SYNC, kind: 'status', status: 500, count: Infinity }],
    bound: { [SYNC]: R + 1 },
    check: (t) => unavailable(/500|UNAVAILABLE/)(t),
  },
  {
    name: 'connection reset',
    faults: () => [{ endpoint: SYNC, kind: 'reset', count: Infinity }],
    bound: { [SYNC]: R + 1 },
    check: (t) => unavailable(/ECONNRESET|NETWORK|UNAVAILABLE|SOCKET/)(t),
  },
  {
    name: 'stalled response past the client timeout',
    faults: () => [{ endpoint: SYNC, kind: 'delay', ms: 1500, count: Infinity }],
    bound: { [SYNC]: R + 1 },
    check: (t) => unavailable(/TIMEDOUT|TIMEOUT|UNAVAILABLE/)(t),
  },
  {
    name: 'truncated JSON',
    faults: () => [{ endpoint: SYNC, kind: 'truncated_json', count: Infinity }],
    bound: { [SYNC]: R + 1 },
    check: (t) => {
      assert.equal(t.last_sync?.result, 'error');
      assert.notEqual(t.status, 'ok');
      assert.ok(t.problems.length > 0);
    },
  },
  {
    name: 'invalid JSON (an HTML error page with 200)',
    faults: () => [{ endpoint: SYNC, kind: 'invalid_json', count: Infinity }],
    bound: { [SYNC]: R + 1 },
    check: (t) => {
      assert.equal(t.last_sync?.result, 'error');
      assert.notEqual(t.status, 'ok');
      assert.ok(t.problems.length > 0);
    },
  },
  {
    name: 'session expiring on every call',
    faults: () => [{ endpoint: SYNC, kind: 'session_expire', count: Infinity }],
    bound: { [SYNC]: 2, 'GET /session': 1 },
    check: (t) => {
      assert.equal(t.status, 'unauthorized');
      assert.equal(t.last_sync?.result, 'error');
      assert.ok(t.problems.some((p) => p.startsWith('unauthorized:')));
    },
  },
  {
    name: '403 FORBIDDEN',
    faults: () => [{ endpoint: SYNC, kind: 'status', status: 403, body: 'FORBIDDEN', count: Infinity }],
    bound: { [SYNC]: 2, 'GET /session': 1 },
    check: (t) => {
      assert.equal(t.status, 'unauthorized');
      assert.match(t.last_sync?.error_code ?? '', /FORBIDDEN/);
    },
  },
  {
    name: 'T_C_NOT_SIGNED',
    faults: () => [{ endpoint: '*', kind: 'status', status: 403, body: 'T_C_NOT_SIGNED', count: Infinity }],
    bound: { [SYNC]: 1, 'GET /session': 0 },
    check: (t) => {
      assert.equal(t.status, 't_c_not_signed');
      assert.equal(t.terms_signed, false);
      assert.ok(t.problems.some((p) => /accept the new terms/.test(p)));
    },
  },
  {
    name: 'ACCESS_DENIED',
    faults: () => [{ endpoint: '*', kind: 'status', status: 403, body: 'ACCESS_DENIED', count: Infinity }],
    bound: { [SYNC]: 1, 'GET /session': 0 },
    check: (t) => {
      assert.equal(t.status, 'access_denied');
      assert.ok(t.problems.some((p) => p.startsWith('access_denied:')));
    },
  },
  {
    name: 'EXPIRED_CURSOR',
    faults: () => [{ endpoint: SYNC, kind: 'status', status: 400, body: 'EXPIRED_CURSOR', count: Infinity }],
    bound: { [SYNC]: 2, 'POST /server/devices': Math.ceil((ALPHA + Math.floor(ALPHA / 3)) / 100) + 1 },
    check: (t) => {
      assert.equal(t.last_sync?.error_code, 'EXPIRED_CURSOR');
      assert.ok(t.problems.some((p) => /EXPIRED_CURSOR/.test(p)));
    },
  },
  {
    name: 'INVALID_CURSOR',
    faults: () => [{ endpoint: SYNC, kind: 'status', status: 400, body: 'INVALID_CURSOR', count: Infinity }],
    bound: { [SYNC]: 2, 'POST /server/devices': Math.ceil((ALPHA + Math.floor(ALPHA / 3)) / 100) + 1 },
    check: (t) => {
      assert.equal(t.last_sync?.error_code, 'INVALID_CURSOR');
      assert.ok(t.problems.some((p) => /INVALID_CURSOR/.test(p)));
    },
  },
  {
    name: 'repeated cursor with more_to_follow',
    faults: () => [{ endpoint: SYNC, kind: 'repeat_cursor', count: Infinity }],
    bound: { [SYNC]: 1 },
    check: (t) => {
      assert.equal(t.last_sync?.error_code, 'REPEATED_CURSOR');
      assert.ok(t.problems.some((p) => /REPEATED_CURSOR/.test(p)));
    },
  },
  {
    name: '500 on an assign call (Apple may have processed it: not replayed blindly)',
    syncOk: true,
    settleMs: 1300,
    faults: () => [{ endpoint: 'POST /profile/devices', kind: 'status', status: 500, count: Infinity }],
    bound: { 'POST /profile/devices': 1 },
    check: (t) => {
      assert.equal(t.status, 'unavailable');
      assert.equal(t.assignments.pending, Math.floor(ALPHA / 3));
    },
  },
  {
    name: '429 on an assign call (refused unprocessed: replayed after Retry-After)',
    syncOk: true,
    settleMs: 1300,
    faults: () => [{ endpoint: 'POST /profile/devices', kind: 'status', status: 429, retryAfter: '1', count: Infinity }],
    bound: { 'POST /profile/devices': R + 1 },
    check: (t, waits) => {
      assert.equal(t.status, 'unavailable');
      assert.deepEqual(waits, [1000, 1000, 1000]);
      assert.equal(t.assignments.pending, Math.floor(ALPHA / 3));
    },
  },
  {
    name: 'FAILED serials',
    syncOk: true,
    settleMs: 1300,
    faults: (_s, serials) => [{ endpoint: 'POST /profile/devices', kind: 'serial_result', serials: serials.slice(0, 7), result: 'FAILED', count: Infinity }],
    bound: { 'POST /profile/devices': Math.ceil(ALPHA / 3 / 1000) },
    check: (t) => {
      assert.equal(t.assignments.failed, 7);
      assert.equal(t.status, 'ok');
    },
  },
  {
    name: 'THROTTLED serials',
    syncOk: true,
    settleMs: 1300,
    faults: (_s, serials) => [
      { endpoint: 'POST /profile/devices', kind: 'serial_result', serials: serials.slice(0, 9), result: 'THROTTLED', retryAfterSeconds: 1, count: Infinity },
    ],
    bound: { 'POST /profile/devices': Math.ceil(ALPHA / 3 / 1000) },
    check: (t) => {
      assert.equal(t.assignments.throttled, 9);
      assert.equal(t.status, 'ok');
    },
  },
];

async function setup() {
  const a = await sim({ servers: [{ name: 'alpha', devices: ALPHA, seed: 3 }] });
  const b = await sim({ servers: [{ name: 'beta', devices: BETA, seed: 4 }] });
  const dir = tempDir();
  mkdirSync(join(dir, 'tokens'), { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, 'tokens', 'alpha.json'), JSON.stringify(a.tokens.alpha), { mode: 0o600 });
  writeFileSync(join(dir, 'tokens', 'beta.json'), JSON.stringify(b.tokens.beta), { mode: 0o600 });
  const yaml = `state_dir: ${dir}
log_level: warn
apple:
  base_url: ${a.url}
  timeout_seconds: 1
  max_retries: ${R}
  max_retry_wait_seconds: 10
assign:
  failed_backoff_seconds: 1
sync:
  page_limit: 100
tokens:
  - name: alpha
    base_url: ${a.url}
    default_profile: standard
  - name: beta
    base_url: ${b.url}
    default_profile: standard
profiles:
  standard:
    profile_name: Standard supervised
    url: https://enroll.example.com/enroll
    department: IT
`;
  const config = parseConfig(yaml, join(dir, 'config.yaml'), dir);
  const db = openDatabase(join(dir, 'adesync.db'));
  const waits: number[] = [];
  const rt = createRuntime({
    config,
    db,
    logger: silentLogger,
    clientOptions: {
      now: () => a.control.now(),
      sleep: async (ms: number) => {
        waits.push(ms);
      },
    },
  });
  return { a, b, db, rt, config, waits };
}

function converged(db: DB, s: RunningSim, name: string): string | null {
  const live = new Set(
    (db.prepare('SELECT serial_number FROM devices WHERE token = ? AND deleted_at IS NULL').all(name) as { serial_number: string }[]).map(
      (r) => r.serial_number,
    ),
  );
  const apple = s.control.devices(name);
  if (live.size !== apple.length || apple.some((d) => !live.has(d.serial_number))) return `device set differs (${live.size} vs ${apple.length})`;
  const uuid = (db.prepare('SELECT profile_uuid FROM profiles WHERE token = ? AND superseded_at IS NULL').get(name) as { profile_uuid: string } | undefined)
    ?.profile_uuid;
  const lacking = apple.filter((d) => d.profile_uuid !== uuid).length;
  if (lacking) return `${lacking} devices lack the profile at Apple`;
  const st = (db.prepare('SELECT status FROM tokens WHERE name = ?').get(name) as { status: string }).status;
  if (st !== 'ok') return `token status ${st}`;
  return null;
}

for (const c of CASES) {
  test(`fault on alpha only: ${c.name}`, async () => {
    const { a, b, db, rt, config, waits } = await setup();
    for (const n of ['alpha', 'beta']) {
      const r = await rt.runCycle(n);
      assert.equal(r.sync.ok, true, JSON.stringify(r.sync.error));
    }
    // Apple changes on both sides, so the faulty cycle has real work and beta has some too
    const fresh = a.control.addDevices('alpha', Math.floor(ALPHA / 3)).map((d) => d.serial_number);
    a.control.modifyDevice('alpha', a.control.devices('alpha')[0].serial_number, { model: 'Changed' });
    a.control.removeDevice('alpha', a.control.devices('alpha')[1].serial_number);
    b.control.addDevices('beta', 25);
    for (const f of c.faults(a, fresh)) a.control.injectFault(f);
    a.control.resetCounts();
    waits.length = 0;
    const [ra, rb] = await Promise.all([rt.runCycle('alpha'), rt.runCycle('beta')]);
    const counts = a.control.requestCounts();
    // the other token is untouched by alpha's trouble
    assert.equal(rb.sync.ok, true, JSON.stringify(rb.sync.error));
    assert.equal(rb.assign?.results.SUCCESS, 25);
    assert.equal(converged(db, b, 'beta'), null);
    assert.equal(ra.sync.ok, !!c.syncOk, JSON.stringify(ra.sync.error));
    for (const [k, max] of Object.entries(c.bound)) assert.ok((counts[k] ?? 0) <= max, `${k}: ${counts[k]} requests during the fault, bound ${max}`);
    const total = Object.values(counts).reduce((x, y) => x + y, 0);
    const rep = statusReport(db, config);
    const t = rep.tokens.find((x) => x.name === 'alpha')!;
    c.check(t, waits);
    assert.equal(rep.tokens.find((x) => x.name === 'beta')!.problems.length, 0, 'beta shows no problem');
    // the fault clears: alpha converges within a bounded number of cycles
    a.control.clearFaults();
    if (c.settleMs) await new Promise((r) => setTimeout(r, c.settleMs));
    let cycles = 0;
    let why: string | null = 'not run';
    while (cycles < 4 && why) {
      cycles++;
      await rt.runCycle('alpha');
      why = converged(db, a, 'alpha');
    }
    assert.equal(why, null, `alpha converged after ${cycles} cycles`);
    const after = statusReport(db, config).tokens.find((x) => x.name === 'alpha')!;
    assert.deepEqual(after.problems, []);
    figure(
      `faults ${c.name}: requests during fault=${JSON.stringify(counts)} total=${total} status=${t.status}/${t.last_sync?.error_code ?? '-'} converged_after=${cycles} cycle(s)`,
    );
  });
}
