/**
 * The sync engine's storage, engine-neutral: each page's devices, the assignment work they make, their events and the
 * new cursor are committed in ONE transaction that first fences the token's lease. The SQLite engine below keeps
 * better-sqlite3's synchronous transaction (one indexed read per device, in process); PostgreSQL (store/pg/sync.ts)
 * reads a page's rows in one query and writes in bulk. Both decide each device with the same pure functions
 * (sync/plan.ts), so they differ in how, not in what.
 */
import type { DB } from './db.ts';
import type { Outbox } from '../events/outbox.ts';
import type { Lease } from './leases.ts';
import { deviceStatements, tokenIsEmpty, type StoredDevice } from './devices.ts';
import { assignmentStatements, type AssignmentRow } from './assignments.ts';
import { stateStatements, type CursorRow } from './state.ts';
import { planDevice, plannedAssignment, type PageItem } from '../sync/plan.ts';

export interface PageCommit {
  token: string;
  runId: number;
  at: string;
  phase: 'fetch' | 'sync';
  /** The last page of a complete fetch: devices not seen in it are gone. */
  finalFetch: boolean;
  /** A page of the first fetch of a token that has never held a device: plain inserts, nothing to read back. */
  fresh: boolean;
  /** The fetch run whose pages mark the devices they list (null in the sync phase): a complete fetch's reconciliation. */
  seenRun: number | null;
  items: PageItem[];
  /** Devices on Apple's page (before de-duplication). */
  received: number;
  /** The cursor stored with the page. */
  cursor: CursorRow;
}

export interface PageCounts {
  added: number;
  modified: number;
  deleted: number;
  gone: number;
}

type RunResult = 'ok' | 'error' | 'interrupted';

export interface SyncStore {
  /** Marks the token's runs that a crash left running as interrupted, and reads its cursor. */
  openCursor(token: string, at: string): Promise<CursorRow | undefined>;
  startRun(token: string, kind: 'fetch' | 'sync', trigger: string, at: string): Promise<number>;
  setRunKind(runId: number, kind: 'fetch' | 'sync'): Promise<void>;
  /** Never held a device nor an assignment row. */
  tokenIsEmpty(token: string): Promise<boolean>;
  /** One page, atomically, fenced by the lease: LeaseLostError (nothing written) once another holder took it. */
  commitPage(p: PageCommit, lease?: Lease): Promise<PageCounts>;
  /** The cursor alone (EXHAUSTED_CURSOR after a fetch), fenced the same way. */
  saveCursor(cursor: CursorRow, lease?: Lease): Promise<void>;
  setTokenStatus(token: string, status: string, detail: string | null, at: string): Promise<void>;
  finishRun(runId: number, at: string, result: RunResult, code: string | null, message: string | null): Promise<void>;
}

export function createSqliteSyncStore(db: DB, outbox?: Outbox): SyncStore {
  const dev = deviceStatements(db);
  const asg = assignmentStatements(db);
  const st = stateStatements(db);

  const gone = (token: string, runId: number, fetchRunId: number | null, at: string, events: ReturnType<Outbox['page']>): number => {
    const unseen = dev.unseen.all(token, fetchRunId) as { id: number; serial_number: string }[];
    for (const { id, serial_number } of unseen) {
      dev.markDeleted.run({ token, serial: serial_number, at });
      events?.device('gone', serial_number, at);
      dev.event.run({
        device_id: id,
        token,
        serial: serial_number,
        at,
        kind: 'gone',
        op_type: null,
        op_date: null,
        before: null,
        after: JSON.stringify({ reason: 'absent from a complete fetch' }),
        run: runId,
      });
      const prev = asg.get.get(id) as AssignmentRow | undefined;
      if (prev) asg.put.run({ ...prev, state: 'gone', reason: 'absent from a complete fetch', not_before: null, updated_at: at });
    }
    return unseen.length;
  };

  const commitPage = db.transaction((p: PageCommit, lease?: Lease): PageCounts => {
    // first statement: takes the write lock (no read-then-upgrade SQLITE_BUSY) and fences a holder that lost the lease
    lease?.fence();
    const { token, at, runId } = p;
    const counts: PageCounts = { added: 0, modified: 0, deleted: 0, gone: 0 };
    const events = outbox?.page(token);
    for (const item of p.items) {
      const { serial } = item;
      const row = p.fresh ? undefined : (dev.get.get(serial, token) as StoredDevice | undefined);
      const plan = planDevice(item, row, at, p.phase, p.seenRun);
      // A device of the first load cannot be stored yet unless Apple repeated it within the fetch: a plain insert (no
      // conflict handling, no read back) is the first-load fast path; a repeat falls back to the upsert.
      const firstLoadId = p.fresh ? dev.insertNew(token, serial, plan.values.profile_status, plan.values.profile_uuid, item.raw, at, p.seenRun) : undefined;
      let id: number;
      if (firstLoadId !== undefined) id = firstLoadId;
      else if (row) {
        dev.update.run({ ...plan.values, id: row.id });
        id = row.id;
      } else id = (dev.upsert.get({ ...plan.values, token, serial_number: serial, first_seen: at }) as { id: number }).id;
      const { kind, change } = plan;
      if (kind) {
        counts[kind]++;
        events?.device(kind, serial, at, item.cols, change);
        if (!(p.fresh && kind === 'added')) {
          dev.event.run({
            device_id: id,
            token,
            serial,
            at,
            kind,
            op_type: item.opType,
            op_date: item.opDate,
            before: change ? JSON.stringify(change.before) : null,
            after: change ? JSON.stringify(change.after) : null,
            run: runId,
          });
        }
      }
      if (firstLoadId !== undefined) {
        asg.insertNew(firstLoadId, token, serial, item.verdict, at);
        continue;
      }
      const next = plannedAssignment(asg.get.get(id) as AssignmentRow | undefined, item, id, token, at, kind);
      if (next) asg.put.run(next);
    }
    if (p.finalFetch) counts.gone = gone(token, runId, p.seenRun, at, events);
    st.pageDone.run({ id: runId, devices: p.received, added: counts.added, modified: counts.modified, deleted: counts.deleted + counts.gone });
    st.putCursor.run(p.cursor);
    return counts;
  });
  const saveCursor = db.transaction((cursor: CursorRow, lease?: Lease) => {
    lease?.fence();
    st.putCursor.run(cursor);
  });

  return {
    async openCursor(token, at) {
      st.interruptRuns.run({ token, at });
      return st.getCursor.get(token) as CursorRow | undefined;
    },
    async startRun(token, kind, trigger, at) {
      return Number(st.startRun.run(token, kind, trigger, at).lastInsertRowid);
    },
    async setRunKind(runId, kind) {
      st.setRunKind.run(kind, runId);
    },
    async tokenIsEmpty(token) {
      return tokenIsEmpty(db, token);
    },
    async commitPage(p, lease) {
      return commitPage(p, lease);
    },
    async saveCursor(cursor, lease) {
      saveCursor(cursor, lease);
    },
    async setTokenStatus(token, status, detail, at) {
      st.setTokenStatus.run({ token, status, detail, at });
    },
    async finishRun(runId, at, result, code, message) {
      st.finishRun.run({ id: runId, at, result, code, message });
    },
  };
}
