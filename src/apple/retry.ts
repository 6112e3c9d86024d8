// Retry policy of the Device Assignment client (A.9 errors, A.11 last row): pure decisions, no timers, no I/O.
//
// Which failures may be replayed depends on what the endpoint does (its RetryClass):
//   read   — session, account, fetch, sync, details, get profile, replacement details, beta tokens: no side effect,
//            so every transient failure (429, 500, 502, 503, 504, any network error) is retried.
//   write  — define, assign, remove: 429 and 503 mean Apple refused the request before processing it, so a replay is
//            safe; a connection refused / DNS failure / connect timeout means it never left us, also safe. But a reset
//            or timeout AFTER the request was sent, or a 500/502/504, may hide a request Apple did process: we do NOT
//            replay it blindly (define would mint a second profile UUID; assign/remove could race a later decision).
//            The caller gets UnavailableError, records the attempt, and the next sync reconciles the real state
//            (profile_status / profile_uuid of each device).
//   strict — disown, activation lock: irreversible; retried only on 429/503.

export type RetryClass = 'read' | 'write' | 'strict';

/** What went wrong with one HTTP attempt. */
export type Failure =
  | { kind: 'status'; status: number; retryAfterMs?: number }
  /** `sent`: the request may have reached Apple (reset, hang-up, request timeout). */
  | { kind: 'network'; sent: boolean; code: string };

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxRetryWaitMs: number;
}

export type Decision =
  | { retry: true; waitMs: number }
  | {
      retry: false;
      /** not-transient: map the answer to its Apple error. The others end in UnavailableError. */
      reason: 'not-transient' | 'exhausted' | 'retry-after-too-long' | 'maybe-processed' | 'not-retried';
      retryAfterMs?: number;
    };

/** Statuses that mean "try again later". */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);
/** Statuses that mean "Apple did not process it" (rate limit, unavailable): safe to replay anything. */
const UNPROCESSED_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/**
 * Parse a Retry-After header (delta seconds or HTTP-date, RFC 9110 §10.2.3) into milliseconds from `nowMs`.
 * A date in the past gives 0; anything unparsable gives undefined (then plain backoff applies).
 */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!/[A-Za-z]/.test(v)) return undefined; // "1.5", "-3": not a delta-seconds, not a date
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** Exponential backoff with full jitter: uniform in [0, min(cap, base·2^retry)]. `random` ∈ [0, 1). */
export function backoffMs(retry: number, p: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(p.maxRetryWaitMs, p.baseDelayMs * 2 ** Math.min(retry, 30));
  return Math.floor(random() * ceiling);
}

/**
 * Decide what to do after a failed attempt.
 * @param retriesDone how many retries this request has already had (0 after the first attempt).
 */
export function decideRetry(f: Failure, cls: RetryClass, retriesDone: number, p: RetryPolicy, random: () => number): Decision {
  if (f.kind === 'status') {
    if (!TRANSIENT_STATUSES.has(f.status)) return { retry: false, reason: 'not-transient' };
    if (cls !== 'read' && !UNPROCESSED_STATUSES.has(f.status)) return { retry: false, reason: 'maybe-processed' };
  } else {
    if (cls === 'strict') return { retry: false, reason: f.sent ? 'maybe-processed' : 'not-retried' };
    if (cls === 'write' && f.sent) return { retry: false, reason: 'maybe-processed' };
  }
  const retryAfterMs = f.kind === 'status' ? f.retryAfterMs : undefined;
  // Beyond our cap: give up now and hand the wait to the caller's scheduler, rather than block a worker for hours.
  if (retryAfterMs !== undefined && retryAfterMs > p.maxRetryWaitMs) return { retry: false, reason: 'retry-after-too-long', retryAfterMs };
  if (retriesDone >= p.maxRetries) return { retry: false, reason: 'exhausted', ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  return { retry: true, waitMs: retryAfterMs ?? backoffMs(retriesDone, p, random) };
}

/** Network error codes that prove the request never reached the server. */
const UNSENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
/** got TimeoutError phases before any byte of the request was written. */
const UNSENT_TIMEOUT_EVENTS = new Set(['lookup', 'connect', 'secureConnect']);

/** Classify a transport error (got's RequestError family); `sent` is conservative: true unless proven otherwise. */
export function networkFailure(err: unknown): Failure & { kind: 'network' } {
  const e = err as { code?: string; event?: string; name?: string; message?: string };
  const code = e.name === 'TimeoutError' ? `ETIMEDOUT${e.event ? `_${e.event}` : ''}` : (e.code ?? e.name ?? 'ENETWORK');
  const sent = !(UNSENT_CODES.has(e.code ?? '') || (e.name === 'TimeoutError' && UNSENT_TIMEOUT_EVENTS.has(e.event ?? '')));
  return { kind: 'network', sent, code };
}
