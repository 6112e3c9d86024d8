import type { DB } from './db.ts';

type AssignmentState = 'pending' | 'assigned' | 'failed' | 'throttled' | 'not_accessible' | 'excluded' | 'held' | 'unmanaged' | 'gone';

export interface AssignmentRow {
  device_id: number;
  token: string;
  serial_number: string;
  profile_name: string | null;
  profile_uuid: string | null;
  state: AssignmentState;
  reason: string | null;
  attempts: number;
  last_attempt_at: string | null;
  last_result: string | null;
  not_before: string | null;
  updated_at: string;
}

/** What a new device's first row holds: the policy's verdict, as the store sees it. */
export interface NewAssignment {
  state: AssignmentState;
  profile: string | null;
  uuid: string | null;
  reason: string;
}

export function assignmentStatements(db: DB) {
  const insert = db.prepare(`INSERT INTO assignments (device_id, token, serial_number, profile_name, profile_uuid, state, reason, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  return {
    /** The first row of a new device: what nextAssignment gives with no previous row, written without building it. */
    insertNew(deviceId: number, token: string, serial: string, v: NewAssignment, now: string): void {
      insert.run(deviceId, token, serial, v.profile, v.uuid, v.state, v.reason, now);
    },
    /** By device_rows.id, which is also the assignment's rowid. */
    get: db.prepare('SELECT * FROM assignments WHERE device_id = ?'),
    put: db.prepare(`INSERT INTO assignments (device_id, token, serial_number, profile_name, profile_uuid, state, reason, attempts, last_attempt_at, last_result, not_before, updated_at)
      VALUES (@device_id, @token, @serial_number, @profile_name, @profile_uuid, @state, @reason, @attempts, @last_attempt_at, @last_result, @not_before, @updated_at)
      ON CONFLICT(device_id) DO UPDATE SET profile_name = excluded.profile_name, profile_uuid = excluded.profile_uuid,
        state = excluded.state, reason = excluded.reason, attempts = excluded.attempts, last_attempt_at = excluded.last_attempt_at,
        last_result = excluded.last_result, not_before = excluded.not_before, updated_at = excluded.updated_at`),
  };
}

/** What the assigner reads and writes as it sends batches and records Apple's answers (src/assign/assigner.ts). */
export function assignmentWorkStatements(db: DB, batchSize: number) {
  return {
    // Due work is walked per (state, profile) in rowid order through assignments_work: oldest first, no sort, no rescans.
    due: db.prepare(`SELECT device_id AS id, serial_number, attempts FROM assignments
      WHERE token = @token AND state = @state AND profile_uuid = @uuid AND device_id > @after AND (not_before IS NULL OR not_before <= @now)
      ORDER BY device_id LIMIT ${batchSize}`),
    dueUuids: db.prepare(`SELECT DISTINCT profile_uuid FROM assignments WHERE token = @token AND state = @state AND profile_uuid IS NOT NULL`),
    setResult: db.prepare(`UPDATE assignments SET state = @state, attempts = @attempts, last_attempt_at = @at, last_result = @result,
      not_before = @not_before, reason = COALESCE(@reason, reason), updated_at = @at WHERE device_id = @id`),
    // SUCCESS, the common answer, is written for the whole batch at once: one statement per table instead of one per serial.
    setAssigned: db.prepare(`UPDATE assignments SET state = 'assigned', attempts = 0, last_attempt_at = @at, last_result = 'SUCCESS',
      not_before = NULL, reason = 'assigned by adesync', updated_at = @at WHERE device_id IN (SELECT value FROM json_each(@ids))`),
    // Mirror Apple's new state at once (status, CLI, policy); Apple's own times arrive with its 'modified' event.
    mirror: db.prepare(`UPDATE device_rows SET profile_uuid = @uuid, profile_status = 'assigned' WHERE id IN (SELECT value FROM json_each(@ids))`),
    event: db.prepare(`INSERT INTO device_events (device_id, token, serial_number, at, kind, after_json) VALUES (?, ?, ?, ?, 'assignment', ?)`),
  };
}

/** Rows evaluated before their profile was defined get its UUID now. */
export function fillPendingUuids(db: DB, token: string, profileName: string, uuid: string): void {
  db.prepare(`UPDATE assignments SET profile_uuid = ? WHERE token = ? AND profile_name = ? AND state = 'pending' AND profile_uuid IS NULL`).run(
    uuid,
    token,
    profileName,
  );
}
