// The outbox on PostgreSQL (store/outbox.ts is SQLite's). Events are written inside the transaction of the change they
// report, each with its deliveries (one per endpoint that wants it) in the same statement, so the sender never fans
// them out and a transaction that commits late cannot be skipped. Only the events the migration's triggers write (token
// status, sync.failed: no filter in SQL) are fanned out, past the endpoint's position, under an advisory lock that
// their writers hold shared: the position never passes a trigger event still uncommitted. Several nodes send: a due
// delivery is claimed (its next_at moved to the claim's expiry) by one node, under the endpoint row locked SKIP LOCKED;
// a node that dies mid-send leaves the claim to expire, and another sends it again.
import type { EventCollector } from '../../events/outbox.ts';
import { eventIdAt, newEventId, tokenExpiringEvent, type NewEvent, type StoredEvent } from '../../events/types.ts';
import { pickDeliverable } from '../../events/schedule.ts';
import type { Claimed, DeliveryResult, SenderStore, WebhookSummary } from '../outbox.ts';
import type { PgClient, PgPool } from './connect.ts';

/** The advisory lock of the trigger events' fan-out ('outb'): their writers take it shared, the fan-out exclusive. */
const OUTBOX_LOCK = 0x6f757462;
/** Types only the triggers write (migration 006): the fan-out's. */
const TRIGGER_TYPES = ['token.terms_not_accepted', 'token.unusable', 'sync.failed'];
const WINDOW = 500;

/**
 * Events with their deliveries, in one statement (inside the caller's transaction). An event with a dedupe key already
 * stored (token.expiring) is skipped with its deliveries. Returns how many events were written.
 */
export async function writeEventsPg(c: PgClient, events: NewEvent[], to: (e: NewEvent) => string[], now: string): Promise<number> {
  if (!events.length) return 0;
  const ids = events.map(() => newEventId());
  const d: { id: string; endpoint: string; subject: string | null }[] = [];
  events.forEach((e, i) => {
    for (const endpoint of to(e)) d.push({ id: ids[i], endpoint, subject: e.subject });
  });
  const [r] = await c.query<{ n: number }>(
    `WITH e AS (
       INSERT INTO outbox (id, type, token, subject, time, data, dedupe)
       SELECT id, type, token, subject, time, data, dedupe
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) WITH ORDINALITY AS x(id, type, token, subject, time, data, dedupe, n)
       ORDER BY n
       ON CONFLICT (dedupe) WHERE dedupe IS NOT NULL DO NOTHING RETURNING seq, id),
     d AS (
       INSERT INTO webhook_deliveries (endpoint, seq, subject, state, next_at)
       SELECT w.endpoint, e.seq, w.subject, 'pending', $11 FROM e JOIN unnest($8::text[], $9::text[], $10::text[]) AS w(id, endpoint, subject) ON w.id = e.id)
     SELECT COUNT(*)::int AS n FROM e`,
    [
      ids,
      events.map((e) => e.type),
      events.map((e) => e.token),
      events.map((e) => e.subject),
      events.map((e) => e.time),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => e.dedupe ?? null),
      d.map((x) => x.id),
      d.map((x) => x.endpoint),
      d.map((x) => x.subject),
      now,
    ],
  );
  return r.n;
}

/** For each serial, another of our tokens that holds or held it: an 'added' for it is a move between tokens. */
export async function otherTokensPg(c: PgClient, token: string, serials: string[]): Promise<Map<string, string>> {
  if (!serials.length) return new Map();
  const rows = await c.query<{ serial_number: string; token: string }>(
    `SELECT DISTINCT ON (serial_number) serial_number, token FROM device_rows WHERE serial_number = ANY($1::text[]) AND token <> $2
     ORDER BY serial_number, deleted_at IS NULL DESC, last_seen DESC`,
    [serials, token],
  );
  return new Map(rows.map((r) => [r.serial_number, r.token]));
}

/** A statement that may fire the triggers that write events (token status, a failed run), in the fan-out's shared lock. */
export function triggerWritePg(pool: PgPool, sql: string, params: unknown[]): Promise<void> {
  return pool.transaction(async (c) => {
    await c.query('SELECT pg_advisory_xact_lock_shared($1)', [OUTBOX_LOCK]);
    await c.query(sql, params);
  });
}

/** store/outbox.ts ensureEndpoints on PostgreSQL: a new endpoint starts after the events stored; a removed one is forgotten. */
export async function ensureEndpointsPg(pool: PgPool, names: string[], now = new Date()): Promise<void> {
  await pool.transaction(async (c) => {
    await c.query(
      `INSERT INTO webhook_endpoints (name, after_seq, created_at) SELECT n, (SELECT COALESCE(MAX(seq), 0) FROM outbox), $2 FROM unnest($1::text[]) AS n
       ON CONFLICT (name) DO NOTHING`,
      [names, now.toISOString()],
    );
    await c.query('DELETE FROM webhook_deliveries WHERE NOT (endpoint = ANY($1::text[]))', [names]);
    await c.query('DELETE FROM webhook_endpoints WHERE NOT (name = ANY($1::text[]))', [names]);
  });
}

