// The sender on PostgreSQL with several nodes (events/deliver.ts over store/pg/outbox.ts): two senders on two pools
// against one real loopback receiver deliver each event exactly once (counted by event id, per 2xx answer), in order
// per device; a node stopped mid-flight hands its deliveries back at once; a node SIGKILLed mid-send leaves them to
// another once their claim expires.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { openPool, type PgPool } from '../../src/store/pg/connect.ts';
import { migratePostgres } from '../../src/store/pg/migrate.ts';
import { ensureEndpointsPg, pgSenderStore, writeEventsPg } from '../../src/store/pg/outbox.ts';
import { createEventCollector } from '../../src/events/outbox.ts';
import { startSender, type Endpoint, type Sender } from '../../src/events/deliver.ts';
import { deviceEvent } from '../../src/events/types.ts';
import { parseSecret } from '../../src/events/sign.ts';
import { silentLogger } from '../../src/log.ts';
import { until } from '../helpers/cli.ts';
import { freshDatabase } from '../helpers/pg.ts';
import { startReceiver, type Receiver } from './receiver.ts';

const FILTERS = [{ name: 'mdm', types: [], tokens: [] }];

async function database(): Promise<{ url: string; pool: PgPool }> {
  const url = await freshDatabase();
  const pool = openPool({ url });
  await migratePostgres(pool);
  await ensureEndpointsPg(
    pool,
    FILTERS.map((f) => f.name),
  );
  return { url, pool };
}

/** `rounds` changes to each of `subjects` devices, one transaction per round (like sync pages), with their deliveries. */
async function write(pool: PgPool, subjects: number, rounds: number): Promise<void> {
  const events = createEventCollector(FILTERS);
  for (let k = 0; k < rounds; k++) {
    const page = Array.from({ length: subjects }, (_, i) =>
      deviceEvent({ kind: 'modified', token: 'main', serial: `SER${i}`, at: new Date().toISOString(), changes: { before: k - 1, after: k } }),
    );
    await pool.transaction((c) => writeEventsPg(c, events.wanted(page), events.endpointsFor, new Date().toISOString()));
  }
}

function endpoint(r: Receiver): Endpoint {
  return {
    name: 'mdm',
    url: r.url,
    key: parseSecret(r.secret),
    filter: FILTERS[0],
    timeoutMs: 60_000,
    maxAgeMs: 3_600_000,
    retryBaseMs: 50,
  };
}

const node = (url: string, r: Receiver, claimMs?: number): { pool: PgPool; sender: Sender } => {
  const pool = openPool({ url });
  return { pool, sender: startSender({ store: pgSenderStore(pool), endpoints: [endpoint(r)], logger: silentLogger, pollMs: 50, claimMs }) };
};

/** The receiver answers 2xx while `ok` says so and counts those answers per event id; otherwise it holds the request. */
function counting(r: Receiver) {
  const delivered = new Map<string, number>();
  const deliveredAt = new Map<string, number>();
  const order = new Map<string, number[]>();
  const state = { ok: true };
  r.answer = (x) => {
    if (!state.ok) return 'hold';
    delivered.set(x.id, (delivered.get(x.id) ?? 0) + 1);
    deliveredAt.set(x.id, Date.now());
    const list = order.get(x.event.subject!) ?? [];
    list.push((x.event.data.changes as { after: number }).after);
    order.set(x.event.subject!, list);
    return 204;
  };
  return { delivered, deliveredAt, order, state };
}

const stored = async (pool: PgPool) =>
  (await pool.query<{ state: string; n: number }>('SELECT state, COUNT(*)::int AS n FROM webhook_deliveries GROUP BY state ORDER BY state')).map(
    (r) => `${r.state}:${r.n}`,
  );

