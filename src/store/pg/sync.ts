// The sync engine's storage on PostgreSQL (store/sync.ts says what it must do). A page is one transaction of a fixed
// number of round trips whatever its size: fence the lease, read the page's stored rows in one query, decide each
// device with the same pure functions as SQLite (sync/plan.ts), then write devices, events and assignments with one
// unnest() statement each, and the run and cursor rows.
import type { AssignmentRow } from '../assignments.ts';
import type { StoredDevice } from '../devices.ts';
import type { Lease } from '../leases.ts';
import type { CursorRow } from '../state.ts';
import type { PageCommit, PageCounts, SyncStore } from '../sync.ts';
import { planDevice, plannedAssignment, type DevicePlan } from '../../sync/plan.ts';
import type { PgClient, PgPool } from './connect.ts';
import { fencePg } from './leases.ts';
import type { EventCollector } from '../../events/outbox.ts';
import { deviceEvent, type NewEvent } from '../../events/types.ts';
import { otherTokensPg, triggerWritePg, writeEventsPg } from './outbox.ts';

type Joined = StoredDevice & { serial_number: string; a_state: string | null } & { [K in keyof AssignmentRow as `a_${K}`]: AssignmentRow[K] | null };

const ASSIGNMENT_COLUMNS = [
  'device_id',
  'token',
  'serial_number',
  'profile_name',
  'profile_uuid',
  'state',
  'reason',
  'attempts',
  'last_attempt_at',
  'last_result',
  'not_before',
  'updated_at',
] as const;
const ASSIGNMENT_TYPES = ['bigint', 'text', 'text', 'text', 'text', 'text', 'text', 'bigint', 'text', 'text', 'text', 'text'];

function assignmentOf(r: Joined): AssignmentRow | undefined {
  if (r.a_state === null) return undefined;
  return Object.fromEntries(ASSIGNMENT_COLUMNS.map((c) => [c, r[`a_${c}`]])) as unknown as AssignmentRow;
}

/** Columns of rows as arrays, for `unnest($1::t[], $2::t[], …)`. */
const columns = <T>(rows: T[], keys: readonly (keyof T)[]) => keys.map((k) => rows.map((r) => r[k] ?? null));
/** `unnest($from::t[], …)`: one array parameter per column, numbered from `from`. */
const unnest = (types: string[], from = 1) => `unnest(${types.map((t, i) => `$${i + from}::${t}[]`).join(', ')})`;

async function putAssignments(c: PgClient, rows: AssignmentRow[]): Promise<void> {
  if (!rows.length) return;
  await c.query(
    `INSERT INTO assignments (${ASSIGNMENT_COLUMNS.join(', ')}) SELECT * FROM ${unnest(ASSIGNMENT_TYPES)}
     ON CONFLICT (device_id) DO UPDATE SET profile_name = excluded.profile_name, profile_uuid = excluded.profile_uuid, state = excluded.state,
       reason = excluded.reason, attempts = excluded.attempts, last_attempt_at = excluded.last_attempt_at, last_result = excluded.last_result,
       not_before = excluded.not_before, updated_at = excluded.updated_at`,
    columns(rows, ASSIGNMENT_COLUMNS),
  );
}
export { putAssignments as putAssignmentsPg };

interface EventRow {
  device_id: number;
  token: string;
  serial_number: string;
  at: string;
  kind: string;
  op_type: string | null;
  op_date: string | null;
  before_json: string | null;
  after_json: string | null;
  sync_run_id: number;
}
const EVENT_COLUMNS = ['device_id', 'token', 'serial_number', 'at', 'kind', 'op_type', 'op_date', 'before_json', 'after_json', 'sync_run_id'] as const;

async function addEvents(c: PgClient, rows: EventRow[]): Promise<void> {
  if (!rows.length) return;
  await c.query(
    `INSERT INTO device_events (${EVENT_COLUMNS.join(', ')}) SELECT * FROM ${unnest(['bigint', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'bigint'])}`,
    columns(rows, EVENT_COLUMNS),
  );
}

async function putCursor(c: PgClient, cur: CursorRow): Promise<void> {
  await c.query(
    `INSERT INTO cursors (token, cursor, phase, issued_at, fetch_started_at, fetch_run_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (token) DO UPDATE SET cursor = excluded.cursor, phase = excluded.phase, issued_at = excluded.issued_at,
       fetch_started_at = excluded.fetch_started_at, fetch_run_id = excluded.fetch_run_id, updated_at = excluded.updated_at`,
    [cur.token, cur.cursor, cur.phase, cur.issued_at, cur.fetch_started_at, cur.fetch_run_id, cur.updated_at],
  );
}

