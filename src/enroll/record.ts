/**
 * Recording each enrollment decision: one `enrollments` row (indexed by serial: `adesync device SERIAL` lists them) and
 * the device's last_enrollment_id. No device_events row as well: it repeated the enrollment row and cost the endpoint a
 * second random-key index insert per request.
 */
import type { DB } from '../store/db.ts';
import type { Outbox } from '../events/outbox.ts';

export interface EnrollmentRecord {
  at?: string;
  token?: string;
  serial_number?: string;
  udid?: string;
  product?: string;
  os_version?: string;
  build_version?: string;
  language?: string;
  decision: 'served' | 'os_update_required' | 'refused';
  reason?: string;
  profile_rule?: string;
  profile_served?: string;
  remote_addr?: string;
}

export type RecordEnrollment = (r: EnrollmentRecord) => number;

export function createEnrollmentRecorder(db: DB): RecordEnrollment {
  const write = createWriter(db);
  const tx = db.transaction(write);
  return (r) => tx({ ...r, at: r.at ?? new Date().toISOString() });
}

/** The two statements, without a transaction of their own. */
function createWriter(db: DB): (r: EnrollmentRecord & { at: string }) => number {
  const insert = db.prepare(`INSERT INTO enrollments (at, token, serial_number, udid, product, os_version, build_version, language,
    decision, reason, profile_rule, profile_served, remote_addr)
    VALUES (@at, @token, @serial_number, @udid, @product, @os_version, @build_version, @language, @decision, @reason, @profile_rule, @profile_served, @remote_addr)`);
  const link = db.prepare('UPDATE device_rows SET last_enrollment_id = ? WHERE token = ? AND serial_number = ?');
  return (r: EnrollmentRecord & { at: string }): number => {
    const row = {
      at: r.at, token: r.token ?? null, serial_number: r.serial_number ?? null, udid: r.udid ?? null, product: r.product ?? null,
      os_version: r.os_version ?? null, build_version: r.build_version ?? null, language: r.language ?? null, decision: r.decision,
      reason: r.reason ?? null, profile_rule: r.profile_rule ?? null, profile_served: r.profile_served ?? null, remote_addr: r.remote_addr ?? null,
    };
    const id = Number(insert.run(row).lastInsertRowid);
    if (r.token && r.serial_number) link.run(id, r.token, r.serial_number);
    return id;
  };
}

export interface BatchedRecorder {
  /** Queue a record; it is written with the others of this event-loop turn in one transaction. */
  record(r: EnrollmentRecord): void;
  /** Write what is queued now (close() calls it). */
  flush(): void;
}

/**
 * Group commit: one SQLite transaction per event-loop turn instead of one per enrollment. Under load this removes most
 * of the WAL commit cost; a crash can lose at most the records of the current turn (the answers already went out).
 */
export function createBatchedRecorder(db: DB, onError: (e: unknown) => void = () => {}, outbox?: Outbox): BatchedRecorder {
  const write = createWriter(db);
  const writeAll = db.transaction((batch: (EnrollmentRecord & { at: string })[]) => { for (const r of batch) write(r); outbox?.enrollments(batch); });
  let queue: (EnrollmentRecord & { at: string })[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!queue.length) return;
    const batch = queue;
    queue = [];
    try { writeAll(batch); } catch (e) { onError(e); }
  };
  return {
    record(r) {
      queue.push({ ...r, at: r.at ?? new Date().toISOString() });
      if (!scheduled) { scheduled = true; setImmediate(flush); }
    },
    flush,
  };
}