test('two nodes deliver each event exactly once, in order per device', { timeout: 180_000 }, async () => {
  const { url, pool } = await database();
  const r = await startReceiver();
  const c = counting(r);
  await write(pool, 20, 15);
  const a = node(url, r);
  const b = node(url, r);
  try {
    await until(async () => c.delivered.size === 300 && (await stored(pool)).join() === 'delivered:300', 120_000, `300 delivered (${c.delivered.size})`);
    assert.deepEqual(
      [...c.delivered.values()].filter((n) => n !== 1),
      [],
      'no event answered twice',
    );
    for (const [subject, rounds] of c.order)
      assert.deepEqual(
        rounds,
        [...rounds].sort((x, y) => x - y),
        `${subject} out of order`,
      );
    assert.equal(r.received.length, 300, 'no event even sent twice');
  } finally {
    await a.sender.stop();
    await b.sender.stop();
    await a.pool.end();
    await b.pool.end();
    await pool.end();
  }
});

test('a node stopped mid-flight hands its deliveries back at once; the other sends them, each once', { timeout: 180_000 }, async () => {
  const { url, pool } = await database();
  const r = await startReceiver();
  const c = counting(r);
  await write(pool, 30, 2);
  c.state.ok = false;
  // a claim far longer than the test: only the release can let the other node send them now
  const a = node(url, r, 600_000);
  await until(() => r.open >= 8, 60_000, 'the first node holding 8 requests');
  const inFlight = r.received.map((x) => x.id);
  await a.sender.stop();
  await a.pool.end();
  c.state.ok = true;
  const b = node(url, r, 600_000);
  try {
    await until(async () => (await stored(pool)).join() === 'delivered:60', 120_000, `60 delivered (${c.delivered.size})`);
    assert.equal(c.delivered.size, 60);
    assert.deepEqual(
      [...c.delivered.values()].filter((n) => n !== 1),
      [],
      'no event answered twice',
    );
    for (const id of inFlight) assert.equal(c.delivered.get(id), 1, 'what the stopped node had in flight was sent by the other');
    const [{ attempts }] = await pool.query<{ attempts: number }>('SELECT MAX(attempts)::int AS attempts FROM webhook_deliveries');
    assert.equal(attempts, 1, 'an aborted send is not an attempt');
  } finally {
    await b.sender.stop();
    await b.pool.end();
    await pool.end();
  }
});

test('a node SIGKILLed mid-send: another sends its deliveries once their claim expires, each once', { timeout: 180_000 }, async () => {
  const { url, pool } = await database();
  const r = await startReceiver();
  const c = counting(r);
  await write(pool, 12, 1);
  c.state.ok = false;
  const claimMs = 3000;
  const spawnedAt = Date.now(); // every claim of the doomed node was taken after this
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/events/pg-sender-node.ts', url, r.url, r.secret, String(claimMs)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const b = { current: undefined as ReturnType<typeof node> | undefined };
  try {
    await until(() => r.open >= 8, 60_000, 'the doomed node holding 8 requests');
    const held = r.received.map((x) => x.id);
    child.kill('SIGKILL');
    await once(child, 'exit');
    c.state.ok = true;
    b.current = node(url, r, claimMs);
    await until(async () => (await stored(pool)).join() === 'delivered:12', 120_000, `12 delivered (${c.delivered.size})`);
    assert.deepEqual(
      [...c.delivered.values()].filter((n) => n !== 1),
      [],
      'no event answered twice',
    );
    for (const id of held) assert.equal(c.delivered.get(id), 1, 'what the dead node held was sent again');
    // the survivor left the dead node's claims alone until they expired, and sent the rest at once
    for (const id of held) assert.ok(c.deliveredAt.get(id)! >= spawnedAt + claimMs, `${id} sent again before its claim expired`);
    const others = [...c.deliveredAt].filter(([id]) => !held.includes(id));
    assert.equal(others.length, 4);
    for (const [id, at] of others) assert.ok(at < Math.min(...held.map((h) => c.deliveredAt.get(h)!)), `${id} waited for the dead node's claims`);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await b.current?.sender.stop();
    await b.current?.pool.end();
    await pool.end();
  }
});