/** After a complete fetch: devices we hold that Apple no longer lists are gone (Apple sends no delete on release). */
async function markGone(c: PgClient, p: PageCommit): Promise<string[]> {
  const gone = await c.query<{ id: number; serial_number: string }>(
    `UPDATE device_rows SET deleted_at = $3, last_seen = $3
     WHERE token = $1 AND deleted_at IS NULL AND (seen_fetch_run IS NULL OR seen_fetch_run <> $2) RETURNING id, serial_number`,
    [p.token, p.seenRun, p.at],
  );
  if (!gone.length) return [];
  const after = JSON.stringify({ reason: 'absent from a complete fetch' });
  await addEvents(
    c,
    gone.map((g) => ({
      device_id: g.id,
      token: p.token,
      serial_number: g.serial_number,
      at: p.at,
      kind: 'gone',
      op_type: null,
      op_date: null,
      before_json: null,
      after_json: after,
      sync_run_id: p.runId,
    })),
  );
  await c.query(
    `UPDATE assignments SET state = 'gone', reason = 'absent from a complete fetch', not_before = NULL, updated_at = $2 WHERE device_id = ANY($1::bigint[])`,
    [gone.map((g) => g.id), p.at],
  );
  return gone.map((g) => g.serial_number);
}

/** The page's webhook events, as SQLite's hooks make them (events/outbox.ts), in the same order. */
async function pageEvents(c: PgClient, p: PageCommit, plans: DevicePlan[], gone: string[], events: EventCollector): Promise<NewEvent[]> {
  const { token, at } = p;
  const added = p.items.filter((_, i) => plans[i].kind === 'added').map((i) => i.serial);
  const moved = await otherTokensPg(c, token, added);
  const out = p.items.flatMap((item, i) => {
    const { kind, change } = plans[i];
    return kind ? [deviceEvent({ kind, token, serial: item.serial, at, device: item.cols, changes: change, movedFrom: moved.get(item.serial) ?? null })] : [];
  });
  for (const serial of gone) out.push(deviceEvent({ kind: 'gone', token, serial, at }));
  return events.wanted(out);
}

