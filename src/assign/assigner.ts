import type { DeviceAssignmentApi } from '../apple/api.ts';
import type { Profile, SerialResult } from '../apple/types.ts';
import { ProfileNotFoundError, UnavailableError, type AppleError } from '../apple/errors.ts';
import type { AssignmentRow } from '../store/assignments.ts';
import type { AssignStore } from '../store/assign.ts';
import type { Lease } from '../store/leases.ts';
import { nextAssignment } from './next.ts';
import { batchOutcome, deferredBatch, type Backoff, type BatchEntry } from './answer.ts';
import { evaluate, type PolicyContext } from './policy.ts';
import { profileHash } from '../profile/ade.ts';
import { tokenStatusFor } from '../sync/status.ts';
import type { Logger } from '../log.ts';
import { createHash } from 'node:crypto';
import { ASSIGN_BATCH } from '../store/index.ts';

/** Apple takes at most 1000 serials per assign call (A.7.7); the store reads due work in batches of it. */
export const MAX_BATCH = ASSIGN_BATCH;

export interface AssignContext {
  /** Where definitions, assignment rows and Apple's answers go (store/assign.ts: SQLite or PostgreSQL). */
  store: AssignStore;
  api: DeviceAssignmentApi;
  token: string;
  logger: Logger;
  /** The ADE profiles this token may need, by config name, already built (buildAdeProfile). */
  profiles: Record<string, Profile>;
  /** Read where it is used, so a reload (and a profile defined meanwhile) takes effect at once. */
  policy: () => PolicyContext | Promise<PolicyContext>;
  backoff: Backoff;
  now?: () => Date;
  random?: () => number;
  onResult?: (result: string, n: number) => void;
  /** The token's sync lease: every write that changes the token's rows is fenced by it (LeaseLostError once lost). */
  lease?: Lease;
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

/**
 * Define at Apple each profile whose content changed (Apple profiles are immutable: a change is a new UUID).
 * Returns the names defined. A 404/NOT_FOUND later re-defines through `forget`.
 */
async function ensureProfiles(ctx: AssignContext, names: Iterable<string>): Promise<string[]> {
  const { store, api, token, logger } = ctx;
  const at = () => (ctx.now?.() ?? new Date()).toISOString();
  const defined: string[] = [];
  for (const name of names) {
    const def = ctx.profiles[name];
    if (!def) continue;
    const hash = profileHash(def);
    const row = await store.findDefinition(token, name, hash);
    if (row?.profile_uuid && !row.superseded_at) continue;
    const r = await api.defineProfile(def);
    await store.recordDefinition({ token, name, hash, uuid: r.profile_uuid, definition: def, at: at() }, ctx.lease);
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
async function reevaluateToken(ctx: AssignContext, policy: PolicyContext, now = new Date()): Promise<number> {
  const { store, token } = ctx;
  const at = now.toISOString();
  let changed = 0;
  let after = 0;
  for (;;) {
    const rows = await store.devicesAfter(token, after, 5000);
    if (!rows.length) break;
    const put: AssignmentRow[] = [];
    for (const r of rows) {
      const v = evaluate({ token, ...r, deleted: !!r.deleted_at }, policy);
      const prev = r.assignment;
      const next = nextAssignment(prev, v, r.id, token, r.serial_number, at, false);
      if (!prev || prev.state !== next.state || prev.profile_uuid !== next.profile_uuid || prev.profile_name !== next.profile_name) put.push(next);
    }
    await store.putAssignments(put, ctx.lease);
    changed += put.length;
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
  const { store, token, logger } = ctx;
  const names = new Set(Object.keys(ctx.profiles));
  const defined = await ensureProfiles(ctx, names);
  const policy = await ctx.policy();
  const fp = policyFingerprint(policy, token, [...names]);
  const stored = await store.policyFingerprint(token);
  let reevaluated = 0;
  if (stored !== fp) {
    reevaluated = await reevaluateToken(ctx, policy, ctx.now?.() ?? new Date());
    await store.setPolicyFingerprint(token, fp);
    if (reevaluated) logger.info('assignments re-evaluated after a policy change', { token, changed: reevaluated });
  }
  // Rows still waiting for a UUID (evaluated before their profile was defined) get it now.
  await store.fillPendingUuids(token, ctx.lease);
  return { defined, reevaluated };
}

/**
 * Send due assignments in batches of ≤ 1000 distinct serials, one batch in flight per token, and record Apple's
 * answer per serial in the same transaction as the device's new state. Never a hot loop: every serial sent leaves
 * the due set (assigned, flagged, or given a not-before time).
 */
export async function assignDue(ctx: AssignContext, opts: { signal?: AbortSignal; maxBatches?: number } = {}): Promise<AssignResult> {
  const { store, api, token, logger } = ctx;
  const now = () => ctx.now?.() ?? new Date();
  const random = ctx.random ?? Math.random;
  const started = performance.now();
  const res: AssignResult = { token, batches: 0, sent: 0, results: {}, defined: [], reevaluated: 0, ms: 0 };

  /** Apple's answer for one batch, per serial, with the device's new state, in one transaction. */
  const record = async (batch: BatchEntry[], uuid: string, answer: Record<string, SerialResult>, retryAfter: number | undefined) => {
    const at = now();
    const outcome = batchOutcome(batch, answer, retryAfter, { backoff: ctx.backoff, nowMs: at.getTime(), random });
    await store.recordAnswer({ token, uuid, batch, answer, outcome, at: at.toISOString() }, ctx.lease);
    for (const [k, n] of Object.entries(outcome.tally)) {
      res.results[k] = (res.results[k] ?? 0) + n;
      ctx.onResult?.(k, n);
    }
    logger.info('assign batch', { token, profile_uuid: uuid, serials: batch.length, ...outcome.tally });
  };
  // An answered batch waits here to be recorded while the next one is in flight (still one batch in flight at a time:
  // the next is sent only once this one's answer is in). Its rows are behind the walk's position, so never re-sent.
  let answered: (() => Promise<void>) | null = null;
  const recordAnswered = async () => {
    const r = answered;
    answered = null;
    await r?.();
  };

  try {
    const names = new Set(Object.keys(ctx.profiles));
    const prep = await preparePolicy(ctx);
    res.defined = prep.defined;
    res.reevaluated = prep.reevaluated;

    let redefinedOnce = false;
    const work: { state: string; uuid: string; after: number }[] = [];
    const plan = async () => {
      work.length = 0;
      for (const state of ['pending', 'failed', 'throttled']) {
        for (const uuid of await store.dueUuids(token, state)) work.push({ state, uuid, after: 0 });
      }
    };
    await plan();
    while (work.length) {
      if (opts.signal?.aborted || (opts.maxBatches !== undefined && res.batches >= opts.maxBatches)) break;
      const w = work[0];
      const uuid = w.uuid;
      const batch = await store.due(token, w.state, uuid, w.after, now().toISOString());
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
          await recordAnswered();
        }
        const r = await sent;
        answer = r.devices ?? {};
        retryAfter = r.retry_after_seconds;
      } catch (e) {
        await recordAnswered();
        if (e instanceof ProfileNotFoundError && !redefinedOnce) {
          // Apple no longer knows this UUID: define the profile again and move its devices to the new UUID.
          redefinedOnce = true;
          logger.warn('Apple does not know the profile UUID: defining it again', { token, profile_uuid: uuid });
          await store.forgetProfile(token, uuid);
          res.defined.push(...(await ensureProfiles(ctx, names)));
          await reevaluateToken(ctx, await ctx.policy(), now());
          await plan();
          continue;
        }
        // The whole batch failed: leave it due later rather than retrying at once.
        const wait = e instanceof UnavailableError && e.retryAfterMs ? Math.ceil(e.retryAfterMs / 1000) : ctx.backoff.failedSeconds;
        const at = now();
        await store.deferBatch(deferredBatch(batch, (e as AppleError).code ?? 'ERROR', wait, at.getTime()), at.toISOString(), ctx.lease);
        throw e;
      }
      answered = () => record(batch, uuid, answer, retryAfter);
    }
    await recordAnswered();
  } catch (e) {
    try {
      await recordAnswered();
    } catch {
      /* the error being reported is the first one */
    } // an answer in hand is kept
    const err = e as AppleError;
    const status = tokenStatusFor(e);
    res.error = { code: err.code ?? 'ERROR', message: err.message, status: status?.status };
    if (status) await store.setTokenStatus(token, status.status, status.detail ?? null, now());
    logger[status?.severity ?? 'error']('assignment stopped', { token, code: res.error.code, error: err.message });
  }
  res.ms = Math.round(performance.now() - started);
  return res;
}
