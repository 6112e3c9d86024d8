import { lazyCron } from '../config/cron.ts';
import { positional, type DB } from './db.ts';
import type { Config } from '../config/schema.ts';
import type { TokenRow } from './tokens.ts';
import { hourOf, refusalsSince } from './enrollments.ts';
import { deadLetterProblems, webhookSummary, type WebhookSummary } from './outbox.ts';
import { holderDead, liveDaemons, type LeaseRow } from './leases.ts';
import { checkSecretFileMode } from '../token/mode.ts';

const DAY = 86_400_000;
export const ASSIGNMENT_STATES = ['assigned', 'pending', 'failed', 'throttled', 'not_accessible', 'excluded', 'held', 'unmanaged', 'gone'] as const;

interface TokenStatusReport {
  name: string;
  configured: boolean;
  server_name: string | null;
  org_name: string | null;
  token_expiry: string | null;
  days_left: number | null;
  /** null: Apple was never asked (or the token is not imported); 'expired' once its expiry has passed, whatever Apple said last. */
  status: string | null;
  status_detail: string | null;
  /** null unless Apple answered: true once /account or a sync succeeded, false on T_C_NOT_SIGNED. */
  terms_signed: boolean | null;
  last_sync: null | {
    id: number;
    kind: string;
    trigger: string | null;
    started_at: string;
    finished_at: string | null;
    duration_ms: number | null;
    result: string;
    error_code: string | null;
    error_message: string | null;
    pages: number;
    devices: number;
    added: number;
    modified: number;
    deleted: number;
  };
  last_success_at: string | null;
  cursor: null | { phase: string; issued_at: string | null; age_seconds: number | null };
  devices: { total: number; deleted: number; by_profile_status: Record<string, number> };
  assignments: Record<(typeof ASSIGNMENT_STATES)[number], number>;
  /** Only while a daemon is running (its heartbeat row is current): nobody else syncs on a schedule. */
  next_sync_at: string | null;
  /** Who syncs the token right now (its lease: one holder across processes and machines), and since when; null: nobody. */
  lease: null | { node: string; pid: number | null; host: string | null; since: string | null; heartbeat_at: string | null; expires_at: string };
  problems: string[];
}

export interface StatusReport {
  generated_at: string;
  ok: boolean;
  /** The running daemon(s), by heartbeat; empty: nothing syncs on a schedule. */
  daemons: { pid: number; host: string; heartbeat_at: string }[];
  tokens: TokenStatusReport[];
  enrollments_24h: Record<string, number>;
  /** Per webhook endpoint: deliveries pending and dead-lettered. */
  webhooks: WebhookSummary[];
  problems: string[];
}

function nextRun(expr: string): string | null {
  try {
    // node-cron computes the next run only for a started task; it never fires: destroyed at once
    const task = lazyCron().createTask(expr, () => {});
    task.start();
    const n = task.getNextRun();
    task.destroy();
    return n ? n.toISOString() : null;
  } catch {
    return null;
  }
}

/** Default lease length when no config is given: a run silent for longer has no process behind it. */
const DEFAULT_LEASE_MS = 30_000;

/** Pure: what a run row's result reads as now. A 'running' row whose process is gone (pid dead here, or silent past its lease) was interrupted. */
export function runResult(
  run: { result: string; pid: number | null; host: string | null; heartbeat_at: string | null; started_at: string },
  nowMs: number,
  leaseMs: number,
): string {
  if (run.result !== 'running') return run.result;
  if (holderDead({ pid: run.pid, host: run.host })) return 'interrupted';
  const beat = Date.parse(run.heartbeat_at ?? run.started_at);
  return nowMs - beat > leaseMs ? 'interrupted' : 'running';
}

/** A run row as status reads it. */
type RunRow = Parameters<typeof runResult>[0] & {
  id: number;
  kind: string;
  trigger: string | null;
  finished_at: string | null;
  error_code: string | null;
  error_message: string | null;
  pages: number;
  devices: number;
  added: number;
  modified: number;
  deleted: number;
};

/** What status reads of one token, whichever engine it came from. */
export interface TokenFacts {
  row: TokenRow | undefined;
  run: RunRow | undefined;
  lastOkAt: string | null;
  cursor: { phase: string; issued_at: string | null } | undefined;
  /** token_counts rows with n > 0. */
  counts: { kind: string; value: string; n: number }[];
  lease: LeaseRow | undefined;
}

/** Everything statusReport reads, gathered by an engine (SQLite below, PostgreSQL in store/pg/report.ts). */
export interface StatusFacts {
  tokens: Map<string, TokenFacts>;
  /** Daemon heartbeat rows not yet expired (filtered here for processes of this host that are gone). */
  daemons: { pid: number; host: string; heartbeat_at: string }[];
  /** Enrollments of the last 24 h by decision, refusals left out (counted per hour in `refused`). */
  enrollments: Record<string, number>;
  refused: number;
  webhooks: WebhookSummary[];
}

