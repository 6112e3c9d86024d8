/**
 * Recording enrollment decisions, grouped per event-loop turn: full `enrollments` rows (served, OS update, our devices'
 * refusals), per-hour refusal counts and per-serial limited counts. A flood of refusals adds to counters in memory and
 * costs one upsert per (hour, code) per turn, not a row per request. The SQL is in src/store/enrollments.ts.
 */
import { hourOf, type EnrollmentRecord, type EnrollmentStore, type RecentRecords, type TimedRecord } from '../store/enrollments.ts';

export type { EnrollmentRecord } from '../store/enrollments.ts';

export interface BatchedRecorder {
  /** Queue a full record; it is written with the others of this event-loop turn in one transaction. */
  record(r: EnrollmentRecord): void;
  /** Count one refusal of `code` in the current hour. */
  refusal(code: string, at?: string): void;
  /** Count one request of `serial` the per-device limit kept out of the records. */
  limited(serial: string, code: string, at?: string): void;
  /** A profile with these fixed fields (JSON, src/profile/fixed.ts) was served: one upsert per batch at most. */
  servedFixed(fields: string, at?: string): void;
  /** This serial's records still queued (not yet in the database), since `since`. */
  pending(serial: string, since: string): Pick<RecentRecords, 'served' | 'other'>;
  /** Write what is queued now (close() calls it); resolves once written (or its error reported). */
  flush(): Promise<void>;
}

/**
 * Group commit: one SQLite transaction per event-loop turn instead of one per enrollment. Under load this removes most
 * of the WAL commit cost; a crash can lose at most the records and counts of the current turn (the answers already went out).
 */
export function createBatchedRecorder(store: Pick<EnrollmentStore, 'write'>, onError: (e: unknown) => void = () => {}): BatchedRecorder {
  let queue: TimedRecord[] = [];
  let fixed = new Map<string, { first: string; last: string }>();
  const noted = new Map<string, string>(); // fields → when last queued (a server has one set: this stays tiny)
  let refusals = new Map<string, number>(); // "hour\tcode" → n
  let limited = new Map<string, { serial: string; code: string; n: number; first: string; last: string }>();
  // still queued as far as the limit counts, until written
  let writing: TimedRecord[] = [];
  let scheduled = false;
  const flush = async () => {
    scheduled = false;
    if (!queue.length && !refusals.size && !limited.size && !fixed.size) return;
    const [batch, r, l, f] = [queue, refusals, limited, fixed];
    queue = [];
    refusals = new Map();
    limited = new Map();
    fixed = new Map();
    writing = writing.concat(batch);
    try {
      await store.write({
        records: batch,
        refusals: [...r].map(([key, n]) => {
          const [hour, code] = key.split('\t');
          return [hour, code, n];
        }),
        limited: [...l.values()],
        fixed: [...f].map(([fields, x]) => ({ fields, first: x.first, last: x.last })),
      });
    } catch (e) {
      onError(e);
    } finally {
      const done = new Set(batch);
      writing = writing.filter((x) => !done.has(x));
    }
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      setImmediate(() => void flush());
    }
  };
  return {
    record(r) {
      queue.push({ ...r, at: r.at ?? new Date().toISOString() });
      schedule();
    },
    refusal(code, at = new Date().toISOString()) {
      const key = `${hourOf(at)}\t${code}`;
      refusals.set(key, (refusals.get(key) ?? 0) + 1);
      schedule();
    },
    limited(serial, code, at = new Date().toISOString()) {
      const key = `${serial}\t${code}`;
      const x = limited.get(key);
      if (x) {
        x.n++;
        x.last = at;
      } else limited.set(key, { serial, code, n: 1, first: at, last: at });
      schedule();
    },
    servedFixed(fields, at = new Date().toISOString()) {
      // last_served_at to the minute: one upsert a minute, not one a batch
      if ((noted.get(fields) ?? '') > new Date(Date.parse(at) - 60_000).toISOString()) return;
      noted.set(fields, at);
      const x = fixed.get(fields);
      if (x) x.last = at;
      else fixed.set(fields, { first: at, last: at });
      schedule();
    },
    pending(serial, since) {
      let served = 0;
      let other = 0;
      for (const r of writing.length ? queue.concat(writing) : queue)
        if (r.serial_number === serial && r.at >= since) {
          if (r.decision === 'served') served++;
          else other++;
        }
      return { served, other };
    },
    flush,
  };
}
