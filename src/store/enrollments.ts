/**
 * The enrollment endpoint's tables: full records (`enrollments`) of served and OS-update decisions and of our own
 * devices' refusals; per-hour refusal counts (`enrollment_refusals`); per-serial counts of what a device's limit kept
 * out of the records (`enrollment_limited`); and the device lookup. Every statement here goes through an index.
 */
import type { AuthUser } from '../auth/types.ts';
import { positional, type DB } from './db.ts';
import type { Outbox } from '../events/outbox.ts';
import type { DeviceRecord } from '../enroll/decide.ts';

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
  /** Who logged in before this enrollment (web view, OTA, PSSO). */
  user?: AuthUser;
  /** How the profile was asked for: a plain ADE POST, or after a login (default: webview with a user, ade without). */
  flow?: EnrollmentFlow;
}
export type TimedRecord = EnrollmentRecord & { at: string };

/** The ways to a profile: a plain ADE POST, or one of the login-first flows (a bounded set: a metric label). */
export type EnrollmentFlow = 'ade' | 'webview' | 'ota' | 'psso';
/** The flow a record is stored with. */
const flowOf = (r: Pick<EnrollmentRecord, 'flow' | 'user'>): EnrollmentFlow => r.flow ?? (r.user ? 'webview' : 'ade');

/** The device row for a serial across all our tokens: a live row wins over a deleted one, then the most recently seen. */
export const LOOKUP_SQL = `SELECT token, serial_number, device_family, os, model, profile_status, deleted_at
    FROM devices WHERE serial_number = ? ORDER BY (deleted_at IS NOT NULL), last_seen DESC LIMIT 1`;

/** Through the (serial, token) unique index: an enrollment must never wait on a scan of the device table. */
export function createDeviceLookup(db: DB): (serial: string) => DeviceRecord | undefined {
  const stmt = db.prepare(LOOKUP_SQL);
  return (serial) => stmt.get(serial) as DeviceRecord | undefined;
}

/** An enrollment record as the `enrollments` table's columns (both engines). */
export function recordColumns(r: TimedRecord) {
  return {
    at: r.at,
    token: r.token ?? null,
    serial_number: r.serial_number ?? null,
    udid: r.udid ?? null,
    product: r.product ?? null,
    os_version: r.os_version ?? null,
    build_version: r.build_version ?? null,
    language: r.language ?? null,
    decision: r.decision,
    reason: r.reason ?? null,
    profile_rule: r.profile_rule ?? null,
    profile_served: r.profile_served ?? null,
    remote_addr: r.remote_addr ?? null,
    flow: flowOf(r),
    user_issuer: r.user?.issuer ?? null,
    user_subject: r.user?.subject ?? null,
    user_email: r.user?.email ?? null,
    user_name: r.user?.name ?? null,
    user_groups: r.user ? JSON.stringify(r.user.groups) : null,
  };
}

/**
 * The `enrollments` row and the device's last_enrollment_id, without a transaction of their own. No device_events row as
 * well: it repeated the enrollment row and cost the endpoint a second random-key index insert per request.
 */
function createRecordWriter(db: DB): (r: TimedRecord) => number {
  const insert = db.prepare(`INSERT INTO enrollments (at, token, serial_number, udid, product, os_version, build_version, language,
    decision, reason, profile_rule, profile_served, remote_addr, flow, user_issuer, user_subject, user_email, user_name, user_groups)
    VALUES (@at, @token, @serial_number, @udid, @product, @os_version, @build_version, @language, @decision, @reason, @profile_rule, @profile_served,
      @remote_addr, @flow, @user_issuer, @user_subject, @user_email, @user_name, @user_groups)`);
  const link = db.prepare('UPDATE device_rows SET last_enrollment_id = ? WHERE token = ? AND serial_number = ?');
  return (r) => {
    const row = recordColumns(r);
    const id = Number(insert.run(row).lastInsertRowid);
    if (r.token && r.serial_number) link.run(id, r.token, r.serial_number);
    return id;
  };
}

/** Note that profiles with these fixed fields (a JSON object) were served from `first` to `last`. */
function createFixedWriter(db: DB): (fields: string, first: string, last: string) => void {
  const upsert = db.prepare(`INSERT INTO enrollment_profile_fixed (fields, first_served_at, last_served_at) VALUES (?, ?, ?)
    ON CONFLICT (fields) DO UPDATE SET last_served_at = MAX(last_served_at, excluded.last_served_at)`);
  return (fields, first, last) => {
    upsert.run(fields, first, last);
  };
}

