import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../src/store/db.ts';
import { createOutbox } from '../../src/events/outbox.ts';
import { startSender, CONCURRENCY, type Endpoint, type Sender } from '../../src/events/deliver.ts';
import { parseSecret } from '../../src/events/sign.ts';
import { replayEvents, webhookSummary } from '../../src/store/outbox.ts';
import { createLogger } from '../../src/log.ts';
import { tempDir } from '../helpers/tmp.ts';
import { until } from '../helpers/cli.ts';
import { byId, startReceiver, type Receiver } from './receiver.ts';

const logs: string[] = [];
const logger = createLogger({ level: 'debug', sink: (l) => logs.push(l) });

function endpoint(r: Receiver, over: Partial<Endpoint> = {}): Endpoint {
  return {
    name: 'mdm',
    url: r.url,
    key: parseSecret(r.secret),
    filter: { name: 'mdm', types: [], tokens: [] },
    timeoutMs: 5000,
    maxAgeMs: 3_600_000,
    retryBaseMs: 50,
    ...over,
  };
}

/** `rounds` changes to each of `subjects` devices, interleaved, one transaction per round (like sync pages). */
function write(db: DB, subjects: number, rounds: number, outbox = createOutbox(db, [{ name: 'mdm', types: [], tokens: [] }])): string[] {
  const serials = Array.from({ length: subjects }, (_, i) => `SER${String(i).padStart(4, '0')}`);
  for (let k = 0; k < rounds; k++) {
    db.transaction(() => {
      const page = outbox.page('main')!;
      for (const s of serials) page.device('modified', s, new Date().toISOString(), { asset_tag: `r${k}` }, { before: { round: k - 1 }, after: { round: k } });
    })();
  }
  return serials;
}
const ids = (db: DB) => db.prepare('SELECT id FROM outbox ORDER BY seq').pluck().all() as string[];
const fresh = () => openDatabase(join(tempDir(), 'a.db'));
const run = (db: DB, r: Receiver, over: Partial<Endpoint> = {}, concurrency?: number): Sender => {
  const s = startSender({ db, endpoints: [endpoint(r, over)], logger, pollMs: 50, concurrency });
  return s;
};
/** Rounds each device received, in arrival order of first copies. */
function roundsBySubject(r: Receiver): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const x of byId(r.received).values()) {
    const list = m.get(x.event.subject!) ?? [];
    list.push((x.event.data.changes as { after: { round: number } }).after.round);
    m.set(x.event.subject!, list);
  }
  return m;
}

test('every event arrives signed (standardwebhooks verifies), as CloudEvents, in order per device, with bounded concurrency', async () => {
  const db = fresh();
  const r = await startReceiver();
  // random answer times shuffle completions: order per device must hold anyway
  r.answer = () => ({ delayMs: Math.floor(Math.random() * 15) });
  const serials = write(db, 20, 10);
  const s = run(db, r);
  await until(() => byId(r.received).size === 200, 60_000, 'all 200 events');
  await until(() => webhookSummary(db)[0].pending === 0, 30_000, 'answers recorded');
  await s.stop();
  assert.deepEqual(r.rejected, []);
  assert.deepEqual(new Set(byId(r.received).keys()), new Set(ids(db)));
  assert.equal(r.received.length, 200, 'no failures, so no duplicates');
  for (const serial of serials) assert.deepEqual(roundsBySubject(r).get(serial), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], serial);
  const e = r.received[0].event;
  assert.equal(e.specversion, '1.0');
  assert.equal(e.type, 'com.adesync.device.modified');
  assert.equal(e.source, '/adesync/tokens/main');
  assert.equal(e.id, r.received[0].id);
  assert.ok(r.maxOpen <= CONCURRENCY, `at most ${CONCURRENCY} in flight (saw ${r.maxOpen})`);
  assert.deepEqual(
    webhookSummary(db).map((w) => [w.pending, w.dead]),
    [[0, 0]],
  );
  assert.equal(db.prepare("SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'delivered'").pluck().get(), 200);
});

