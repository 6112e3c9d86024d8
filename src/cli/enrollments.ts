import type { Config } from '../config/schema.ts';
import type { DB } from '../store/db.ts';
import { enrollmentSummary, type EnrollmentSummary } from '../store/enrollments.ts';

/** `adesync device SERIAL`'s enrollment summary (also under `enrollment_summary` in --json). */
export function deviceEnrollments(db: DB, config: Config, serial: string): EnrollmentSummary {
  return enrollmentSummary(db, serial, config.enrollment?.per_device_limit.per_minutes ?? 60);
}

export function formatEnrollmentSummary(s: EnrollmentSummary): string {
  if (!s.records && !s.limited.length) return '';
  const limited = s.limited.map((l) => `  limited    ${l.code} ${l.count} time${l.count === 1 ? '' : 's'} (${l.first_at} – ${l.last_at})\n`).join('');
  return (
    `enrollment summary: ${s.records} record(s): served ${s.served}, OS update required ${s.os_update_required}, refused ${s.refused}\n` +
    `  last served ${s.last_served_at ?? 'never'}; repeats ${s.repeats} (served again within the per-device window)\n` +
    limited
  );
}
