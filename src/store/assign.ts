/**
 * The assigner's storage, engine-neutral (as store/sync.ts for the sync engine): profile definitions, the policy
 * fingerprint, re-evaluation in chunks, due batches, and Apple's answers — each write fenced by the token's lease and
 * atomic with its events. The SQLite engine keeps its synchronous transactions inside.
 */
import type { DB } from './db.ts';
import type { Outbox } from '../events/outbox.ts';
import type { SerialResult } from '../apple/types.ts';
import type { Lease } from './leases.ts';
import type { AnsweredRow, BatchEntry, BatchOutcome } from '../assign/answer.ts';
import { assignmentStatements, assignmentWorkStatements, fillPendingUuids, type AssignmentRow } from './assignments.ts';
import { devicesAfter, type PolicyDeviceRow } from './devices.ts';
import { currentUuids, findDefinition, forgetProfile, recordDefinition } from './profiles.ts';
import { policyFingerprintOf, setPolicyFingerprint, setTokenStatus } from './tokens.ts';

export interface AssignStore {
  /** UUID of the current definition of each profile of a token (null: not defined at Apple yet). */
  currentUuids(token: string): Promise<Map<string, string | null>>;
  /** The definition of this content, current or superseded. */
  findDefinition(token: string, name: string, hash: string): Promise<{ profile_uuid: string | null; superseded_at: string | null } | undefined>;
  recordDefinition(o: { token: string; name: string; hash: string; uuid: string; definition: unknown; at: string }, lease?: Lease): Promise<void>;
  /** Apple no longer knows this UUID: the next definition pass defines the profile again. */
  forgetProfile(token: string, uuid: string): Promise<void>;
  policyFingerprint(token: string): Promise<string | null | undefined>;
  setPolicyFingerprint(token: string, fingerprint: string): Promise<void>;
  /** A chunk of the token's devices in id order after `after`, each with its assignment row. */
  devicesAfter(token: string, after: number, limit: number): Promise<(PolicyDeviceRow & { assignment: AssignmentRow | undefined })[]>;
  /** Rows that changed in a re-evaluation, in one fenced transaction. */
  putAssignments(rows: AssignmentRow[], lease?: Lease): Promise<void>;
  /** Pending rows evaluated before their profile was defined get its current UUID. */
  fillPendingUuids(token: string, lease?: Lease): Promise<void>;
  /** Profile UUIDs with rows in this state. */
  dueUuids(token: string, state: string): Promise<string[]>;
  /** The next batch of due serials of (state, profile) after a device id, oldest first. */
  due(token: string, state: string, uuid: string, after: number, now: string): Promise<BatchEntry[]>;
  /** Apple's answer for one batch, with its events, in one fenced transaction. */
  recordAnswer(
    a: { token: string; uuid: string; batch: BatchEntry[]; answer: Record<string, SerialResult>; outcome: BatchOutcome; at: string },
    lease?: Lease,
  ): Promise<void>;
  /** A batch whose request failed as a whole: each serial due again later. */
  deferBatch(rows: AnsweredRow[], at: string, lease?: Lease): Promise<void>;
  setTokenStatus(token: string, status: string, detail: string | null, at: Date): Promise<void>;
}

export function createSqliteAssignStore(db: DB, batchSize: number, outbox?: Outbox): AssignStore {
  const asg = assignmentStatements(db);
  const work = assignmentWorkStatements(db, batchSize);
  const setResults = (rows: AnsweredRow[], at: string) => {
    for (const r of rows)
      work.setResult.run({ id: r.id, state: r.state, attempts: r.attempts, at, result: r.result, not_before: r.not_before, reason: r.reason });
  };
  const fenced = <A extends unknown[]>(fn: (...a: A) => void) => {
    const tx = db.transaction((lease: Lease | undefined, ...a: A) => {
      lease?.fence();
      fn(...a);
    });
    return (lease: Lease | undefined, ...a: A) => tx(lease, ...a);
  };
  const record = fenced((o: Parameters<AssignStore['recordAnswer']>[0]) => {
    setResults(o.outcome.others, o.at);
    for (const r of o.outcome.others)
      work.event.run(r.id, o.token, r.serial_number, o.at, JSON.stringify({ profile_uuid: o.uuid, result: r.result, attempts: r.attempts }));
    if (o.outcome.assigned.length) {
      const ids = JSON.stringify(o.outcome.assigned);
      work.setAssigned.run({ at: o.at, ids });
      work.mirror.run({ uuid: o.uuid, ids });
    }
    outbox?.assignments(o.token, o.uuid, o.batch, o.answer, o.at);
  });
  const define = fenced((o: Parameters<AssignStore['recordDefinition']>[0]) => recordDefinition(db, o));
  const put = fenced((rows: AssignmentRow[]) => {
    for (const r of rows) asg.put.run(r);
  });
  const fill = fenced((token: string) => {
    for (const [name, uuid] of currentUuids(db, token)) if (uuid) fillPendingUuids(db, token, name, uuid);
  });
  const defer = fenced(setResults);
  return {
    currentUuids: async (token) => currentUuids(db, token),
    findDefinition: async (token, name, hash) => findDefinition(db, token, name, hash),
    recordDefinition: async (o, lease) => define(lease, o),
    forgetProfile: async (token, uuid) => forgetProfile(db, token, uuid),
    policyFingerprint: async (token) => policyFingerprintOf(db, token),
    setPolicyFingerprint: async (token, fp) => setPolicyFingerprint(db, token, fp),
    devicesAfter: async (token, after, limit) =>
      devicesAfter(db, token, after, limit).map((r) => ({ ...r, assignment: asg.get.get(r.id) as AssignmentRow | undefined })),
    putAssignments: async (rows, lease) => put(lease, rows),
    fillPendingUuids: async (token, lease) => fill(lease, token),
    dueUuids: async (token, state) => (work.dueUuids.all({ token, state }) as { profile_uuid: string }[]).map((r) => r.profile_uuid),
    due: async (token, state, uuid, after, now) => work.due.all({ token, state, uuid, after, now }) as BatchEntry[],
    recordAnswer: async (a, lease) => record(lease, a),
    deferBatch: async (rows, at, lease) => defer(lease, rows, at),
    setTokenStatus: async (token, status, detail, at) => setTokenStatus(db, token, status, detail, at),
  };
}
