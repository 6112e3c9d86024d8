import type { DB } from '../store/db.ts';
import type { DeviceAssignmentApi } from '../apple/api.ts';
import type { Profile, SerialResult } from '../apple/types.ts';
import { ProfileNotFoundError, UnavailableError, type AppleError } from '../apple/errors.ts';
import { assignmentStatements, assignmentWorkStatements, fillPendingUuids, type AssignmentRow } from '../store/assignments.ts';
import { nextAssignment } from './next.ts';
import { devicesAfter } from '../store/devices.ts';
import { currentUuids, findDefinition, forgetProfile, recordDefinition } from '../store/profiles.ts';
import { policyFingerprintOf, setPolicyFingerprint, setTokenStatus } from '../store/tokens.ts';
import { evaluate, type PolicyContext } from './policy.ts';
import { profileHash } from '../profile/ade.ts';
import { tokenStatusFor } from '../sync/status.ts';
import type { Logger } from '../log.ts';
import type { Outbox } from '../events/outbox.ts';
import { createHash } from 'node:crypto';

/** Apple takes at most 1000 serials per assign call (A.7.7). */
export const MAX_BATCH = 1000;

export interface Backoff {
  failedSeconds: number;
  failedMaxSeconds: number;
  throttledDefaultSeconds: number;
}

export interface AssignContext {
  db: DB;
  api: DeviceAssignmentApi;
  token: string;
  logger: Logger;
  /** The ADE profiles this token may need, by config name, already built (buildAdeProfile). */
  profiles: Record<string, Profile>;
  policy: () => PolicyContext;
  backoff: Backoff;
  now?: () => Date;
  random?: () => number;
  onResult?: (result: string, n: number) => void;
  /** profile.* events for webhooks, written with each batch's answer. */
  outbox?: Outbox;
  /** Called first in every transaction that writes the token's rows: throws when this process lost the token's sync lease. */
  fence?: () => void;
}

export interface AssignResult {
  token: string;
  batches: number;
  sent: number;
  results: Record<string, number>;
  defined: string[];
  reevaluated: number;
  error?: { code: string; message: string; status?: string };
  ms: number;
}

/** Growing backoff for FAILED: base · 2^(attempts−1), capped (a day by default), with ±20 % jitter so serials spread out. */
export function failedDelaySeconds(attempts: number, b: Backoff, random = Math.random): number {
  const d = Math.min(b.failedMaxSeconds, b.failedSeconds * 2 ** Math.max(0, attempts - 1));
  return Math.round(d * (0.8 + 0.4 * random()));
}

/**
 * Define at Apple each profile whose content changed (Apple profiles are immutable: a change is a new UUID).
 * Returns the names defined. A 404/NOT_FOUND later re-defines through `forget`.
 */
async function ensureProfiles(ctx: AssignContext, names: Iterable<string>): Promise<string[]> {
  const { db, api, token, logger } = ctx;
  const at = () => (ctx.now?.() ?? new Date()).toISOString();
  const defined: string[] = [];
  for (const name of names) {
    const def = ctx.profiles[name];
    if (!def) continue;
    const hash = profileHash(def);
    const row = findDefinition(db, token, name, hash);
    if (row?.profile_uuid && !row.superseded_at) continue;
    const r = await api.defineProfile(def);
    db.transaction(() => {
      ctx.fence?.();
      recordDefinition(db, { token, name, hash, uuid: r.profile_uuid, definition: def, at: at() });
    })();
    logger.info('profile defined at Apple', { token, profile: name, profile_uuid: r.profile_uuid });
    defined.push(name);
  }
  return defined;
}

/** A fingerprint of everything the policy reads for a token; when it changes, all its devices are evaluated again. */
function policyFingerprint(ctx: PolicyContext, token: string, profileNames: string[]): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(ctx.rules.map((r) => ({ ...r, match: { ...r.match, serials: r.match.serials ? [...r.match.serials].sort() : undefined } }))));
  h.update(JSON.stringify(ctx.defaults[token] ?? null));
  for (const n of [...profileNames].sort()) h.update(`${n}=${ctx.uuids(token, n)};`);
  return h.digest('hex');
}

