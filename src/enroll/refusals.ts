/**
 * Refusals are counted, not stored or logged one by one: each adds 1 to its (hour, code) count (record.ts), to the
 * metric, and the log gets at most one line per code per interval, carrying how many were suppressed since the last.
 * An attacker's flood costs a counter and a line a minute, whatever its rate.
 */
import { createRateLimitedLog, type Logger } from '../log.ts';
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
  // Platform SSO during ADE (src/auth/psso-policy.ts); com.apple.psso.required is counted too, as the 403 it is
  'adesync.psso_sign_in_required',
  'adesync.psso_token_invalid',
  'adesync.psso_unsupported',
] as const;

/**
 * Codes come from constants in this code base, never from the request; the shape check keeps a mistake from turning
 * request text into a metric label or a table key.
 */
export function refusalCode(code: string): string {
  return /^[a-z][a-z0-9_.]{0,63}$/.test(code) ? code : 'other';
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
  const interval_s = o.intervalMs / 1000;
  const lines = createRateLimitedLog({
    intervalMs: o.intervalMs,
    now: o.now,
    line: (code, suppressed, fields) =>
      o.logger.info('enrollment refused', {
        ...(fields as Record<string, unknown>),
        code,
        ...(suppressed ? { not_logged_since_last: suppressed, interval_s } : {}),
      }),
    summary: (code, count) => o.logger.info('enrollment refusals not logged one by one', { code, count, interval_s }),
  });
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
      lines.log(count(raw), fields);
    },
    close: () => lines.close(),
  };
}
