// The enrollment endpoint's storage on PostgreSQL (store/enrollments.ts says what it must do): every node that shares
// the database looks devices up, counts a serial's recent records for the per-device limit, and writes its batches
// here. A batch is one transaction of at most six statements (the last its webhook events), whatever its size.
import { recordColumns, type EnrollmentStore, type RecentRecords, type RecordBatch } from '../enrollments.ts';
import type { DeviceRecord } from '../../enroll/decide.ts';
import type { PgPool } from './connect.ts';
import type { EventCollector } from '../../events/outbox.ts';
import { writeEventsPg } from './outbox.ts';

/** `outbox`: the enrollment.* events of each batch, written in its transaction. */
export function createPgEnrollmentStore(pool: PgPool, outbox?: EventCollector): EnrollmentStore {
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
    async write(b: RecordBatch) {
      const written = await pool.transaction(async (c) => {
        if (b.records.length) {
          const rows = b.records.map(recordColumns);
          const keys = Object.keys(rows[0]) as (keyof (typeof rows)[0])[];
          const ids = await c.query<{ id: number; token: string | null; serial_number: string | null }>(
            `INSERT INTO enrollments (${keys.join(', ')})
             SELECT * FROM unnest(${keys.map((_, i) => `$${i + 1}::text[]`).join(', ')}) RETURNING id, token, serial_number`,
            keys.map((k) => rows.map((r) => r[k])),
          );
          // a device links the batch's last record of it, as SQLite's writer leaves it: UPDATE … FROM with several rows for
          // one device would take any of them (ids are assigned in the batch's order, so the last is the largest)
          const last = new Map<string, (typeof ids)[number]>();
          for (const r of ids) {
            if (!r.token || !r.serial_number) continue;
            const key = `${r.token}\0${r.serial_number}`;
            if ((last.get(key)?.id ?? -1) < r.id) last.set(key, r);
          }
          const linked = [...last.values()];
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
        if (b.fixed.length)
          await c.query(
            `INSERT INTO enrollment_profile_fixed (fields, first_served_at, last_served_at) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
             ON CONFLICT (fields) DO UPDATE SET last_served_at = GREATEST(enrollment_profile_fixed.last_served_at, excluded.last_served_at)`,
            [b.fixed.map((x) => x.fields), b.fixed.map((x) => x.first), b.fixed.map((x) => x.last)],
          );
        return outbox ? writeEventsPg(c, outbox.enrollments(b.records), outbox.endpointsFor, new Date().toISOString()) : 0;
      });
      if (written) outbox?.written();
    },
  };
}