/** Evaluate every device of the token again (after a profile or rule change), in chunks, each chunk one transaction. */
function reevaluateToken(db: DB, token: string, policy: PolicyContext, now = new Date(), fence?: () => void): number {
  const asg = assignmentStatements(db);
  const at = now.toISOString();
  let changed = 0;
  let after = 0;
  for (;;) {
    const rows = devicesAfter(db, token, after, 5000);
    if (!rows.length) break;
    db.transaction(() => {
      fence?.();
      for (const r of rows) {
        const v = evaluate({ token, ...r, deleted: !!r.deleted_at }, policy);
        const prev = asg.get.get(r.id) as AssignmentRow | undefined;
        const next = nextAssignment(prev, v, r.id, token, r.serial_number, at, false);
        if (!prev || prev.state !== next.state || prev.profile_uuid !== next.profile_uuid || prev.profile_name !== next.profile_name) {
          asg.put.run(next);
          changed++;
        }
      }
    })();
    after = rows[rows.length - 1].id;
  }
  return changed;
}

/**
 * Make the assignment rows agree with the current policy: define changed profiles at Apple, and when rules, defaults or
 * profile UUIDs changed since the token was last evaluated, evaluate every device again. Cheap when nothing changed.
 * The daemon runs it before each sync, so the rows a sync writes already carry the right UUIDs.
 */
export async function preparePolicy(ctx: AssignContext): Promise<{ defined: string[]; reevaluated: number }> {
  const { db, token, logger } = ctx;
  const names = new Set(Object.keys(ctx.profiles));
  const defined = await ensureProfiles(ctx, names);
  const policy = ctx.policy();
  const fp = policyFingerprint(policy, token, [...names]);
  const stored = policyFingerprintOf(db, token);
  let reevaluated = 0;
  if (stored !== fp) {
    reevaluated = reevaluateToken(db, token, policy, ctx.now?.() ?? new Date(), ctx.fence);
    setPolicyFingerprint(db, token, fp);
    if (reevaluated) logger.info('assignments re-evaluated after a policy change', { token, changed: reevaluated });
  }
  // Rows still waiting for a UUID (evaluated before their profile was defined) get it now.
  db.transaction(() => {
    ctx.fence?.();
    for (const [name, uuid] of currentUuids(db, token)) if (uuid) fillPendingUuids(db, token, name, uuid);
  })();
  return { defined, reevaluated };
}

/**
 * Send due assignments in batches of ≤ 1000 distinct serials, one batch in flight per token, and record Apple's
 * answer per serial in the same transaction as the device's new state. Never a hot loop: every serial sent leaves
 * the due set (assigned, flagged, or given a not-before time).
 */