export interface ServedFixed {
  fields: Record<string, string | number | boolean>;
  first_served_at: string;
  last_served_at: string;
}

/** Every set of fixed fields served, the most recently served first. */
export function servedFixedFields(db: DB): ServedFixed[] {
  return (
    db.prepare('SELECT fields, first_served_at, last_served_at FROM enrollment_profile_fixed ORDER BY last_served_at DESC, fields').all() as {
      fields: string;
      first_served_at: string;
      last_served_at: string;
    }[]
  ).map((r) => ({ ...r, fields: JSON.parse(r.fields) }));
}

/** What one turn of the recorder writes, in one transaction (enroll/record.ts groups them). */
export interface RecordBatch {
  records: TimedRecord[];
  /** [hour, code, n] */
  refusals: [string, string, number][];
  limited: { serial: string; code: string; n: number; first: string; last: string }[];
  /** Sets of fixed profile fields served (JSON, src/profile/fixed.ts), each with the batch's first and last time. */
  fixed: { fields: string; first: string; last: string }[];
}

/**
 * The enrollment endpoint's storage, engine-neutral: the device lookup, a serial's recent records (the per-device limit)
 * and the recorder's batches. SQLite answers synchronously inside (in process, through its indexes); PostgreSQL
 * (store/pg/enrollments.ts) over the pool, so every node that shares the database serves and counts alike.
 */
export interface EnrollmentStore {
  lookup(serial: string): Promise<DeviceRecord | undefined>;
  recent(serial: string, since: string): Promise<RecentRecords>;
  /** Both at once: what each enrollment asks first, in one round trip to a shared database. */
  lookupWithRecent(serial: string, since: string): Promise<{ device: DeviceRecord | undefined; recent: RecentRecords }>;
  write(batch: RecordBatch): Promise<void>;
}

/** `outbox`: enrollment.* events for webhooks, written in the batch's transaction. */
export function createSqliteEnrollmentStore(db: DB, outbox?: Outbox): EnrollmentStore {
  const lookup = createDeviceLookup(db);
  const recent = createRecentRecords(db);
  const writeRecord = createRecordWriter(db);
  const addRefusals = createRefusalAdder(db);
  const addLimited = createLimitedAdder(db);
  const writeFixed = createFixedWriter(db);
  const write = db.transaction((b: RecordBatch) => {
    for (const rec of b.records) writeRecord(rec);
    for (const [hour, code, n] of b.refusals) addRefusals(hour, code, n);
    for (const x of b.limited) addLimited(x.serial, x.code, x.n, x.first, x.last);
    for (const x of b.fixed) writeFixed(x.fields, x.first, x.last);
    outbox?.enrollments(b.records);
  });
  return {
    lookup: async (serial) => lookup(serial),
    recent: async (serial, since) => recent(serial, since),
    lookupWithRecent: async (serial, since) => ({ device: lookup(serial), recent: recent(serial, since) }),
    write: async (b) => write(b),
  };
}

/** The UTC hour of an ISO time, as `enrollment_refusals.hour` stores it. */
export const hourOf = (iso: string) => iso.slice(0, 13);

/** Add n refusals of `code` to an hour's count. */
export function createRefusalAdder(db: DB): (hour: string, code: string, n: number) => void {
  const upsert = db.prepare(`INSERT INTO enrollment_refusals (hour, code, count) VALUES (?, ?, ?)
    ON CONFLICT (hour, code) DO UPDATE SET count = count + excluded.count`);
  return (hour, code, n) => {
    upsert.run(hour, code, n);
  };
}

/** Add n requests of a serial that the per-device limit kept out of the records. */
function createLimitedAdder(db: DB): (serial: string, code: string, n: number, first: string, last: string) => void {
  const upsert = db.prepare(`INSERT INTO enrollment_limited (serial_number, code, count, first_at, last_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (serial_number, code) DO UPDATE SET count = count + excluded.count, last_at = excluded.last_at`);
  return (serial, code, n, first, last) => {
    upsert.run(serial, code, n, first, last);
  };
}

export interface RecentRecords {
  served: number;
  other: number;
  oldest_served_at: string | null;
}

/** A serial's records since `since` (ISO): one range of the (serial, at) index, at most a few limits long. */
export function createRecentRecords(db: DB): (serial: string, since: string) => RecentRecords {
  const stmt = db.prepare(`SELECT COALESCE(SUM(decision = 'served'), 0) AS served, COALESCE(SUM(decision != 'served'), 0) AS other,
      MIN(CASE WHEN decision = 'served' THEN at END) AS oldest_served_at
    FROM enrollments WHERE serial_number = ? AND at >= ?`);
  return (serial, since) => stmt.get(serial, since) as RecentRecords;
}

