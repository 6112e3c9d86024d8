// The enrollment endpoint's storage on PostgreSQL (store/enrollments.ts says what it must do): every node that shares
// the database looks devices up, counts a serial's recent records for the per-device limit, and writes its batches
// here. A batch is one transaction of at most five statements, whatever its size.
import type { EnrollmentStore, RecentRecords, RecordBatch } from '../enrollments.ts';
import type { DeviceRecord } from '../../enroll/decide.ts';
import type { PgPool } from './connect.ts';

const RECORD_COLUMNS = [
  'at',
  'token',
  'serial_number',
  'udid',
  'product',
  'os_version',
  'build_version',
  'language',
  'decision',
  'reason',
  'profile_rule',
  'profile_served',
  'remote_addr',
] as const;

export function createPgEnrollmentStore(pool: PgPool): EnrollmentStore {
  return {
    async lookup(serial) {
      const [row] = await pool.query<DeviceRecord>(
        `SELECT token, serial_number, device_family, os, model, profile_status, deleted_at
         FROM devices WHERE serial_number = $1 ORDER BY (deleted_at IS NOT NULL), last_seen DESC LIMIT 1`,
        [serial],
      );
      return row;
    },
    async recent(serial, since) {
      const [r] = await pool.query<RecentRecords>(
        `SELECT COUNT(*) FILTER (WHERE decision = 'served')::int AS served, COUNT(*) FILTER (WHERE decision <> 'served')::int AS other,
           MIN(at) FILTER (WHERE decision = 'served') AS oldest_served_at
         FROM enrollments WHERE serial_number = $1 AND at >= $2`,
        [serial, since],
      );
      return r;
    },
    write: (b: RecordBatch) =>
      pool.transaction(async (c) => {
        if (b.records.length) {
          const ids = await c.query<{ id: number; token: string | null; serial_number: string | null }>(
            `INSERT INTO enrollments (${RECORD_COLUMNS.join(', ')})
             SELECT * FROM unnest(${RECORD_COLUMNS.map((_, i) => `$${i + 1}::text[]`).join(', ')}) RETURNING id, token, serial_number`,
            RECORD_COLUMNS.map((k) => b.records.map((r) => (r[k] as string | undefined) ?? null)),
          );
          const linked = ids.filter((r) => r.token && r.serial_number);
          if (linked.length)
            await c.query(
              `UPDATE device_rows d SET last_enrollment_id = l.id FROM unnest($1::bigint[], $2::text[], $3::text[]) AS l(id, token, serial)
               WHERE d.token = l.token AND d.serial_number = l.serial`,
              [linked.map((r) => r.id), linked.map((r) => r.token), linked.map((r) => r.serial_number)],
            );
        }
        if (b.refusals.length)
          await c.query(
            `INSERT INTO enrollment_refusals (hour, code, count) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])
             ON CONFLICT (hour, code) DO UPDATE SET count = enrollment_refusals.count + excluded.count`,
            [b.refusals.map((r) => r[0]), b.refusals.map((r) => r[1]), b.refusals.map((r) => r[2])],
          );
        if (b.limited.length)
          await c.query(
            `INSERT INTO enrollment_limited (serial_number, code, count, first_at, last_at)
             SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[])
             ON CONFLICT (serial_number, code) DO UPDATE SET count = enrollment_limited.count + excluded.count, last_at = excluded.last_at`,
            [
              b.limited.map((x) => x.serial),
              b.limited.map((x) => x.code),
              b.limited.map((x) => x.n),
              b.limited.map((x) => x.first),
              b.limited.map((x) => x.last),
            ],
          );
      }),
  };
}