async function commitPage(c: PgClient, p: PageCommit, lease?: Lease, outbox?: EventCollector): Promise<PageCounts & { events: number }> {
  if (lease) await fencePg(c, lease);
  const { token, at, runId } = p;
  const serials = p.items.map((i) => i.serial);
  const stored = new Map<string, Joined>();
  if (!p.fresh) {
    const rows = await c.query<Joined>(
      `SELECT d.id, d.serial_number, d.raw_json, d.profile_status, d.profile_uuid, d.first_seen, d.deleted_at,
         ${ASSIGNMENT_COLUMNS.map((k) => `a.${k} AS a_${k}`).join(', ')}
       FROM device_rows d LEFT JOIN assignments a ON a.device_id = d.id WHERE d.token = $1 AND d.serial_number = ANY($2::text[])`,
      [token, serials],
    );
    for (const r of rows) stored.set(r.serial_number, r);
  }
  const plans: DevicePlan[] = p.items.map((item) => planDevice(item, stored.get(item.serial), at, p.phase, p.seenRun));
  const written = await c.query<{ id: number; serial_number: string }>(
    `INSERT INTO device_rows (token, serial_number, profile_status, profile_uuid, raw_json, first_seen, last_seen, deleted_at, seen_fetch_run)
     SELECT $1, * FROM ${unnest(['text', 'text', 'text', 'text', 'text', 'text', 'text', 'bigint'], 2)}
     ON CONFLICT (serial_number, token) DO UPDATE SET profile_status = excluded.profile_status, profile_uuid = excluded.profile_uuid,
       raw_json = excluded.raw_json, last_seen = excluded.last_seen, deleted_at = excluded.deleted_at,
       seen_fetch_run = COALESCE(excluded.seen_fetch_run, device_rows.seen_fetch_run)
     RETURNING id, serial_number`,
    [
      token,
      serials,
      plans.map((pl) => pl.values.profile_status),
      plans.map((pl) => pl.values.profile_uuid),
      plans.map((pl) => pl.values.raw_json),
      p.items.map((i) => stored.get(i.serial)?.first_seen ?? at),
      plans.map((pl) => pl.values.last_seen),
      plans.map((pl) => pl.values.deleted_at),
      plans.map((pl) => pl.values.seen_fetch_run),
    ],
  );
  const ids = new Map(written.map((w) => [w.serial_number, w.id]));
  const counts: PageCounts = { added: 0, modified: 0, deleted: 0, gone: 0 };
  const events: EventRow[] = [];
  const assignments: AssignmentRow[] = [];
  p.items.forEach((item, i) => {
    const { kind, change } = plans[i];
    const id = ids.get(item.serial)!;
    if (kind) {
      counts[kind]++;
      if (!(p.fresh && kind === 'added'))
        events.push({
          device_id: id,
          token,
          serial_number: item.serial,
          at,
          kind,
          op_type: item.opType,
          op_date: item.opDate,
          before_json: change ? JSON.stringify(change.before) : null,
          after_json: change ? JSON.stringify(change.after) : null,
          sync_run_id: runId,
        });
    }
    const row = stored.get(item.serial);
    const next = plannedAssignment(row && assignmentOf(row), item, id, token, at, kind);
    if (next) assignments.push(next);
  });
  await addEvents(c, events);
  await putAssignments(c, assignments);
  const gone = p.finalFetch ? await markGone(c, p) : [];
  counts.gone = gone.length;
  // webhook events, only when some endpoint wants this token's device events: one lookup of moves, one insert
  const hooks = outbox?.wantsDevices(token) ? await pageEvents(c, p, plans, gone, outbox) : [];
  const hooksWritten = outbox ? await writeEventsPg(c, hooks, outbox.endpointsFor, at) : 0;
  await c.query(
    `UPDATE sync_runs SET pages = pages + 1, devices = devices + $2, added = added + $3, modified = modified + $4, deleted = deleted + $5 WHERE id = $1`,
    [runId, p.received, counts.added, counts.modified, counts.deleted + counts.gone],
  );
  await putCursor(c, p.cursor);
  return { ...counts, events: hooksWritten };
}

/** `outbox`: the webhook events each page writes in its transaction (events/outbox.ts EventCollector). */
export function createPgSyncStore(pool: PgPool, outbox?: EventCollector): SyncStore {
  return {
    async openCursor(token, at) {
      await pool.query(`UPDATE sync_runs SET result = 'interrupted', finished_at = COALESCE(finished_at, $2) WHERE result = 'running' AND token = $1`, [
        token,
        at,
      ]);
      const [row] = await pool.query<CursorRow>('SELECT * FROM cursors WHERE token = $1', [token]);
      return row;
    },
    async startRun(token, kind, trigger, at) {
      const [r] = await pool.query<{ id: number }>('INSERT INTO sync_runs (token, kind, trigger, started_at) VALUES ($1, $2, $3, $4) RETURNING id', [
        token,
        kind,
        trigger,
        at,
      ]);
      return r.id;
    },
    async setRunKind(runId, kind) {
      await pool.query('UPDATE sync_runs SET kind = $1 WHERE id = $2', [kind, runId]);
    },
    async tokenIsEmpty(token) {
      const [r] = await pool.query<{ any: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM device_rows WHERE token = $1) OR EXISTS (SELECT 1 FROM assignments WHERE token = $1) AS any',
        [token],
      );
      return !r.any;
    },
    async commitPage(p, lease) {
      const { events, ...counts } = await pool.transaction((c) => commitPage(c, p, lease, outbox));
      if (events) outbox?.written();
      return counts;
    },
    saveCursor: (cursor, lease) =>
      pool.transaction(async (c) => {
        if (lease) await fencePg(c, lease);
        await putCursor(c, cursor);
      }),
    async setTokenStatus(token, status, detail, at) {
      await triggerWritePg(pool, 'UPDATE tokens SET status = $2, status_detail = $3, status_at = $4, updated_at = $4 WHERE name = $1', [
        token,
        status,
        detail,
        at,
      ]);
    },
    async finishRun(runId, at, result, code, message) {
      await triggerWritePg(pool, 'UPDATE sync_runs SET finished_at = $2, result = $3, error_code = $4, error_message = $5 WHERE id = $1', [
        runId,
        at,
        result,
        code,
        message,
      ]);
    },
  };
}
