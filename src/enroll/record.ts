/**
 * Recording enrollment decisions, grouped per event-loop turn: full `enrollments` rows (served, OS update, our devices'
 * refusals), per-hour refusal counts and per-serial limited counts. A flood of refusals adds to counters in memory and
 * costs one upsert per (hour, code) per turn, not a row per request. The SQL is in src/store/enrollments.ts.
 */
import type { DB } from '../store/db.ts';
import {
  createFixedWriter,
  createLimitedAdder,
  createRecordWriter,
  createRefusalAdder,
  hourOf,
  type EnrollmentRecord,
  type RecentRecords,
  type TimedRecord,
} from '../store/enrollments.ts';
import type { Outbox } from '../events/outbox.ts';

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
  /** Write what is queued now (close() calls it). */
  flush(): void;
}

/**
 * Group commit: one SQLite transaction per event-loop turn instead of one per enrollment. Under load this removes most
 * of the WAL commit cost; a crash can lose at most the records and counts of the current turn (the answers already went out).
 */
export function createBatchedRecorder(db: DB, onError: (e: unknown) => void = () => {}, outbox?: Outbox): BatchedRecorder {
  const write = createRecordWriter(db);
  const addRefusals = createRefusalAdder(db);
  const addLimited = createLimitedAdder(db);
  const writeFixed = createFixedWriter(db);
  let queue: TimedRecord[] = [];
  let fixed = new Map<string, { first: string; last: string }>();
  const noted = new Map<string, string>(); // fields → when last queued (a server has one set: this stays tiny)
  let refusals = new Map<string, number>(); // "hour\tcode" → n
  let limited = new Map<string, { serial: string; code: string; n: number; first: string; last: string }>();
  const writeAll = db.transaction((batch: TimedRecord[], r: typeof refusals, l: typeof limited, f: typeof fixed) => {
    for (const rec of batch) write(rec);
    for (const [key, n] of r) {
      const [hour, code] = key.split('\t');
      addRefusals(hour, code, n);
    }
    for (const x of l.values()) addLimited(x.serial, x.code, x.n, x.first, x.last);
    for (const [fields, x] of f) writeFixed(fields, x.first, x.last);
    outbox?.enrollments(batch);
  });
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!queue.length && !refusals.size && !limited.size && !fixed.size) return;
    const [batch, r, l, f] = [queue, refusals, limited, fixed];
    queue = [];
    refusals = new Map();
    limited = new Map();
    fixed = new Map();
    try {
      writeAll(batch, r, l, f);
    } catch (e) {
      onError(e);
    }
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
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
      for (const r of queue)
        if (r.serial_number === serial && r.at >= since) {
          if (r.decision === 'served') served++;
          else other++;
        }
      return { served, other };
    },
    flush,
  };
}