export async function assignDue(ctx: AssignContext, opts: { signal?: AbortSignal; maxBatches?: number } = {}): Promise<AssignResult> {
  const { db, api, token, logger } = ctx;
  const now = () => ctx.now?.() ?? new Date();
  const random = ctx.random ?? Math.random;
  const started = performance.now();
  const res: AssignResult = { token, batches: 0, sent: 0, results: {}, defined: [], reevaluated: 0, ms: 0 };
  const { due, dueUuids, setResult, setAssigned, mirror, event } = assignmentWorkStatements(db, MAX_BATCH);

  type Batch = { id: number; serial_number: string; attempts: number }[];
  /** Apple's answer for one batch, per serial, with the device's new state, in one transaction. */
  const record = (batch: Batch, uuid: string, answer: Record<string, SerialResult>, retryAfter: number | undefined) => {
    const at = now().toISOString();
    const tally: Record<string, number> = {};
    const assigned: number[] = [];
    db.transaction(() => {
      ctx.fence?.();
      for (const b of batch) {
        const r = (answer[b.serial_number] as SerialResult | undefined) ?? 'MISSING';
        tally[r] = (tally[r] ?? 0) + 1;
        const attempts = b.attempts + 1;
        if (r === 'SUCCESS') {
          assigned.push(b.id);
          continue;
        }
        if (r === 'NOT_ACCESSIBLE') {
          setResult.run({ id: b.id, state: 'not_accessible', attempts, at, result: r, not_before: null, reason: 'Apple: not accessible by this MDM server' });
        } else if (r === 'THROTTLED') {
          const wait = retryAfter ?? ctx.backoff.throttledDefaultSeconds;
          setResult.run({
            id: b.id,
            state: 'throttled',
            attempts,
            at,
            result: r,
            not_before: new Date(now().getTime() + wait * 1000).toISOString(),
            reason: `Apple: throttled for ${wait}s`,
          });
        } else {
          // FAILED, or a serial missing from Apple's answer, which counts as failed
          const wait = failedDelaySeconds(attempts, ctx.backoff, random);
          setResult.run({
            id: b.id,
            state: 'failed',
            attempts,
            at,
            result: r,
            not_before: new Date(now().getTime() + wait * 1000).toISOString(),
            reason: `Apple: ${r === 'MISSING' ? 'no answer for this serial' : 'FAILED'}; retry in ${wait}s`,
          });
        }
        event.run(b.id, token, b.serial_number, at, JSON.stringify({ profile_uuid: uuid, result: r, attempts }));
      }
      if (assigned.length) {
        const ids = JSON.stringify(assigned);
        setAssigned.run({ at, ids });
        mirror.run({ uuid, ids });
      }
      ctx.outbox?.assignments(token, uuid, batch, answer, at);
    })();
    for (const [k, n] of Object.entries(tally)) {
      res.results[k] = (res.results[k] ?? 0) + n;
      ctx.onResult?.(k, n);
    }
    logger.info('assign batch', { token, profile_uuid: uuid, serials: batch.length, ...tally });
  };
  // An answered batch waits here to be recorded while the next one is in flight (still one batch in flight at a time:
  // the next is sent only once this one's answer is in). Its rows are behind the walk's position, so never re-sent.
  let answered: (() => void) | null = null;
  const recordAnswered = () => {
    const r = answered;
    answered = null;
    r?.();
  };

  try {
    const names = new Set(Object.keys(ctx.profiles));
    const prep = await preparePolicy(ctx);
    res.defined = prep.defined;
    res.reevaluated = prep.reevaluated;

    let redefinedOnce = false;
    const work: { state: string; uuid: string; after: number }[] = [];
    const plan = () => {
      work.length = 0;
      for (const state of ['pending', 'failed', 'throttled']) {
        for (const r of dueUuids.all({ token, state }) as { profile_uuid: string }[]) work.push({ state, uuid: r.profile_uuid, after: 0 });
      }
    };
    plan();
    while (work.length) {
      if (opts.signal?.aborted || (opts.maxBatches !== undefined && res.batches >= opts.maxBatches)) break;
      const w = work[0];
      const uuid = w.uuid;
      const batch = due.all({ token, state: w.state, uuid, after: w.after, now: now().toISOString() }) as Batch;
      if (!batch.length) {
        work.shift();
        continue;
      }
      w.after = batch[batch.length - 1].id;
      res.batches++;
      res.sent += batch.length;
      let answer: Record<string, SerialResult>;
      let retryAfter: number | undefined;
      try {
        const sent = api.assignProfile(
          uuid,
          batch.map((b) => b.serial_number),
        );
        if (answered) {
          // let the request leave before the previous answer is written, so Apple works while we record
          await new Promise((r) => setImmediate(r));
          recordAnswered();
        }
        const r = await sent;
        answer = r.devices ?? {};
        retryAfter = r.retry_after_seconds;
      } catch (e) {
        recordAnswered();
        if (e instanceof ProfileNotFoundError && !redefinedOnce) {
          // Apple no longer knows this UUID: define the profile again and move its devices to the new UUID.
          redefinedOnce = true;
          logger.warn('Apple does not know the profile UUID: defining it again', { token, profile_uuid: uuid });
          forgetProfile(db, token, uuid);
          res.defined.push(...(await ensureProfiles(ctx, names)));
          reevaluateToken(db, token, ctx.policy(), now(), ctx.fence);
          plan();
          continue;
        }
        // The whole batch failed: leave it due later rather than retrying at once.
        const wait = e instanceof UnavailableError && e.retryAfterMs ? Math.ceil(e.retryAfterMs / 1000) : ctx.backoff.failedSeconds;
        const at = now().toISOString();
        db.transaction(() => {
          ctx.fence?.();
          for (const b of batch)
            setResult.run({
              id: b.id,
              state: 'pending',
              attempts: b.attempts + 1,
              at,
              result: (e as AppleError).code ?? 'ERROR',
              not_before: new Date(now().getTime() + wait * 1000).toISOString(),
              reason: null,
            });
        })();
        throw e;
      }
      answered = () => record(batch, uuid, answer, retryAfter);
    }
    recordAnswered();
  } catch (e) {
    try {
      recordAnswered();
    } catch {
      /* the error being reported is the first one */
    } // an answer in hand is kept
    const err = e as AppleError;
    const status = tokenStatusFor(e);
    res.error = { code: err.code ?? 'ERROR', message: err.message, status: status?.status };
    if (status) setTokenStatus(db, token, status.status, status.detail ?? null, now());
    logger[status?.severity ?? 'error']('assignment stopped', { token, code: res.error.code, error: err.message });
  }
  res.ms = Math.round(performance.now() - started);
  return res;
}
