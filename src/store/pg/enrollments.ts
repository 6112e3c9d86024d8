// The enrollment endpoint's storage on PostgreSQL (store/enrollments.ts says what it must do): every node that shares
// the database looks devices up, counts a serial's recent records for the per-device limit, and writes its batches
// here. One batch is written at a time per node, the batches that arrive meanwhile merged into the next: each write is a
// commit (an fsync) and holds a pooled connection, so a node serving 1000/s must not make 1000 of them nor leave the
// lookups no connection. A batch of records alone is one statement (its own transaction); with counts, one transaction
// of at most five statements (the last its webhook events), whatever its size.
import { recordColumns, type EnrollmentStore, type RecentRecords, type RecordBatch } from '../enrollments.ts';
import type { DeviceRecord } from '../../enroll/decide.ts';
import type { PgClient, PgPool } from './connect.ts';
import type { EventCollector } from '../../events/outbox.ts';
import { writeEventsPg } from './outbox.ts';

/** `outbox`: the enrollment.* events of each batch, written in its transaction. */
// A live row wins over a deleted one, then the most recently seen (as LOOKUP_SQL); through the (serial, token) index.
const LOOKUP = `SELECT token, serial_number, device_family, os, model, profile_status, deleted_at
  FROM devices WHERE serial_number = $1 ORDER BY (deleted_at IS NOT NULL), last_seen DESC LIMIT 1`;
// One range of the (serial, at) index: a device's records in the window, a few at most (the limit keeps them few).
const RECENT = `SELECT COUNT(*) FILTER (WHERE decision = 'served')::int AS served, COUNT(*) FILTER (WHERE decision <> 'served')::int AS other,
  MIN(at) FILTER (WHERE decision = 'served') AS oldest_served_at
  FROM enrollments WHERE serial_number = $1 AND at >= $2`;
// Both, for several enrollments in one statement: a row per (serial, since) asked, in order, whether or not the device is ours.
const LOOKUPS_WITH_RECENT = `SELECT d.token, d.serial_number, d.device_family, d.os, d.model, d.profile_status, d.deleted_at,
  r.served, r.other, r.oldest_served_at
  FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS a(serial, since, n)
  CROSS JOIN LATERAL (SELECT COUNT(*) FILTER (WHERE decision = 'served')::int AS served, COUNT(*) FILTER (WHERE decision <> 'served')::int AS other,
      MIN(at) FILTER (WHERE decision = 'served') AS oldest_served_at
    FROM enrollments WHERE serial_number = a.serial AND at >= a.since) r
  LEFT JOIN LATERAL (SELECT token, serial_number, device_family, os, model, profile_status, deleted_at
    FROM devices WHERE serial_number = a.serial ORDER BY (deleted_at IS NOT NULL), last_seen DESC LIMIT 1) d ON true
  ORDER BY a.n`;

/**
 * A node's batches of records begin at least this far apart: under load each commit takes the records of this long (one
 * statement and one fsync for tens of them, not one for two or three). Each answer went out before its record is written,
 * so a crash loses this much more at most; the per-device limit counts records still queued on this node meanwhile.
 */
const WRITE_GAP_MS = 20;

/** Statements of looked-up devices at once per node; what is asked meanwhile goes together in the next. */
const LOOKUPS_IN_FLIGHT = 2;
const LOOKUPS_PER_STATEMENT = 256;

type Looked = Awaited<ReturnType<EnrollmentStore['lookupWithRecent']>>;

/**
 * Each enrollment's first question, asked together: under load a node's requests share round trips (each a write on
 * the node's event loop and a statement for the server) instead of one each; an idle node's goes at once.
 */
function lookupsTogether(pool: PgPool): (asked: [serial: string, since: string]) => Promise<Looked> {
  return coalesce<[string, string], Looked>(LOOKUPS_IN_FLIGHT, LOOKUPS_PER_STATEMENT, async (asked) => {
    const rows = await pool.query<DeviceRecord & RecentRecords>(LOOKUPS_WITH_RECENT, [asked.map((a) => a[0]), asked.map((a) => a[1])], 'enroll_lookups');
    return rows.map(({ served, other, oldest_served_at, ...device }) => ({
      device: device.token === null ? undefined : device,
      recent: { served, other, oldest_served_at },
    }));
  });
}

/** `outbox`: the enrollment.* events of each batch, written in its transaction. */
export function createPgEnrollmentStore(pool: PgPool, outbox?: EventCollector): EnrollmentStore {
  const writer = oneWriteInFlight((b) => writeBatch(pool, b, outbox), WRITE_GAP_MS);
  const looked = lookupsTogether(pool);
  return {
    async lookup(serial) {
      const [row] = await pool.query<DeviceRecord>(LOOKUP, [serial], 'enroll_lookup');
      return row;
    },
    async recent(serial, since) {
      const [r] = await pool.query<RecentRecords>(RECENT, [serial, since], 'enroll_recent');
      return r;
    },
    lookupWithRecent: (serial, since) => looked([serial, since]),
    write: (b: RecordBatch) => writer(b),
  };
}