/** Refusals per code since an hour (inclusive), from the hourly table. */
export function refusalsSince(db: DB, hour: string): Record<string, number> {
  const rows = db.prepare('SELECT code, SUM(count) AS n FROM enrollment_refusals WHERE hour >= ? GROUP BY code ORDER BY code').all(hour) as {
    code: string;
    n: number;
  }[];
  return Object.fromEntries(rows.map((r) => [r.code, r.n]));
}

export interface EnrollmentSummary {
  /** Full records kept for this serial (within retention). */
  records: number;
  served: number;
  os_update_required: number;
  refused: number;
  last_served_at: string | null;
  /** Profiles served after the first within `window_minutes` of each other (Setup Assistant retries, or replays). */
  repeats: number;
  /** Requests the per-device limit kept out of the records, per code (adesync.too_many_enrollments: refused). */
  limited: { code: string; count: number; first_at: string; last_at: string }[];
}

/** What an engine reads for the summary: the counts, the served times in order, and the limited rows by code. */
export interface EnrollmentSummaryRows {
  counts: Omit<EnrollmentSummary, 'repeats' | 'limited'>;
  served: string[];
  limited: EnrollmentSummary['limited'];
}

/** Pure: the summary from its rows; a repeat is a profile served within `windowMinutes` of the one before. */
export function summarizeEnrollments(r: EnrollmentSummaryRows, windowMinutes: number): EnrollmentSummary {
  const served = r.served.map((at) => Date.parse(at));
  let repeats = 0;
  for (let i = 1; i < served.length; i++) if (served[i] - served[i - 1] < windowMinutes * 60_000) repeats++;
  return { ...r.counts, repeats, limited: r.limited };
}

/** `adesync device SERIAL`'s enrollment lines: from the serial's index ranges only. */
export function enrollmentSummary(db: DB, serial: string, windowMinutes: number): EnrollmentSummary {
  const counts = db
    .prepare(`SELECT COUNT(*) AS records, COALESCE(SUM(decision = 'served'), 0) AS served,
      COALESCE(SUM(decision = 'os_update_required'), 0) AS os_update_required, COALESCE(SUM(decision = 'refused'), 0) AS refused,
      MAX(CASE WHEN decision = 'served' THEN at END) AS last_served_at
    FROM enrollments WHERE serial_number = ?`)
    .get(serial) as EnrollmentSummaryRows['counts'];
  const served = (db.prepare(`SELECT at FROM enrollments WHERE serial_number = ? AND decision = 'served' ORDER BY at`).all(serial) as { at: string }[]).map(
    (r) => r.at,
  );
  const limited = db
    .prepare('SELECT code, count, first_at, last_at FROM enrollment_limited WHERE serial_number = ? ORDER BY code')
    .all(serial) as EnrollmentSummary['limited'];
  return summarizeEnrollments({ counts, served, limited }, windowMinutes);
}

/** One enrollment as `adesync enrollments` and `adesync device` show it: the record with its user, if one logged in. */
export interface EnrollmentRow {
  id: number;
  at: string;
  token: string | null;
  serial_number: string | null;
  udid: string | null;
  product: string | null;
  os_version: string | null;
  decision: EnrollmentRecord['decision'];
  reason: string | null;
  flow: EnrollmentFlow | null;
  profile_served: string | null;
  remote_addr: string | null;
  user: AuthUser | null;
}

/** The columns an EnrollmentRow is made of (both engines). */
export const ROW_COLUMNS = `id, at, token, serial_number, udid, product, os_version, decision, reason, flow, profile_served, remote_addr,
  user_issuer, user_subject, user_email, user_name, user_groups`;

/** Pure: a row of ROW_COLUMNS as an EnrollmentRow, its user columns folded into `user`. */
export function toRow(r: Record<string, unknown>): EnrollmentRow {
  const { user_issuer, user_subject, user_email, user_name, user_groups, ...rest } = r;
  const user: AuthUser | null =
    user_subject == null
      ? null
      : {
          issuer: user_issuer as string,
          subject: user_subject as string,
          ...(user_email != null ? { email: user_email as string } : {}),
          ...(user_name != null ? { name: user_name as string } : {}),
          groups: user_groups ? (JSON.parse(user_groups as string) as string[]) : [],
        };
  return { ...(rest as Omit<EnrollmentRow, 'user'>), user };
}

