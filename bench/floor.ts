// The storage floor of one first cycle: what adesync's own statements cost for N devices in a tight loop, with no HTTP,
// no JSON parsing and no simulator sharing the cores. The first load (rows built as the sync engine builds them, one
// commit per 1000 devices) then the assignment of every device (the assigner's due-work query, its SUCCESS write and the
// mirror, one commit per 1000). The end-to-end cycle cannot beat this.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { openDatabase, type DB } from '../src/store/db.ts';
import { deviceStatements, columnsOf } from '../src/store/devices.ts';
import { assignmentStatements, assignmentWorkStatements } from '../src/store/assignments.ts';
import { MAX_BATCH } from '../src/assign/assigner.ts';
import type { Device } from '../src/apple/types.ts';
import type { Verdict } from '../src/assign/policy.ts';
import type { Outbox } from '../src/events/outbox.ts';

/** The triggers that keep token_counts (migration 005): dropped to measure what they cost. */
const COUNT_TRIGGERS = [
  'device_rows_count_insert',
  'device_rows_count_delete',
  'device_rows_count_update',
  'assignments_count_insert',
  'assignments_count_delete',
  'assignments_count_update',
];

export interface FloorOptions {
  /** Keep token_counts up to date (the product's way, default true); false drops the triggers, as before migration 005. */
  counts?: boolean;
  /** Leave the database file in place (bench/status.ts times `adesync status` on it). */
  keep?: string;
  /** The outbox hooks as the sync engine and the assigner call them (bench/events.ts measures what they add). */
  events?: (db: DB) => Outbox;
}

export function firstCycleFloor(devices: Device[], dir: string, token = 'floor', o: FloorOptions = {}): { loadMs: number; assignMs: number; bytes: number } {
  const path = o.keep ?? join(dir, 'floor.db');
  const db = openDatabase(path);
  if (o.counts === false) for (const t of COUNT_TRIGGERS) db.exec(`DROP TRIGGER IF EXISTS ${t}`);
  const outbox = o.events?.(db);
  try {
    const dev = deviceStatements(db);
    const asg = assignmentStatements(db);
    const work = assignmentWorkStatements(db, MAX_BATCH);
    const uuid = 'C1F123098EB5074580041E69883004C3';
    // what the policy gives a device with profile_status empty
    const verdict: Verdict = { state: 'pending', profile: 'std', uuid, reason: 'no profile', rule: 'default' };
    let t = performance.now();
    const page = db.transaction((list: Device[]) => {
      const at = new Date().toISOString();
      const page = outbox?.page(token);
      for (const d of list) {
        const cols = columnsOf(d);
        const id = dev.insertNew(token, d.serial_number, cols.profile_status, cols.profile_uuid, JSON.stringify(d), at, 1)!;
        page?.device('added', d.serial_number, at, cols, null);
        asg.insertNew(id, token, d.serial_number, verdict, at);
      }
    });
    for (let i = 0; i < devices.length; i += 1000) page(devices.slice(i, i + 1000));
    const loadMs = performance.now() - t;
    t = performance.now();
    const record = db.transaction((ids: string, at: string, batch: { serial_number: string; attempts: number }[]) => {
      work.setAssigned.run({ at, ids });
      work.mirror.run({ uuid, ids });
      if (outbox) outbox.assignments(token, uuid, batch, Object.fromEntries(batch.map((b) => [b.serial_number, 'SUCCESS'])), at);
    });
    for (let after = 0; ; ) {
      const batch = work.due.all({ token, state: 'pending', uuid, after, now: new Date().toISOString() }) as {
        id: number;
        serial_number: string;
        attempts: number;
      }[];
      if (!batch.length) break;
      after = batch[batch.length - 1].id;
      record(JSON.stringify(batch.map((b) => b.id)), new Date().toISOString(), batch);
    }
    const assignMs = performance.now() - t;
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { loadMs, assignMs, bytes: (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number) };
  } finally {
    if (o.keep) db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    if (!o.keep) for (const x of ['', '-wal', '-shm']) rmSync(path + x, { force: true });
  }
}