/** The token names status reports: the configured ones, then any other the database holds. */
export const statusTokenNames = (config: Config | null, stored: string[]) => [...new Set([...(config?.tokens.map((t) => t.name) ?? []), ...stored])];

/** Pure: who holds a token's lease now, and since when; null when nobody does (released, expired, or its process here is gone). */
export function leaseHolder(row: LeaseRow | undefined, nowMs: number): TokenStatusReport['lease'] {
  if (!row || row.holder_node === null || row.expires_at <= nowMs || holderDead({ pid: row.holder_pid, host: row.holder_host })) return null;
  return {
    node: row.holder_node,
    pid: row.holder_pid,
    host: row.holder_host,
    since: row.acquired_at,
    heartbeat_at: row.heartbeat_at,
    expires_at: new Date(row.expires_at).toISOString(),
  };
}

/**
 * How things stand, from the database alone (works while the daemon runs: WAL readers never block it).
 * Every figure comes from an index: fast on a 1,000,000-device database.
 */
export function statusReport(db: DB, config: Config | null, now = new Date()): StatusReport {
  const tokenRow = db.prepare('SELECT * FROM tokens WHERE name = ?');
  const lastRun = db.prepare(`SELECT * FROM sync_runs WHERE token = ? AND kind IN ('fetch','sync') ORDER BY id DESC LIMIT 1`);
  const lastOk = db.prepare(`SELECT finished_at FROM sync_runs WHERE token = ? AND kind IN ('fetch','sync') AND result = 'ok' ORDER BY id DESC LIMIT 1`);
  const cursor = db.prepare('SELECT phase, issued_at FROM cursors WHERE token = ?');
  // kept by triggers in the transactions that change the rows (migration 005): O(tokens) rows, whatever the account's size
  const counts = db.prepare('SELECT kind, value, n FROM token_counts WHERE token = ? AND n > 0');
  const lease = db.prepare('SELECT * FROM sync_leases WHERE token = ?');
  const names = statusTokenNames(
    config,
    (db.prepare('SELECT name FROM tokens').all() as { name: string }[]).map((r) => r.name),
  );
  const tokens = new Map<string, TokenFacts>();
  for (const name of names)
    tokens.set(name, {
      row: tokenRow.get(name) as TokenRow | undefined,
      run: lastRun.get(name) as RunRow | undefined,
      lastOkAt: (lastOk.get(name) as { finished_at: string } | undefined)?.finished_at ?? null,
      cursor: cursor.get(name) as TokenFacts['cursor'],
      counts: counts.all(name) as TokenFacts['counts'],
      lease: lease.get(name) as LeaseRow | undefined,
    });
  const since = new Date(now.getTime() - DAY).toISOString();
  const enrollments = Object.fromEntries(
    (
      db.prepare(`SELECT decision AS d, COUNT(*) AS n FROM enrollments WHERE at >= ? AND decision != 'refused' GROUP BY decision`).all(since) as {
        d: string;
        n: number;
      }[]
    ).map((r) => [r.d, r.n]),
  );
  // every refusal is counted per hour (only some have a record): the last 24 full hours and the current one
  const refused = Object.values(refusalsSince(db, hourOf(since))).reduce((a, b) => a + b, 0);
  const daemons = liveDaemons(db, now.getTime()).map(({ pid, host, heartbeat_at }) => ({ pid, host, heartbeat_at }));
  return assembleStatus({ tokens, daemons, enrollments, refused, webhooks: webhookSummary(db) }, config, now);
}

