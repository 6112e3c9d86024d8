/** Recording each enrollment decision: one `enrollments` row, the device's last_enrollment_id, and a device event. */
import type { DB } from '../store/db.ts';

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
  const insert = db.prepare(`INSERT INTO enrollments (at, token, serial_number, udid, product, os_version, build_version, language,
    decision, reason, profile_rule, profile_served, remote_addr)
    VALUES (@at, @token, @serial_number, @udid, @product, @os_version, @build_version, @language, @decision, @reason, @profile_rule, @profile_served, @remote_addr)`);
  const link = db.prepare('UPDATE devices SET last_enrollment_id = ? WHERE token = ? AND serial_number = ?');
  const event = db.prepare(`INSERT INTO device_events (token, serial_number, at, kind, after_json) VALUES (?, ?, ?, 'enrollment', ?)`);
  const tx = db.transaction((r: Required<Pick<EnrollmentRecord, 'at'>> & EnrollmentRecord): number => {
    const row = {
      at: r.at, token: r.token ?? null, serial_number: r.serial_number ?? null, udid: r.udid ?? null, product: r.product ?? null,
      os_version: r.os_version ?? null, build_version: r.build_version ?? null, language: r.language ?? null, decision: r.decision,
      reason: r.reason ?? null, profile_rule: r.profile_rule ?? null, profile_served: r.profile_served ?? null, remote_addr: r.remote_addr ?? null,
    };
    const id = Number(insert.run(row).lastInsertRowid);
    if (r.token && r.serial_number) {
      const changed = link.run(id, r.token, r.serial_number).changes;
      if (changed) event.run(r.token, r.serial_number, r.at, JSON.stringify({ enrollment_id: id, decision: r.decision, reason: r.reason ?? null, profile_served: r.profile_served ?? null }));
    }
    return id;
  });
  return (r) => tx({ ...r, at: r.at ?? new Date().toISOString() });
}