test('retries through 500s and timeouts: all delivered, order per device kept, duplicates only with the same id and body', async () => {
  const db = fresh();
  const r = await startReceiver();
  const seen = new Map<string, number>();
  // each event: first attempt 500, second attempt too slow for the 300 ms timeout, third accepted
  r.answer = (x) => {
    const n = (seen.get(x.id) ?? 0) + 1;
    seen.set(x.id, n);
    return n === 1 ? 500 : n === 2 ? { delayMs: 1500 } : 200;
  };
  const serials = write(db, 6, 4);
  const s = run(db, r, { timeoutMs: 300, retryBaseMs: 20 });
  await until(() => [...seen.values()].filter((n) => n >= 3).length === 24, 120_000, 'every event on its third attempt');
  await until(() => webhookSummary(db)[0].pending === 0, 30_000, 'recorded');
  await s.stop();
  assert.deepEqual(r.rejected, []);
  byId(r.received); // throws if an id came back with another body
  assert.deepEqual(new Set(byId(r.received).keys()), new Set(ids(db)));
  // the order of accepted deliveries per device is the commit order
  const accepted = new Map<string, number[]>();
  for (const x of r.received)
    if (seen.get(x.id)! >= 3 && r.received.filter((y) => y.id === x.id).at(-1) === x) {
      const l = accepted.get(x.event.subject!) ?? [];
      l.push((x.event.data.changes as { after: { round: number } }).after.round);
      accepted.set(x.event.subject!, l);
    }
  for (const serial of serials) assert.deepEqual(accepted.get(serial), [0, 1, 2, 3], serial);
  assert.equal(db.prepare('SELECT MIN(attempts) FROM webhook_deliveries').pluck().get(), 3);
  assert.ok(
    logs.some((l) => l.includes('webhook endpoint failing')),
    'the failure is logged',
  );
});

test('a receiver down for a while: probed one request at a time, everything delivered once it is back', async () => {
  const db = fresh();
  const r = await startReceiver();
  const port = r.port;
  await r.close();
  write(db, 5, 4);
  const s = run(db, r, { retryBaseMs: 100 });
  await until(() => (db.prepare('SELECT SUM(attempts) FROM webhook_deliveries').pluck().get() as number) >= 3, 30_000, 'failed attempts');
  assert.ok(s.inFlight().mdm <= 1, 'while failing, one probe at a time');
  await r.reopen();
  assert.equal(r.port, port);
  await until(() => byId(r.received).size === 20, 60_000, 'all events after the receiver came back');
  await until(() => webhookSummary(db)[0].pending === 0, 30_000, 'answers recorded');
  await s.stop();
  assert.deepEqual(new Set(byId(r.received).keys()), new Set(ids(db)));
  for (const [serial, rounds] of roundsBySubject(r)) assert.deepEqual(rounds, [0, 1, 2, 3], serial);
});

test('past the max age an event is dead-lettered, shown in status; replay sends it again', async () => {
  const db = fresh();
  const r = await startReceiver();
  r.answer = () => 500;
  write(db, 2, 2);
  const s = run(db, r, { maxAgeMs: 400, retryBaseMs: 50 });
  await until(() => webhookSummary(db)[0].dead === 4, 60_000, 'all four dead-lettered');
  assert.ok(logs.some((l) => l.includes('dead-lettered')));
  r.answer = () => 200;
  const before = r.received.length;
  replayEvents(db, { since: '2000-01-01T00:00:00Z' }, [{ name: 'mdm', wants: () => true }]);
  await until(() => db.prepare("SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'delivered'").pluck().get() === 4, 30_000, 'replayed');
  await s.stop();
  assert.deepEqual(new Set(r.received.slice(before).map((x) => x.id)), new Set(ids(db)), 'replayed with the same ids');
});

test('a receiver that never answers holds at most CONCURRENCY requests; stopping leaves them pending, not attempted', async () => {
  const db = fresh();
  const r = await startReceiver();
  r.answer = () => 'hold';
  write(db, 30, 1);
  const s = run(db, r, {}, 4);
  await until(() => r.open === 4, 30_000, '4 held');
  await new Promise((res) => setTimeout(res, 300));
  assert.equal(r.maxOpen, 4);
  await s.stop();
  assert.deepEqual(
    webhookSummary(db).map((w) => [w.pending, w.dead]),
    [[30, 0]],
  );
  assert.equal(db.prepare('SELECT MAX(attempts) FROM webhook_deliveries').pluck().get(), 0, 'aborted by stop: not counted');
  // and the secret never reached a log line
  const key = r.secret.slice(6);
  assert.ok(!logs.some((l) => l.includes(key) || l.includes(r.secret)));
});