/** Pure: the report from what an engine read. */
export function assembleStatus(facts: StatusFacts, config: Config | null, now = new Date()): StatusReport {
  const leaseMs = (config?.sync.lease_seconds ?? DEFAULT_LEASE_MS / 1000) * 1000;
  const daemons = facts.daemons.filter((d) => !holderDead(d));
  const tokens: TokenStatusReport[] = [];
  for (const [name, f] of facts.tokens) {
    const t = f.row;
    const cfg = config?.tokens.find((x) => x.name === name);
    const run = f.run;
    const c = f.cursor;
    const statuses: Record<string, number> = {};
    const states = Object.fromEntries(ASSIGNMENT_STATES.map((s) => [s, 0])) as TokenStatusReport['assignments'];
    let gone = 0;
    for (const r of f.counts) {
      if (r.kind === 'device') statuses[r.value] = r.n;
      else if (r.kind === 'gone') gone += r.n;
      else if (r.kind === 'assignment') (states as Record<string, number>)[r.value] = r.n;
    }
    const expiryMs = t ? Date.parse(t.access_token_expiry) : NaN;
    const days = Number.isFinite(expiryMs) ? Math.floor((expiryMs - now.getTime()) / DAY) : null;
    const status = !t ? 'missing' : days !== null && days < 0 ? 'expired' : t.status === 'unknown' ? null : t.status;
    const result = run ? runResult(run, now.getTime(), leaseMs) : null;
    const age = c?.issued_at ? Math.round((now.getTime() - Date.parse(c.issued_at)) / 1000) : null;
    const rep: TokenStatusReport = {
      name,
      configured: !!cfg,
      server_name: t?.server_name ?? null,
      org_name: t?.org_name ?? null,
      token_expiry: t?.access_token_expiry ?? null,
      days_left: days,
      status,
      status_detail: t?.status_detail ?? null,
      terms_signed: !t ? null : t.status === 't_c_not_signed' ? false : t.status === 'ok' || t.account_checked_at ? true : null,
      last_sync: run
        ? {
            id: run.id,
            kind: run.kind,
            trigger: run.trigger,
            started_at: run.started_at,
            finished_at: run.finished_at,
            duration_ms: run.finished_at ? Date.parse(run.finished_at) - Date.parse(run.started_at) : null,
            result: result!,
            error_code: run.error_code,
            error_message: run.error_message,
            pages: run.pages,
            devices: run.devices,
            added: run.added,
            modified: run.modified,
            deleted: run.deleted,
          }
        : null,
      last_success_at: f.lastOkAt,
      cursor: c ? { phase: c.phase, issued_at: c.issued_at, age_seconds: age } : null,
      devices: { total: Object.values(statuses).reduce((a, b) => a + b, 0), deleted: gone, by_profile_status: statuses },
      assignments: states,
      next_sync_at: cfg && daemons.length ? nextRun(cfg.sync_schedule ?? config!.sync.schedule) : null,
      lease: leaseHolder(f.lease, now.getTime()),
      problems: [],
    };
    const p = rep.problems;
    if (!t) p.push('no server token imported: run "adesync token import --name ' + name + ' FILE.p7m"');
    if (!cfg) p.push('token is in the database but not in the config');
    if (days !== null && days < 0)
      p.push(`server token expired on ${t!.access_token_expiry}: download a new one in Apple Business/School Manager and run "adesync token import"`);
    else if (days !== null && days <= 30)
      p.push(`server token expires in ${days} day${days === 1 ? '' : 's'} (${t!.access_token_expiry}): renew it in Apple Business/School Manager`);
    if (t && !['ok', 'unknown'].includes(t.status) && !(status === 'expired' && t.status === 'expired')) p.push(`${t.status}: ${t.status_detail ?? ''}`.trim());
    const insecure = cfg?.file ? checkSecretFileMode(cfg.file) : undefined;
    if (insecure) p.push(insecure.message);
    if (run && run.result === 'error') p.push(`last sync failed: ${run.error_code} ${run.error_message ?? ''}`.trim());
    if (age !== null && age > 6 * 86400) p.push(`cursor is ${(age / 86400).toFixed(1)} days old (Apple expires cursors at 7 days)`);
    if (states.not_accessible > 0) p.push(`${states.not_accessible} device(s) not accessible by this MDM server at Apple`);
    tokens.push(rep);
  }
  const enrollments: Record<string, number> = { ...facts.enrollments };
  if (facts.refused) enrollments.refused = facts.refused;
  const problems = [...tokens.flatMap((t) => t.problems.map((p) => `${t.name}: ${p}`)), ...deadLetterProblems(facts.webhooks)];
  return {
    generated_at: now.toISOString(),
    ok: problems.length === 0,
    daemons,
    tokens,
    enrollments_24h: Object.fromEntries(Object.entries(enrollments).sort()),
    webhooks: facts.webhooks,
    problems,
  };
}

export interface DeviceFilter {
  token?: string;
  status?: string;
  family?: string;
  state?: string;
  includeDeleted?: boolean;
  limit?: number;
}
export const PROFILE_STATUSES = ['empty', 'assigned', 'pushed', 'removed', 'deleted'] as const;
export const DEVICE_FAMILIES = ['iPhone', 'iPad', 'Mac', 'AppleTV', 'Vision', 'iPod'] as const;

/**
 * The WHERE clause of a device filter (both engines): `param` takes each value and gives its placeholder (`?` or `$n`).
 * Devices are `d`, their assignments `a`.
 */
export function deviceWhere(f: DeviceFilter, param: (v: unknown) => string): string {
  const where: string[] = [];
  if (f.token) where.push(`d.token = ${param(f.token)}`);
  if (f.status === 'deleted') where.push('d.deleted_at IS NOT NULL');
  else {
    if (!f.includeDeleted) where.push('d.deleted_at IS NULL');
    if (f.status) where.push(`d.profile_status = ${param(f.status)}`);
  }
  if (f.family) where.push(`d.device_family = ${param(f.family)}`);
  if (f.state) where.push(`a.state = ${param(f.state)}`);
  return where.length ? 'WHERE ' + where.join(' AND ') : '';
}