type Row = { seq: number; type: string; token: string | null; subject: string | null };

/** The daemon's sender on PostgreSQL (events/deliver.ts): claims, so that each delivery is sent by one node at a time. */
export function pgSenderStore(pool: PgPool): SenderStore {
  return {
    fanOut: (endpoint, wants, limit, now) =>
      pool.transaction(async (c) => {
        await c.query('SELECT pg_advisory_xact_lock($1)', [OUTBOX_LOCK]);
        const [ep] = await c.query<{ after_seq: number }>('SELECT after_seq FROM webhook_endpoints WHERE name = $1 FOR UPDATE', [endpoint]);
        if (!ep) return 0;
        const from = Number(ep.after_seq);
        const [m] = await c.query<{ max: number | null }>('SELECT MAX(seq) AS max FROM outbox');
        const to = Math.min(Number(m.max ?? 0), from + limit);
        if (to <= from) return 0;
        const rows = await c.query<Row>('SELECT seq, type, token, subject FROM outbox WHERE seq > $1 AND seq <= $2 AND type = ANY($3::text[]) ORDER BY seq', [
          from,
          to,
          TRIGGER_TYPES,
        ]);
        const put = rows.filter((r) => wants(r.type, r.token));
        if (put.length)
          await c.query(
            `INSERT INTO webhook_deliveries (endpoint, seq, subject, state, next_at) SELECT $1, s, j, 'pending', $4 FROM unnest($2::bigint[], $3::text[]) AS x(s, j)
             ON CONFLICT (endpoint, seq) DO NOTHING`,
            [endpoint, put.map((r) => r.seq), put.map((r) => r.subject), now],
          );
        await c.query('UPDATE webhook_endpoints SET after_seq = $1 WHERE name = $2', [to, endpoint]);
        return to - from === limit ? limit : 0;
      }),
    take: (endpoint, inFlight, now, slots, claimMs) =>
      pool.transaction(async (c) => {
        // one node picks for an endpoint at a time (per-device order needs the whole picture); the others skip, not wait
        const [ep] = await c.query('SELECT name FROM webhook_endpoints WHERE name = $1 FOR UPDATE SKIP LOCKED', [endpoint]);
        // locked by another node (look again soon), or not recorded yet (ensureEndpointsPg: the next poll)
        if (!ep) return (await c.query('SELECT 1 FROM webhook_endpoints WHERE name = $1', [endpoint])).length ? null : [];
        const rows = (
          await c.query<Claimed>(
            `SELECT seq, subject, next_at, attempts FROM webhook_deliveries WHERE endpoint = $1 AND state = 'pending' ORDER BY seq LIMIT $2`,
            [endpoint, WINDOW],
          )
        ).map((r) => ({ ...r, seq: Number(r.seq), attempts: Number(r.attempts) }));
        const picked = pickDeliverable(rows, inFlight, new Date(now).toISOString(), slots);
        if (!picked.length) return [];
        const claim = new Date(now + claimMs).toISOString();
        const seqs = picked.map((p) => p.seq);
        await c.query('UPDATE webhook_deliveries SET next_at = $3 WHERE endpoint = $1 AND seq = ANY($2::bigint[])', [endpoint, seqs, claim]);
        const events = await c.query<StoredEvent>('SELECT seq, id, type, token, subject, time, data FROM outbox WHERE seq = ANY($1::bigint[])', [seqs]);
        const bySeq = new Map(events.map((e) => [Number(e.seq), { ...e, seq: Number(e.seq) }]));
        return picked.filter((p) => bySeq.has(p.seq)).map((p) => ({ ...p, event: bySeq.get(p.seq)!, claim }));
      }),
    async finish(results: DeliveryResult[]) {
      if (!results.length) return;
      // a claim that expired and was taken again by another node is that node's now: this late answer changes nothing
      await pool.query(
        `UPDATE webhook_deliveries d SET state = r.state, attempts = r.attempts, last_status = r.status, last_error = r.error,
           next_at = COALESCE(r.next_at, d.next_at), done_at = CASE WHEN r.state = 'pending' THEN NULL ELSE r.at END
         FROM unnest($1::text[], $2::bigint[], $3::text[], $4::bigint[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::text[])
           AS r(endpoint, seq, state, attempts, status, error, next_at, at, claim)
         WHERE d.endpoint = r.endpoint AND d.seq = r.seq AND d.state = 'pending' AND d.next_at = r.claim`,
        [
          results.map((r) => r.endpoint),
          results.map((r) => r.seq),
          results.map((r) => r.state),
          results.map((r) => r.attempts),
          results.map((r) => r.status),
          results.map((r) => r.error),
          results.map((r) => r.nextAt ?? null),
          results.map((r) => r.at),
          results.map((r) => r.claim ?? null),
        ],
      );
    },
    async release(taken) {
      if (!taken.length) return;
      await pool.query(
        `UPDATE webhook_deliveries d SET next_at = $4 FROM unnest($1::text[], $2::bigint[], $3::text[]) AS r(endpoint, seq, claim)
         WHERE d.endpoint = r.endpoint AND d.seq = r.seq AND d.state = 'pending' AND d.next_at = r.claim`,
        [taken.map((t) => t.endpoint), taken.map((t) => t.seq), taken.map((t) => t.claim ?? null), new Date().toISOString()],
      );
    },
    async prune(before, chunk = 5000) {
      // below every endpoint's position and its oldest pending delivery, older than `before`: in chunks, each its own statement
      const [b] = await pool.query<{ bound: number | null }>(
        `SELECT LEAST((SELECT MIN(after_seq) FROM webhook_endpoints), (SELECT MIN(seq) - 1 FROM webhook_deliveries WHERE state = 'pending')) AS bound`,
      );
      const bound = b.bound === null ? Number.MAX_SAFE_INTEGER : Number(b.bound);
      let total = 0;
      for (;;) {
        const [r] = await pool.query<{ n: number }>(
          `WITH old AS (SELECT seq FROM outbox WHERE seq <= $1 AND time < $2 ORDER BY seq LIMIT $3),
             gone AS (DELETE FROM webhook_deliveries WHERE seq IN (SELECT seq FROM old)),
             del AS (DELETE FROM outbox WHERE seq IN (SELECT seq FROM old) RETURNING 1)
           SELECT COUNT(*)::int AS n FROM del`,
          [bound, before, chunk],
        );
        total += r.n;
        if (r.n < chunk) return total;
      }
    },
  };
}