/** The records, and each device's link to its latest one (a device twice in a batch: the later record), in one statement. */
async function writeRecords(c: PgClient, records: RecordBatch['records']): Promise<void> {
  if (!records.length) return;
  const rows = records.map(recordColumns);
  const keys = Object.keys(rows[0]) as (keyof (typeof rows)[0])[];
  await c.query(
    `WITH e AS (INSERT INTO enrollments (${keys.join(', ')}) SELECT * FROM unnest(${keys.map((_, i) => `$${i + 1}::text[]`).join(', ')})
       RETURNING id, token, serial_number),
     l AS (SELECT token, serial_number, MAX(id) AS id FROM e WHERE token IS NOT NULL AND serial_number IS NOT NULL GROUP BY 1, 2)
     UPDATE device_rows d SET last_enrollment_id = l.id FROM l WHERE d.token = l.token AND d.serial_number = l.serial_number`,
    keys.map((k) => rows.map((r) => r[k])),
    'enroll_write', // its text is fixed: recordColumns always gives the same columns
  );
}

async function writeCounts(c: PgClient, b: RecordBatch): Promise<void> {
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
      [b.limited.map((x) => x.serial), b.limited.map((x) => x.code), b.limited.map((x) => x.n), b.limited.map((x) => x.first), b.limited.map((x) => x.last)],
    );
  if (b.fixed.length)
    await c.query(
      `INSERT INTO enrollment_profile_fixed (fields, first_served_at, last_served_at) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (fields) DO UPDATE SET last_served_at = GREATEST(enrollment_profile_fixed.last_served_at, excluded.last_served_at)`,
      [b.fixed.map((x) => x.fields), b.fixed.map((x) => x.first), b.fixed.map((x) => x.last)],
    );
}

async function writeBatch(pool: PgPool, b: RecordBatch, outbox?: EventCollector): Promise<void> {
  const events = outbox?.enrollments(b.records) ?? [];
  if (!b.refusals.length && !b.limited.length && !b.fixed.length && !events.length) return writeRecords(pool, b.records);
  const written = await pool.transaction(async (c) => {
    await writeRecords(c, b.records);
    await writeCounts(c, b);
    return events.length ? writeEventsPg(c, events, outbox!.endpointsFor, new Date().toISOString()) : 0;
  });
  if (written) outbox?.written();
}

/** ISO times compare as text. */
const earlier = (a: string, b: string) => [a, b].sort()[0];
const later = (a: string, b: string) => [a, b].sort()[1];

/** Two batches as one: records in order, counts of the same key added, each key's first and last times kept. */
export function mergeBatches(a: RecordBatch, b: RecordBatch): RecordBatch {
  const refusals = new Map<string, [string, string, number]>();
  for (const [hour, code, n] of [...a.refusals, ...b.refusals]) {
    const x = refusals.get(`${hour}\t${code}`);
    if (x) x[2] += n;
    else refusals.set(`${hour}\t${code}`, [hour, code, n]);
  }
  const limited = new Map<string, RecordBatch['limited'][0]>();
  for (const l of [...a.limited, ...b.limited]) {
    const x = limited.get(`${l.serial}\t${l.code}`);
    if (x) Object.assign(x, { n: x.n + l.n, first: earlier(x.first, l.first), last: later(x.last, l.last) });
    else limited.set(`${l.serial}\t${l.code}`, { ...l });
  }
  const fixed = new Map<string, RecordBatch['fixed'][0]>();
  for (const f of [...a.fixed, ...b.fixed]) {
    const x = fixed.get(f.fields);
    if (x) Object.assign(x, { first: earlier(x.first, f.first), last: later(x.last, f.last) });
    else fixed.set(f.fields, { ...f });
  }
  return { records: [...a.records, ...b.records], refusals: [...refusals.values()], limited: [...limited.values()], fixed: [...fixed.values()] };
}

/**
 * `write` with at most one call running: a batch given meanwhile waits, merged with any others that arrive, and goes
 * as one when the running one ends. Each caller's promise settles when its batch is committed (or failed with the merge).
 */
export function oneWriteInFlight(write: (b: RecordBatch) => Promise<void>, gapMs = 0): (b: RecordBatch) => Promise<void> {
  let next: { batch: RecordBatch; waiters: { resolve(): void; reject(e: unknown): void }[] } | undefined;
  let running = false;
  let lastStart = -Infinity;
  const drain = async () => {
    running = true;
    while (next) {
      // a write starts at least gapMs after the one before: what arrives meanwhile joins it (fewer, larger commits)
      const wait = lastStart + gapMs - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const { batch, waiters } = next!;
      next = undefined;
      lastStart = performance.now();
      try {
        await write(batch);
        for (const w of waiters) w.resolve();
      } catch (e) {
        for (const w of waiters) w.reject(e);
      }
    }
    running = false;
  };
  return (b) =>
    new Promise<void>((resolve, reject) => {
      if (next) {
        next.batch = mergeBatches(next.batch, b);
        next.waiters.push({ resolve, reject });
      } else next = { batch: b, waiters: [{ resolve, reject }] };
      if (!running) void drain();
    });
}

/**
 * `run` over several arguments at once, at most `inFlight` runs going: arguments given while that many run wait, and go
 * together (at most `most` a run) when one ends. Each caller gets its own answer (run answers in the order asked) or the
 * run's error.
 */
export function coalesce<A, R>(inFlight: number, most: number, run: (asked: A[]) => Promise<R[]>): (a: A) => Promise<R> {
  const waiting: { a: A; resolve(r: R): void; reject(e: unknown): void }[] = [];
  let running = 0;
  const next = () => {
    while (running < inFlight && waiting.length) {
      const batch = waiting.splice(0, most);
      running++;
      run(batch.map((w) => w.a))
        .then(
          (answers) => batch.forEach((w, i) => w.resolve(answers[i])),
          (e) => batch.forEach((w) => w.reject(e)),
        )
        .finally(() => {
          running--;
          next();
        });
    }
  };
  return (a) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ a, resolve, reject });
      next();
    });
}