/** The columns `adesync devices` lists (both engines). */
export const DEVICE_LIST_COLUMNS = `d.token, d.serial_number, d.model, d.device_family, d.os, d.profile_status, d.profile_uuid, d.deleted_at,
      a.state AS assignment_state, a.profile_name, a.last_result, a.not_before`;

/** Devices with their assignment state, filtered; profile_status "deleted" selects devices gone from Apple. */
export function listDevices(db: DB, f: DeviceFilter) {
  const p = positional();
  const where = deviceWhere(f, p.param);
  return db
    .prepare(`SELECT ${DEVICE_LIST_COLUMNS} FROM devices d LEFT JOIN assignments a ON a.device_id = d.id ${where} ORDER BY d.token, d.serial_number LIMIT ?`)
    .all(...p.values, f.limit ?? 1000) as Record<string, unknown>[];
}

/** How many devices the filter matches (to say "1000 of 200000 shown"). */
export function countDevices(db: DB, f: DeviceFilter): number {
  const p = positional();
  const where = deviceWhere(f, p.param);
  const join = f.state ? 'LEFT JOIN assignments a ON a.device_id = d.id' : '';
  return (db.prepare(`SELECT COUNT(*) AS n FROM devices d ${join} ${where}`).get(...p.values) as { n: number }).n;
}

/** The database knows this token (imported, or devices kept from it). */
export function hasToken(db: DB, name: string): boolean {
  return !!(db.prepare('SELECT 1 FROM tokens WHERE name = ?').get(name) ?? db.prepare('SELECT 1 FROM device_rows WHERE token = ? LIMIT 1').get(name));
}

/** The serial as stored: as given, else upper case (Apple's serials are upper case; admins type them in any case). */
export function storedSerial(db: DB, serial: string): string {
  const has = db.prepare('SELECT 1 FROM device_rows WHERE serial_number = ? LIMIT 1');
  return has.get(serial) || !has.get(serial.toUpperCase()) ? serial : serial.toUpperCase();
}

/** What `adesync device SERIAL` reads of one serial, as an engine returns the rows (store/pg/reader.ts for PostgreSQL). */
export interface DeviceRows {
  /** `devices` rows, by token. */
  records: Record<string, unknown>[];
  /** `assignments` rows, by token. */
  assignments: Record<string, unknown>[];
  /** `device_events` rows (id, token, at, kind, op_type, op_date, before_json, after_json), newest first, at most 100. */
  events: Record<string, unknown>[];
  /** `enrollments` rows, newest first, at most 20. */
  enrollments: Record<string, unknown>[];
}
export type DeviceDetail = ReturnType<typeof shapeDeviceDetail>;

/** Pure: the device detail from its rows, Apple's record and the changes parsed. */
export function shapeDeviceDetail(serial: string, r: DeviceRows) {
  return {
    serial_number: serial,
    records: r.records.map((x) => ({ ...x, raw_json: undefined, apple: JSON.parse(x.raw_json as string) })),
    assignments: r.assignments,
    events: r.events.map((x) => ({
      ...x,
      before: x.before_json ? JSON.parse(x.before_json as string) : null,
      after: x.after_json ? JSON.parse(x.after_json as string) : null,
      before_json: undefined,
      after_json: undefined,
    })),
    enrollments: r.enrollments,
  };
}

/** Everything known about one serial, across tokens: Apple's attributes, assignment, history, enrollments. */
export function deviceDetail(db: DB, serial: string): DeviceDetail {
  return shapeDeviceDetail(serial, {
    // ORDER BY token: the (serial, token) index's own order, said so PostgreSQL lists them alike
    records: db.prepare('SELECT * FROM devices WHERE serial_number = ? ORDER BY token').all(serial) as Record<string, unknown>[],
    assignments: db
      .prepare('SELECT a.* FROM device_rows d JOIN assignments a ON a.device_id = d.id WHERE d.serial_number = ? ORDER BY d.token')
      .all(serial) as Record<string, unknown>[],
    events: db
      .prepare(
        'SELECT id, token, at, kind, op_type, op_date, before_json, after_json FROM device_events WHERE device_id IN (SELECT id FROM device_rows WHERE serial_number = ?) ORDER BY id DESC LIMIT 100',
      )
      .all(serial) as Record<string, unknown>[],
    enrollments: db.prepare('SELECT * FROM enrollments WHERE serial_number = ? ORDER BY at DESC, id DESC LIMIT 20').all(serial) as Record<string, unknown>[],
  });
}