/** token.expiring once per threshold and expiry date (its dedupe key), recorded whether or not an endpoint wants it. */
export async function tokenExpiryPg(pool: PgPool, outbox: EventCollector, token: string, expiry: string, now = new Date()): Promise<void> {
  const e = tokenExpiringEvent(token, expiry, now);
  if (!e) return;
  const n = await pool.transaction((c) => writeEventsPg(c, [e], outbox.endpointsFor, now.toISOString()));
  if (n) outbox.written();
}

/** store/outbox.ts replayEvents on PostgreSQL: deliveries pending again, due now, attempts reset, in one transaction. */
export async function replayEventsPg(
  pool: PgPool,
  select: { id: string } | { since: string },
  endpoints: { name: string; wants: (type: string, token: string | null) => boolean }[],
  now = new Date(),
): Promise<{ events: number; deliveries: number }> {
  return pool.transaction(async (c) => {
    const rows =
      'id' in select
        ? await c.query<Row>('SELECT seq, type, token, subject FROM outbox WHERE id = $1', [select.id])
        : await c.query<Row>('SELECT seq, type, token, subject FROM outbox WHERE id >= $1 ORDER BY seq', [eventIdAt(new Date(select.since))]);
    const put = rows.flatMap((r) => endpoints.filter((e) => e.wants(r.type, r.token)).map((e) => ({ endpoint: e.name, seq: r.seq, subject: r.subject })));
    if (put.length)
      await c.query(
        `INSERT INTO webhook_deliveries (endpoint, seq, subject, state, next_at) SELECT e, s, j, 'pending', $4 FROM unnest($1::text[], $2::bigint[], $3::text[]) AS x(e, s, j)
         ON CONFLICT (endpoint, seq) DO UPDATE SET state = 'pending', attempts = 0, next_at = excluded.next_at, done_at = NULL`,
        [put.map((p) => p.endpoint), put.map((p) => p.seq), put.map((p) => p.subject), now.toISOString()],
      );
    return { events: rows.length, deliveries: put.length };
  });
}

/** store/outbox.ts webhookSummary on PostgreSQL (`adesync status`). */
export function webhookSummaryPg(pool: PgPool): Promise<WebhookSummary[]> {
  return pool.query<WebhookSummary>(
    `SELECT e.name AS endpoint,
       (SELECT COUNT(*)::int FROM webhook_deliveries d WHERE d.endpoint = e.name AND d.state = 'pending') AS pending,
       (SELECT COUNT(*)::int FROM webhook_deliveries d WHERE d.endpoint = e.name AND d.state = 'dead') AS dead,
       (SELECT MAX(done_at) FROM webhook_deliveries d WHERE d.endpoint = e.name AND d.state = 'dead') AS last_dead_at,
       (SELECT o.time FROM webhook_deliveries d JOIN outbox o ON o.seq = d.seq WHERE d.endpoint = e.name AND d.state = 'pending' ORDER BY d.seq LIMIT 1)
         AS oldest_pending_at
     FROM webhook_endpoints e ORDER BY e.name`,
  );
}
