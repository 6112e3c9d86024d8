/**
 * When a delivery is tried again, when it is given up, and which pending deliveries may go now. Pure functions.
 */

/** First retry after ~5 s (an endpoint's retry_seconds), doubling to at most an hour. */
export const RETRY_BASE_MS = 5_000;
export const RETRY_MAX_MS = 3_600_000;

/** Exponential backoff with jitter: base · 2^(attempts−1), capped, then a random 50–100 % of it (spreads a burst of failures). */
export function retryDelayMs(attempts: number, random = Math.random, base = RETRY_BASE_MS, max = RETRY_MAX_MS): number {
  const d = Math.min(max, base * 2 ** Math.max(0, attempts - 1));
  return Math.round(d * (0.5 + 0.5 * random()));
}

export type AfterFailure = { state: 'pending'; nextAt: number } | { state: 'dead' };

/**
 * After a failed attempt (attempts counts it): try again after the backoff, unless the event is older than maxAgeMs
 * by then, which dead-letters it.
 */
export function afterFailure(attempts: number, eventTime: number, now: number, maxAgeMs: number, random = Math.random, base = RETRY_BASE_MS): AfterFailure {
  const nextAt = now + retryDelayMs(attempts, random, base);
  return nextAt - eventTime > maxAgeMs ? { state: 'dead' } : { state: 'pending', nextAt };
}

export interface PendingDelivery {
  seq: number;
  subject: string | null;
  next_at: string;
}

/**
 * Which of an endpoint's pending deliveries (in seq order, oldest first) may be sent now, at most `slots`: order is kept
 * per subject, so a delivery waits while an earlier one of its subject is pending (in flight, or backing off). Events
 * without a subject (none today) are ordered among themselves as one subject.
 */
export function pickDeliverable<T extends PendingDelivery>(pending: T[], inFlight: ReadonlySet<number>, now: string, slots: number): T[] {
  const picked: T[] = [];
  const blocked = new Set<string | null>();
  for (const p of pending) {
    if (picked.length >= slots) break;
    if (blocked.has(p.subject)) continue;
    blocked.add(p.subject);
    if (!inFlight.has(p.seq) && p.next_at <= now) picked.push(p);
  }
  return picked;
}

/** `--since` values: an ISO time, or a duration back from now (90s, 30m, 12h, 7d). Undefined when unreadable. */
export function parseSince(s: string, now = new Date()): Date | undefined {
  const m = /^(\d+)\s*(s|m|h|d)$/.exec(s.trim());
  if (m) return new Date(now.getTime() - Number(m[1]) * { s: 1e3, m: 6e4, h: 36e5, d: 864e5 }[m[2] as 's' | 'm' | 'h' | 'd']);
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return undefined;
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t) : undefined;
}
