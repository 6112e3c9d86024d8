/**
 * Refusals are counted, not stored or logged one by one: each adds 1 to its (hour, code) count (record.ts), to the
 * metric, and the log gets at most one line per code per interval, carrying how many were suppressed since the last.
 * An attacker's flood costs a counter and a line a minute, whatever its rate.
 */
import type { Logger } from '../log.ts';
import type { BatchedRecorder } from './record.ts';

/** The refusal codes the endpoint answers with (README "Refusals and replays"). */
export const REFUSAL_CODES = [
  'adesync.bad_request',
  'adesync.too_large',
  'adesync.unsigned',
  'adesync.untrusted',
  'adesync.bad_machineinfo',
  'adesync.unknown_device',
  'adesync.os_below_minimum',
  'adesync.acme_unsupported_os',
  'adesync.challenge_unavailable',
  'adesync.too_many_enrollments',
] as const;

/**
 * Codes come from constants in this code base, never from the request; the shape check keeps a mistake from turning
 * request text into a metric label or a table key.
 */
export function refusalCode(code: string): string {
  return /^[a-z][a-z0-9_.]{0,63}$/.test(code) ? code : 'other';
}

type Hit = { log: true; suppressed: number } | { log: false };

/** One log line per key per interval; the hits in between are counted and reported with the next line. Pure (time is passed in). */
export interface LogLimiter {
  hit(key: string, now: number): Hit;
  /** Keys whose interval has ended with suppressed hits: a summary line each, and their interval restarts. */
  due(now: number): { key: string; suppressed: number }[];
}

export function createLogLimiter(intervalMs: number): LogLimiter {
  const keys = new Map<string, { last: number; suppressed: number }>();
  return {
    hit(key, now) {
      const s = keys.get(key);
      if (s && now - s.last < intervalMs) {
        s.suppressed++;
        return { log: false };
      }
      keys.set(key, { last: now, suppressed: 0 });
      return { log: true, suppressed: s?.suppressed ?? 0 };
    },
    due(now) {
      const out: { key: string; suppressed: number }[] = [];
      for (const [key, s] of keys) {
        if (now - s.last < intervalMs) continue;
        if (s.suppressed) {
          out.push({ key, suppressed: s.suppressed });
          keys.set(key, { last: now, suppressed: 0 });
        } else keys.delete(key);
      }
      return out;
    },
  };
}

export interface Refusals {
  /** Count a refusal (hourly table, metric) and log it unless its code was logged within the interval. */
  refuse(code: string, fields: Record<string, unknown>): void;
  /** Count a refusal the caller logs itself. */
  count(code: string): void;
  /** Log what is still suppressed and stop the timer. */
  close(): void;
}

export function createRefusals(o: {
  recorder: Pick<BatchedRecorder, 'refusal'>;
  logger: Logger;
  intervalMs: number;
  onRefusal?: (code: string) => void;
  now?: () => number;
}): Refusals {
  const now = o.now ?? Date.now;
  const limiter = createLogLimiter(o.intervalMs);
  const interval_s = o.intervalMs / 1000;
  const summarize = (t: number) => {
    for (const d of limiter.due(t)) o.logger.info('enrollment refusals not logged one by one', { code: d.key, count: d.suppressed, interval_s });
  };
  const timer = setInterval(() => summarize(now()), o.intervalMs);
  timer.unref();
  const count = (raw: string) => {
    const code = refusalCode(raw);
    o.recorder.refusal(code);
    try {
      o.onRefusal?.(code);
    } catch (e) {
      o.logger.error('enrollment onRefusal hook failed', { err: e as Error });
    }
    return code;
  };
  return {
    count: (code) => void count(code),
    refuse(raw, fields) {
      const code = count(raw);
      const h = limiter.hit(code, now());
      if (h.log) o.logger.info('enrollment refused', { ...fields, code, ...(h.suppressed ? { not_logged_since_last: h.suppressed, interval_s } : {}) });
    },
    close() {
      clearInterval(timer);
      summarize(Number.POSITIVE_INFINITY);
    },
  };
}
