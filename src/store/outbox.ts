/**
 * The outbox of events (webhooks) and their deliveries per endpoint: every SQL statement of src/events.
 * Writes of events happen inside the caller's transaction (the change they report); the sender's own writes are short
 * transactions of their own.
 */
import { positional, type DB } from './db.ts';
import { eventIdAt, newEventId, type NewEvent, type StoredEvent } from '../events/types.ts';
import { pickDeliverable } from '../events/schedule.ts';

type DeliveryState = 'pending' | 'delivered' | 'dead';

/** Statements the event hooks use inside the sync, assignment and enrollment transactions. */
export function outboxWriteStatements(db: DB) {
  const insert = db.prepare('INSERT OR IGNORE INTO outbox (id, type, token, subject, time, data, dedupe) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const otherToken = db
    .prepare('SELECT token FROM device_rows WHERE serial_number = ? AND token <> ? ORDER BY deleted_at IS NULL DESC, last_seen DESC LIMIT 1')
    .pluck();
  return {
    add(e: NewEvent): void {
      insert.run(newEventId(), e.type, e.token, e.subject, e.time, JSON.stringify(e.data), e.dedupe ?? null);
    },
    /** Another of our tokens that holds or held this serial: an 'added' for it is a move between tokens. */
    otherToken: (serial: string, token: string) => (otherToken.get(serial, token) as string | undefined) ?? null,
  };
}

/**
 * Make sure each configured endpoint has its fan-out position (a new one starts after the events already stored), and
 * forget endpoints no longer configured with their deliveries (else they would hold back pruning and show in status).
 */
export function ensureEndpoints(db: DB, names: string[], now = new Date()): void {
  const put = db.prepare(`INSERT OR IGNORE INTO webhook_endpoints (name, after_seq, created_at) VALUES (?, (SELECT COALESCE(MAX(seq), 0) FROM outbox), ?)`);
  const gone = (db.prepare('SELECT name FROM webhook_endpoints').pluck().all() as string[]).filter((n) => !names.includes(n));
  db.transaction(() => {
    for (const n of names) put.run(n, now.toISOString());
    for (const n of gone) {
      db.prepare('DELETE FROM webhook_deliveries WHERE endpoint = ?').run(n);
      db.prepare('DELETE FROM webhook_endpoints WHERE name = ?').run(n);
    }
  })();
}

interface PendingRow {
  seq: number;
  subject: string | null;
  next_at: string;
  attempts: number;
}
export interface DeliveryResult {
  endpoint: string;
  seq: number;
  ok: boolean;
  status: number | null;
  error: string | null;
  state: DeliveryState;
  attempts: number;
  nextAt?: string;
  at: string;
  /** PostgreSQL: the claim it was sent under (its next_at then); an outcome counts only while the claim is still its. */
  claim?: string;
}

/** A delivery taken to be sent now, with its event. */
export type Claimed = PendingRow & { event: StoredEvent; claim?: string };

/**
 * What the sender (events/deliver.ts) needs of an engine. SQLite answers synchronously (one process sends); PostgreSQL
 * (store/pg/outbox.ts) claims each delivery for one node at a time.
 */
export interface SenderStore {
  /** Fan new events out into the endpoint's deliveries; returns `limit` when there may be more. */
  fanOut(endpoint: string, wants: (type: string, token: string | null) => boolean, limit: number, now: string): number | Promise<number>;
  /** Up to `slots` deliveries that may go now (per-device order kept), with their events; null: another node is picking. */
  take(endpoint: string, inFlight: ReadonlySet<number>, now: number, slots: number, claimMs: number): Claimed[] | null | Promise<Claimed[] | null>;
  /** Record finished attempts, in one transaction. */
  finish(results: DeliveryResult[]): void | Promise<void>;
  /** Taken but not sent (stopping): free for another node now. */
  release(taken: { endpoint: string; seq: number; claim?: string }[]): void | Promise<void>;
  prune(before: string): number | Promise<number>;
}

/** SQLite's sender store: the statements below, answered synchronously. */
export function sqliteSenderStore(db: DB): SenderStore {
  const st = senderStatements(db);
  return {
    fanOut: (endpoint, wants, limit, now) => st.fanOut(endpoint, wants, limit, now),
    take(endpoint, inFlight, now, slots) {
      // a short read usually holds enough deliverable rows; the long one only when devices' queues block the head
      const nowIso = new Date(now).toISOString();
      const short = Math.max(32, 4 * (inFlight.size + slots));
      let rows = st.pending(endpoint, short);
      let picked = pickDeliverable(rows, inFlight, nowIso, slots);
      if (picked.length < slots && rows.length === short) {
        rows = st.pending(endpoint, PENDING_WINDOW);
        picked = pickDeliverable(rows, inFlight, nowIso, slots);
      }
      const out: Claimed[] = [];
      for (const p of picked) {
        const event = st.event(p.seq);
        if (event) out.push({ ...p, event });
      }
      return out;
    },
    finish: (results) => st.finish(results),
    release: () => {}, // one process sends: what it did not send is still pending
    prune: (before) => pruneOutbox(db, before),
  };
}
const PENDING_WINDOW = 500;

/** What the daemon's sender reads and writes. */
export function senderStatements(db: DB) {
  const after = db.prepare('SELECT after_seq FROM webhook_endpoints WHERE name = ?').pluck();
  const events = db.prepare('SELECT seq, type, token, subject FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?');
  const addDelivery = db.prepare(`INSERT OR IGNORE INTO webhook_deliveries (endpoint, seq, subject, state, next_at) VALUES (?, ?, ?, 'pending', ?)`);
  const setAfter = db.prepare('UPDATE webhook_endpoints SET after_seq = ? WHERE name = ?');
  // through the partial index alone: the event itself is read only for the deliveries picked
  const pending = db.prepare(`SELECT seq, subject, next_at, attempts FROM webhook_deliveries INDEXED BY webhook_deliveries_pending
    WHERE endpoint = ? AND state = 'pending' ORDER BY seq LIMIT ?`);
  const event = db.prepare('SELECT seq, id, type, token, subject, time, data FROM outbox WHERE seq = ?');
  const finish = db.prepare(`UPDATE webhook_deliveries SET state = @state, attempts = @attempts, last_status = @status, last_error = @error,
    next_at = COALESCE(@nextAt, next_at), done_at = CASE WHEN @state = 'pending' THEN NULL ELSE @at END WHERE endpoint = @endpoint AND seq = @seq`);
  return {
    /**
     * Fan the events after the endpoint's position out into its deliveries (those its filter wants), up to `limit`
     * events, and move the position, in one transaction. Returns how many events were read.
     */
    fanOut: db.transaction((endpoint: string, wants: (type: string, token: string | null) => boolean, limit: number, now: string): number => {
      const from = after.get(endpoint) as number | undefined;
      if (from === undefined) return 0;
      const rows = events.all(from, limit) as { seq: number; type: string; token: string | null; subject: string | null }[];
      for (const r of rows) if (wants(r.type, r.token)) addDelivery.run(endpoint, r.seq, r.subject, now);
      if (rows.length) setAfter.run(rows[rows.length - 1].seq, endpoint);
      return rows.length;
    }),
    /** The endpoint's pending deliveries, oldest first. */
    pending: (endpoint: string, limit: number) => pending.all(endpoint, limit) as PendingRow[],
    event: (seq: number) => event.get(seq) as StoredEvent | undefined,
    /** Record the outcomes of finished attempts, in one transaction. */
    finish: db.transaction((results: DeliveryResult[]) => {
      for (const r of results) finish.run({ ...r, nextAt: r.nextAt ?? null });
    }),
  };
}

/**
 * Drop what nobody needs any more: events older than `before` that every endpoint has fanned out, up to the oldest
 * delivery still pending, with their deliveries (dead letters go with them). In seq ranges, each its own short transaction.
 */
export function pruneOutbox(db: DB, before: string, chunk = 5000): number {
  const endpoints = db.prepare('SELECT name, after_seq FROM webhook_endpoints').all() as { name: string; after_seq: number }[];
  const firstPending = db
    .prepare(`SELECT MIN(seq) FROM webhook_deliveries INDEXED BY webhook_deliveries_pending WHERE endpoint = ? AND state = 'pending'`)
    .pluck();
  let bound = Number.MAX_SAFE_INTEGER;
  for (const e of endpoints) bound = Math.min(bound, e.after_seq, ((firstPending.get(e.name) as number | null) ?? Infinity) - 1);
  const pick = db.prepare('SELECT seq, time FROM outbox WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?');
  const delDeliveries = db.prepare('DELETE FROM webhook_deliveries WHERE endpoint = ? AND seq BETWEEN ? AND ?');
  const delEvents = db.prepare('DELETE FROM outbox WHERE seq BETWEEN ? AND ?');
  let total = 0;
  for (let after = 0; ; ) {
    const rows = pick.all(after, bound, chunk) as { seq: number; time: string }[];
    const old = rows.findIndex((r) => r.time >= before);
    const take = old === -1 ? rows : rows.slice(0, old);
    if (!take.length) return total;
    const [first, last] = [take[0].seq, take[take.length - 1].seq];
    db.transaction(() => {
      for (const e of endpoints) delDeliveries.run(e.name, first, last);
      delEvents.run(first, last);
    })();
    total += take.length;
    after = last;
    if (take.length < rows.length || rows.length < chunk) return total;
  }
}

export interface EventQuery {
  since?: string;
  type?: string;
  token?: string;
  subject?: string;
  limit: number;
}
export interface DeliveryRow {
  endpoint: string;
  seq: number;
  state: DeliveryState;
  attempts: number;
  next_at: string;
  last_status: number | null;
  last_error: string | null;
  done_at: string | null;
}

/** An event as `adesync events` lists it: with its deliveries, one per endpoint. */
export type ListedEvent = StoredEvent & { deliveries: DeliveryRow[] };

/** The WHERE clause of an event query (both engines): `param` takes each value and gives its placeholder (`?` or `$n`). */
export function eventWhere(q: EventQuery, param: (v: unknown) => string): string {
  const where: string[] = [];
  if (q.since) where.push(`id >= ${param(eventIdAt(new Date(q.since)))}`);
  if (q.type) where.push(q.type.endsWith('.*') ? `type LIKE ${param(q.type.slice(0, -1) + '%')}` : `type = ${param(q.type)}`);
  if (q.token) where.push(`token = ${param(q.token)}`);
  if (q.subject) where.push(`subject = ${param(q.subject)}`);
  return where.length ? 'WHERE ' + where.join(' AND ') : '';
}

/** Recent events, newest first, with their deliveries (for `adesync events`). */
export function listEvents(db: DB, q: EventQuery): ListedEvent[] {
  const p = positional();
  const where = eventWhere(q, p.param);
  const rows = db
    .prepare(`SELECT seq, id, type, token, subject, time, data FROM outbox ${where} ORDER BY seq DESC LIMIT ?`)
    .all(...p.values, q.limit) as StoredEvent[];
  const deliveries = db.prepare(
    'SELECT endpoint, seq, state, attempts, next_at, last_status, last_error, done_at FROM webhook_deliveries WHERE seq = ? ORDER BY endpoint',
  );
  return rows.map((r) => ({ ...r, deliveries: deliveries.all(r.seq) as DeliveryRow[] }));
}

/**
 * Send events again: their deliveries to the given endpoints become pending, due now, with attempts reset; endpoints
 * that want an event but never had a delivery of it (added later) get one. `select` is an event id or a time.
 */
export function replayEvents(
  db: DB,
  select: { id: string } | { since: string },
  endpoints: { name: string; wants: (type: string, token: string | null) => boolean }[],
  now = new Date(),
): { events: number; deliveries: number } {
  const rows = (
    'id' in select
      ? db.prepare('SELECT seq, type, token, subject FROM outbox WHERE id = ?').all(select.id)
      : db.prepare('SELECT seq, type, token, subject FROM outbox WHERE id >= ? ORDER BY seq').all(eventIdAt(new Date(select.since)))
  ) as { seq: number; type: string; token: string | null; subject: string | null }[];
  const put = db.prepare(`INSERT INTO webhook_deliveries (endpoint, seq, subject, state, next_at) VALUES (@endpoint, @seq, @subject, 'pending', @at)
    ON CONFLICT (endpoint, seq) DO UPDATE SET state = 'pending', attempts = 0, next_at = @at, done_at = NULL`);
  let deliveries = 0;
  db.transaction(() => {
    for (const r of rows) {
      for (const e of endpoints) {
        if (!e.wants(r.type, r.token)) continue;
        put.run({ endpoint: e.name, seq: r.seq, subject: r.subject, at: now.toISOString() });
        deliveries++;
      }
    }
  })();
  return { events: rows.length, deliveries };
}

export interface WebhookSummary {
  endpoint: string;
  pending: number;
  dead: number;
  last_dead_at: string | null;
  oldest_pending_at: string | null;
}

/** Per endpoint: deliveries waiting and dead-lettered (for `adesync status`); empty on a database without the outbox. */
export function webhookSummary(db: DB): WebhookSummary[] {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'webhook_endpoints'").get()) return [];
  const names = db.prepare('SELECT name FROM webhook_endpoints ORDER BY name').pluck().all() as string[];
  const pending = db.prepare(`SELECT COUNT(*) AS n FROM webhook_deliveries INDEXED BY webhook_deliveries_pending WHERE endpoint = ? AND state = 'pending'`);
  const oldest = db
    .prepare(`SELECT o.time FROM webhook_deliveries d INDEXED BY webhook_deliveries_pending JOIN outbox o ON o.seq = d.seq
    WHERE d.endpoint = ? AND d.state = 'pending' ORDER BY d.seq LIMIT 1`)
    .pluck();
  const dead = db.prepare(
    `SELECT COUNT(*) AS n, MAX(done_at) AS last FROM webhook_deliveries INDEXED BY webhook_deliveries_dead WHERE endpoint = ? AND state = 'dead'`,
  );
  return names.map((endpoint) => {
    const p = pending.get(endpoint) as { n: number };
    const d = dead.get(endpoint) as { n: number; last: string | null };
    return { endpoint, pending: p.n, dead: d.n, last_dead_at: d.last, oldest_pending_at: (oldest.get(endpoint) as string | undefined) ?? null };
  });
}

/** Dead letters need an admin: one problem line per endpoint that has some (pruned with their events after 7 days). */
export function deadLetterProblems(summary: WebhookSummary[]): string[] {
  return summary
    .filter((w) => w.dead > 0)
    .map(
      (w) =>
        `webhook ${w.endpoint}: ${w.dead} event(s) dead-lettered (last ${w.last_dead_at}): ` +
        `fix the receiver, then "adesync events replay --since ${w.last_dead_at?.slice(0, 10) ?? '7d'}" (or "adesync events --json" to read them)`,
    );
}
