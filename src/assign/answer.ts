/** What Apple's answer for one assign batch makes of each serial: a pure function, so every store engine writes the same. */
import type { SerialResult } from '../apple/types.ts';

export interface Backoff {
  failedSeconds: number;
  failedMaxSeconds: number;
  throttledDefaultSeconds: number;
}

/** A serial of a batch as it was sent. */
export interface BatchEntry {
  id: number;
  serial_number: string;
  attempts: number;
}

/** A serial's new assignment state after an answer other than SUCCESS. */
export interface AnsweredRow {
  id: number;
  serial_number: string;
  state: 'not_accessible' | 'throttled' | 'failed' | 'pending';
  attempts: number;
  result: string;
  not_before: string | null;
  /** null keeps the row's reason. */
  reason: string | null;
}

export interface BatchOutcome {
  /** Serials Apple assigned: written for the whole batch at once. */
  assigned: number[];
  others: AnsweredRow[];
  tally: Record<string, number>;
}

/** Growing backoff for FAILED: base · 2^(attempts−1), capped (a day by default), with ±20 % jitter so serials spread out. */
export function failedDelaySeconds(attempts: number, b: Backoff, random = Math.random): number {
  const d = Math.min(b.failedMaxSeconds, b.failedSeconds * 2 ** Math.max(0, attempts - 1));
  return Math.round(d * (0.8 + 0.4 * random()));
}

/** Each serial's state after Apple's per-serial answer; a serial missing from the answer counts as FAILED. */
export function batchOutcome(
  batch: BatchEntry[],
  answer: Record<string, SerialResult>,
  retryAfter: number | undefined,
  o: { backoff: Backoff; nowMs: number; random: () => number },
): BatchOutcome {
  const out: BatchOutcome = { assigned: [], others: [], tally: {} };
  const later = (s: number) => new Date(o.nowMs + s * 1000).toISOString();
  for (const b of batch) {
    const r = (answer[b.serial_number] as SerialResult | undefined) ?? 'MISSING';
    out.tally[r] = (out.tally[r] ?? 0) + 1;
    const attempts = b.attempts + 1;
    const row = { id: b.id, serial_number: b.serial_number, attempts, result: r };
    if (r === 'SUCCESS') out.assigned.push(b.id);
    else if (r === 'NOT_ACCESSIBLE') out.others.push({ ...row, state: 'not_accessible', not_before: null, reason: 'Apple: not accessible by this MDM server' });
    else if (r === 'THROTTLED') {
      const wait = retryAfter ?? o.backoff.throttledDefaultSeconds;
      out.others.push({ ...row, state: 'throttled', not_before: later(wait), reason: `Apple: throttled for ${wait}s` });
    } else {
      const wait = failedDelaySeconds(attempts, o.backoff, o.random);
      out.others.push({
        ...row,
        state: 'failed',
        not_before: later(wait),
        reason: `Apple: ${r === 'MISSING' ? 'no answer for this serial' : 'FAILED'}; retry in ${wait}s`,
      });
    }
  }
  return out;
}

/** A batch whose whole request failed: due again after `waitSeconds`, its attempt counted. */
export function deferredBatch(batch: BatchEntry[], code: string, waitSeconds: number, nowMs: number): AnsweredRow[] {
  const notBefore = new Date(nowMs + waitSeconds * 1000).toISOString();
  return batch.map((b) => ({
    id: b.id,
    serial_number: b.serial_number,
    state: 'pending',
    attempts: b.attempts + 1,
    result: code,
    not_before: notBefore,
    reason: null,
  }));
}