/** Who enrolled this serial last: its latest record with a logged-in user (a served one, or a refusal after the login). */
export function latestBinding(db: DB, serial: string): EnrollmentRow | undefined {
  const r = db
    .prepare(`SELECT ${ROW_COLUMNS} FROM enrollments WHERE serial_number = ? AND user_subject IS NOT NULL ORDER BY at DESC, id DESC LIMIT 1`)
    .get(serial) as Record<string, unknown> | undefined;
  return r && toRow(r);
}

export interface EnrollmentFilter {
  /** The user's subject (`sub`), or email in any case. */
  user?: string;
  serial?: string;
  decision?: EnrollmentRecord['decision'];
  /** Only records with a logged-in user. */
  withUser?: boolean;
  limit: number;
}

/**
 * Enrollments, newest first. Each filter is one index range: --user through the partial user indexes, --serial through
 * (serial, at), neither through (at); the decision and with-user tests ride on the rows the range gives. The SQL of both
 * engines: `param` takes each value and gives its placeholder (`?` or `$n`).
 */
export function enrollmentListSql(f: EnrollmentFilter, param: (v: unknown) => string): string {
  const rest = (): string[] => [
    ...(f.serial !== undefined ? [`serial_number = ${param(f.serial)}`] : []),
    ...(f.decision ? [`decision = ${param(f.decision)}`] : []),
    ...(f.withUser ? ['user_subject IS NOT NULL'] : []),
  ];
  const where = (w: string[]) => (w.length ? ` WHERE ${w.join(' AND ')}` : '');
  // a UNION of the two index ranges rather than an OR, which SQLite would answer with a scan
  const from =
    f.user === undefined
      ? `SELECT ${ROW_COLUMNS} FROM enrollments${where(rest())}`
      : `SELECT ${ROW_COLUMNS} FROM enrollments${where([`user_subject = ${param(f.user)}`, ...rest()])}
      UNION SELECT ${ROW_COLUMNS} FROM enrollments${where([`lower(user_email) = lower(${param(f.user)})`, 'user_email IS NOT NULL', ...rest()])}`;
  return `${from} ORDER BY at DESC, id DESC LIMIT ${param(f.limit)}`;
}

export function listEnrollments(db: DB, f: EnrollmentFilter): EnrollmentRow[] {
  const p = positional();
  const sql = enrollmentListSql(f, p.param);
  return (db.prepare(sql).all(...p.values) as Record<string, unknown>[]).map(toRow);
}

export interface PruneResult {
  records: number;
  refusals: number;
  limited: number;
}

/**
 * Delete what is older than the retention, `batch` rows per statement through the time indexes, yielding between
 * statements (`pause`) so the endpoint's own writes never wait behind a long delete.
 */
export async function pruneEnrollments(
  db: DB,
  o: { recordsBefore: string; refusalsBefore: string; batch?: number; pause?: () => Promise<void> },
): Promise<PruneResult> {
  const batch = o.batch ?? 500;
  const pause = o.pause ?? (() => new Promise<void>((r) => setImmediate(r)));
  const steps: [keyof PruneResult, string, string][] = [
    ['records', 'DELETE FROM enrollments WHERE id IN (SELECT id FROM enrollments WHERE at < ? ORDER BY at LIMIT ?)', o.recordsBefore],
    [
      'refusals',
      `DELETE FROM enrollment_refusals WHERE hour IN (SELECT DISTINCT hour FROM enrollment_refusals WHERE hour < ? ORDER BY hour LIMIT ?)`,
      o.refusalsBefore.slice(0, 13),
    ],
    [
      'limited',
      `DELETE FROM enrollment_limited WHERE (serial_number, code) IN
      (SELECT serial_number, code FROM enrollment_limited WHERE last_at < ? ORDER BY last_at LIMIT ?)`,
      o.recordsBefore,
    ],
  ];
  const out: PruneResult = { records: 0, refusals: 0, limited: 0 };
  for (const [key, sql, before] of steps) {
    const stmt = db.prepare(sql);
    // hours hold a few rows each (one per code): a batch of hours is a batch of rows within a small factor
    const limit = key === 'refusals' ? Math.max(1, Math.floor(batch / 16)) : batch;
    for (;;) {
      const n = stmt.run(before, limit).changes;
      out[key] += n;
      if (n === 0) break;
      await pause();
    }
  }
  return out;
}
