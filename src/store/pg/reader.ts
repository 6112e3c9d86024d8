// The read-side commands on PostgreSQL (store/reader.ts says what they read): the same rows, in the same order and of the
// same JavaScript types as SQLite's. Text is sorted COLLATE "C" where the order shows (SQLite compares bytes; a database
// made with a language's collation would not), counts come back as numbers (bigint is parsed in connect.ts, COUNT is cast).
import { deviceWhere, DEVICE_LIST_COLUMNS, shapeDeviceDetail, type DeviceRows } from '../report.ts';
import { enrollmentListSql, ROW_COLUMNS, summarizeEnrollments, toRow, type EnrollmentSummaryRows } from '../enrollments.ts';
import { eventWhere, type DeliveryRow } from '../outbox.ts';
import type { StoredEvent } from '../../events/types.ts';
import type { Definition, StoreReader } from '../reader.ts';
import type { PgPool } from './connect.ts';
import { pgPlanReads } from './plan.ts';

/** Placeholders $1, $2, … in the order `param` is called, with their values. */
function params() {
  const values: unknown[] = [];
  return { values, param: (v: unknown) => `$${values.push(v)}` };
}

export function pgReader(pool: PgPool): StoreReader {
  const one = async <T>(sql: string, args: unknown[]) => (await pool.query<T>(sql, args))[0];
  return {
    async hasToken(name) {
      const r = await one<{ has: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM tokens WHERE name = $1) OR EXISTS (SELECT 1 FROM device_rows WHERE token = $1) AS has',
        [name],
      );
      return r.has;
    },
    async storedSerial(serial) {
      const has = async (s: string) => !!(await one('SELECT 1 FROM device_rows WHERE serial_number = $1 LIMIT 1', [s]));
      return (await has(serial)) || !(await has(serial.toUpperCase())) ? serial : serial.toUpperCase();
    },
    async listDevices(f) {
      const p = params();
      const where = deviceWhere(f, p.param);
      return pool.query(
        `SELECT ${DEVICE_LIST_COLUMNS} FROM devices d LEFT JOIN assignments a ON a.device_id = d.id ${where}
         ORDER BY d.token COLLATE "C", d.serial_number COLLATE "C" LIMIT ${p.param(f.limit ?? 1000)}`,
        p.values,
      );
    },
    async countDevices(f) {
      const p = params();
      const where = deviceWhere(f, p.param);
      const join = f.state ? 'LEFT JOIN assignments a ON a.device_id = d.id' : '';
      return (await one<{ n: number }>(`SELECT COUNT(*) AS n FROM devices d ${join} ${where}`, p.values)).n;
    },
    async deviceDetail(serial) {
      const [records, assignments, events, enrollments] = await Promise.all([
        pool.query('SELECT * FROM devices WHERE serial_number = $1 ORDER BY token COLLATE "C"', [serial]),
        pool.query('SELECT a.* FROM device_rows d JOIN assignments a ON a.device_id = d.id WHERE d.serial_number = $1 ORDER BY d.token COLLATE "C"', [serial]),
        pool.query(
          `SELECT id, token, at, kind, op_type, op_date, before_json, after_json FROM device_events
           WHERE device_id IN (SELECT id FROM device_rows WHERE serial_number = $1) ORDER BY id DESC LIMIT 100`,
          [serial],
        ),
        pool.query('SELECT * FROM enrollments WHERE serial_number = $1 ORDER BY at DESC, id DESC LIMIT 20', [serial]),
      ]);
      return shapeDeviceDetail(serial, { records, assignments, events, enrollments } satisfies DeviceRows);
    },
    async enrollmentSummary(serial, windowMinutes) {
      const [counts, served, limited] = await Promise.all([
        one<EnrollmentSummaryRows['counts']>(
          `SELECT COUNT(*)::int AS records, COUNT(*) FILTER (WHERE decision = 'served')::int AS served,
             COUNT(*) FILTER (WHERE decision = 'os_update_required')::int AS os_update_required,
             COUNT(*) FILTER (WHERE decision = 'refused')::int AS refused, MAX(at) FILTER (WHERE decision = 'served') AS last_served_at
           FROM enrollments WHERE serial_number = $1`,
          [serial],
        ),
        pool.query<{ at: string }>(`SELECT at FROM enrollments WHERE serial_number = $1 AND decision = 'served' ORDER BY at`, [serial]),
        pool.query<EnrollmentSummaryRows['limited'][number]>(
          'SELECT code, count, first_at, last_at FROM enrollment_limited WHERE serial_number = $1 ORDER BY code COLLATE "C"',
          [serial],
        ),
      ]);
      return summarizeEnrollments({ counts, served: served.map((r) => r.at), limited }, windowMinutes);
    },
    async latestBinding(serial) {
      const r = await one<Record<string, unknown>>(
        `SELECT ${ROW_COLUMNS} FROM enrollments WHERE serial_number = $1 AND user_subject IS NOT NULL ORDER BY at DESC, id DESC LIMIT 1`,
        [serial],
      );
      return r && toRow(r);
    },
    async listEnrollments(f) {
      const p = params();
      const sql = enrollmentListSql(f, p.param);
      return (await pool.query<Record<string, unknown>>(sql, p.values)).map(toRow);
    },
    async listEvents(q) {
      const p = params();
      const where = eventWhere(q, p.param);
      const rows = await pool.query<StoredEvent>(
        `SELECT seq, id, type, token, subject, time, data FROM outbox ${where} ORDER BY seq DESC LIMIT ${p.param(q.limit)}`,
        p.values,
      );
      // one query for every listed event's deliveries, not one per event as in-process SQLite affords
      const deliveries = rows.length
        ? await pool.query<DeliveryRow>(
            `SELECT endpoint, seq, state, attempts, next_at, last_status, last_error, done_at FROM webhook_deliveries
             WHERE seq = ANY($1::bigint[]) ORDER BY endpoint COLLATE "C"`,
            [rows.map((r) => r.seq)],
          )
        : [];
      const bySeq = new Map<number, DeliveryRow[]>();
      for (const d of deliveries) {
        const list = bySeq.get(d.seq);
        if (list) list.push(d);
        else bySeq.set(d.seq, [d]);
      }
      return rows.map((r) => ({ ...r, deliveries: bySeq.get(r.seq) ?? [] }));
    },
    async servedFixedFields() {
      const rows = await pool.query<{ fields: string; first_served_at: string; last_served_at: string }>(
        'SELECT fields, first_served_at, last_served_at FROM enrollment_profile_fixed ORDER BY last_served_at DESC, fields COLLATE "C"',
      );
      return rows.map((r) => ({ ...r, fields: JSON.parse(r.fields) }));
    },
    allDefinitions: () =>
      pool.query<Definition>(
        'SELECT token, name, content_hash, profile_uuid, defined_at, superseded_at FROM profiles ORDER BY token COLLATE "C", name COLLATE "C", id',
      ),
    ...pgPlanReads(pool),
    close: () => pool.end(),
  };
}
