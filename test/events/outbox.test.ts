import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../src/store/db.ts';
import { createOutbox } from '../../src/events/outbox.ts';
import { deadLetterProblems, listEvents, pruneOutbox, replayEvents, senderStatements, webhookSummary } from '../../src/store/outbox.ts';
import { endpointWants } from '../../src/events/types.ts';
import { tempDir } from '../helpers/tmp.ts';

const ALL = [{ name: 'all', types: [], tokens: [] }];
const fresh = () => openDatabase(join(tempDir(), 'a.db'));
const events = (db: DB) =>
  db.prepare('SELECT seq, id, type, token, subject, data FROM outbox ORDER BY seq').all() as {
    seq: number;
    id: string;
    type: string;
    token: string;
    subject: string;
    data: string;
  }[];
const at = '2026-12-01T08:00:00.000Z';

test("events are part of the caller's transaction: a rolled-back change leaves none, a committed one all", () => {
  const db = fresh();
  const outbox = createOutbox(db, ALL);
  const page = db.transaction((fail: boolean) => {
    const ev = outbox.page('main')!;
    ev.device('added', 'S1', at, { model: 'iPad' });
    ev.device('added', 'S2', at, { model: 'iPad' });
    if (fail) throw new Error('crash before commit');
  });
  assert.throws(() => page(true), /crash before commit/);
  assert.equal(events(db).length, 0);
  page(false);
  assert.deepEqual(
    events(db).map((e) => [e.type, e.subject]),
    [
      ['device.added', 'S1'],
      ['device.added', 'S2'],
    ],
  );
  assert.equal(new Set(events(db).map((e) => e.id)).size, 2);
});

test('nothing is written when no endpoint wants it; filters follow a reload', () => {
  const db = fresh();
  const outbox = createOutbox(db, []);
  assert.equal(outbox.page('main'), undefined);
  outbox.assignments('main', 'U', [{ serial_number: 'S1', attempts: 0 }], { S1: 'SUCCESS' }, at);
  outbox.enrollments([{ at, decision: 'served', serial_number: 'S1', token: 'main' }]);
  assert.equal(events(db).length, 0);
  outbox.reload([{ name: 'lab-only', types: ['profile.*'], tokens: ['lab'] }]);
  assert.equal(outbox.page('lab'), undefined, 'no device.* wanted');
  outbox.assignments('main', 'U', [{ serial_number: 'S1', attempts: 0 }], { S1: 'SUCCESS' }, at);
  outbox.assignments(
    'lab',
    'U',
    [
      { serial_number: 'S1', attempts: 0 },
      { serial_number: 'S2', attempts: 3 },
      { serial_number: 'S3', attempts: 0 },
    ],
    { S1: 'SUCCESS', S2: 'FAILED', S3: 'THROTTLED' },
    at,
  );
  assert.deepEqual(
    events(db).map((e) => [e.type, e.token, e.subject]),
    [
      ['profile.assigned', 'lab', 'S1'],
      ['profile.failed', 'lab', 'S2'],
    ],
  );
  assert.equal(JSON.parse(events(db)[1].data).attempts, 4);
});

test('an added serial another token holds is a move; unverified refusals never reach the outbox', () => {
  const db = fresh();
  db.prepare(`INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen, deleted_at) VALUES ('lab', 'S1', '{}', ?, ?, ?)`).run(at, at, at);
  const outbox = createOutbox(db, ALL);
  db.transaction(() => {
    outbox.page('main')!.device('added', 'S1', at);
    outbox.page('main')!.device('added', 'S2', at);
  })();
  outbox.enrollments([
    { at, decision: 'refused', reason: 'adesync.unsigned: MachineInfo must be CMS-signed' },
    { at, decision: 'refused', reason: 'adesync.untrusted', serial_number: undefined },
    { at, decision: 'refused', reason: 'serial not held', serial_number: 'X9', udid: 'U9' },
  ]);
  const e = events(db);
  assert.deepEqual(
    e.map((x) => [x.type, x.subject]),
    [
      ['device.moved', 'S1'],
      ['device.added', 'S2'],
      ['enrollment.refused', 'X9'],
    ],
  );
  assert.equal(JSON.parse(e[0].data).from_token, 'lab');
});

test('token status and failed syncs: the triggers write one event per change, in the same statement', () => {
  const db = fresh();
  db.prepare(
    `INSERT INTO tokens (name, token_file, consumer_key_sha256, access_token_expiry, created_at, updated_at) VALUES ('main', 'f', 'h', '2027-01-01T00:00:00Z', ?, ?)`,
  ).run(at, at);
  const setStatus = (s: string) =>
    db.prepare('UPDATE tokens SET status = ?, status_detail = ?, status_at = ? WHERE name = ?').run(s, `detail ${s}`, at, 'main');
  for (const s of ['ok', 't_c_not_signed', 't_c_not_signed', 'ok', 'unavailable', 'expired', 'unauthorized', 'revoked', 'ok', 'clock_skew']) setStatus(s);
  const run = (result: string, kind = 'sync') => {
    const id = db.prepare("INSERT INTO sync_runs (token, kind, started_at) VALUES ('main', ?, ?)").run(kind, at).lastInsertRowid;
    db.prepare('UPDATE sync_runs SET result = ?, finished_at = ?, error_code = ? WHERE id = ?').run(result, at, result === 'error' ? 'UNAVAILABLE' : null, id);
  };
  for (const r of ['ok', 'error', 'error', 'interrupted', 'error', 'ok', 'error']) run(r);
  run('error', 'assign');
  const e = events(db);
  assert.deepEqual(
    e.map((x) => x.type),
    ['token.terms_not_accepted', 'token.unusable', 'token.unusable', 'token.unusable', 'token.unusable', 'sync.failed', 'sync.failed'],
  );
  assert.deepEqual(JSON.parse(e[1].data), { token: 'main', status: 'expired', previous_status: 'unavailable', detail: 'detail expired', server_name: null });
  assert.deepEqual(
    e.slice(3, 5).map((x) => JSON.parse(x.data).status),
    ['revoked', 'clock_skew'],
    'a revoked token and a clock Apple refuses are unusable too',
  );
  assert.equal(JSON.parse(e[5].data).error_code, 'UNAVAILABLE');
  for (const x of e) assert.match(x.id, /^evt_[0-9a-f]{32}$/);
  // token.expiring: once per threshold and expiry, however often the daemon looks
  const outbox = createOutbox(db, []);
  const now = new Date('2026-12-20T00:00:00Z');
  for (let i = 0; i < 3; i++) outbox.tokenExpiry('main', '2027-01-01T00:00:00Z', now);
  outbox.tokenExpiry('main', '2027-01-01T00:00:00Z', new Date('2026-12-27T00:00:00Z'));
  assert.deepEqual(
    events(db)
      .filter((x) => x.type === 'token.expiring')
      .map((x) => JSON.parse(x.data).threshold_days),
    [14, 7],
  );
});

test('fan-out per endpoint filter, finish, dead letters in status, replay, prune', () => {
  const db = fresh();
  const filters = [
    { name: 'all', types: [], tokens: [] },
    { name: 'lab', types: ['device.*'], tokens: ['lab'] },
  ];
  const outbox = createOutbox(db, filters);
  db.transaction(() => {
    outbox.page('main')!.device('added', 'S1', at);
    outbox.page('lab')!.device('added', 'S2', at);
    outbox.assignments('lab', 'U', [{ serial_number: 'S2', attempts: 0 }], { S2: 'SUCCESS' }, at);
  })();
  const st = senderStatements(db);
  for (const f of filters)
    assert.equal(
      st.fanOut(f.name, (t, k) => endpointWants(f, t, k), 100, at),
      3,
    );
  assert.equal(
    st.fanOut('all', () => true, 100, at),
    0,
    'position moved',
  );
  assert.deepEqual(
    st.pending('all', 10).map((p) => p.seq),
    [1, 2, 3],
  );
  assert.deepEqual(
    st.pending('lab', 10).map((p) => p.subject),
    ['S2'],
  );
  st.finish([
    { endpoint: 'all', seq: 1, ok: true, status: 200, error: null, state: 'delivered', attempts: 1, at },
    { endpoint: 'all', seq: 2, ok: false, status: 500, error: 'HTTP 500', state: 'dead', attempts: 9, at },
    { endpoint: 'all', seq: 3, ok: false, status: null, error: 'ECONNREFUSED', state: 'pending', attempts: 1, nextAt: '2026-12-01T09:00:00.000Z', at },
  ]);
  assert.deepEqual(
    st.pending('all', 10).map((p) => [p.seq, p.attempts, p.next_at]),
    [[3, 1, '2026-12-01T09:00:00.000Z']],
  );
  const summary = webhookSummary(db);
  assert.deepEqual(
    summary.map((w) => [w.endpoint, w.pending, w.dead]),
    [
      ['all', 1, 1],
      ['lab', 1, 0],
    ],
  );
  const problems = deadLetterProblems(summary);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^webhook all: 1 event\(s\) dead-lettered .*adesync events replay/);
  const listed = listEvents(db, { limit: 10 });
  assert.deepEqual(
    listed.map((e) => e.seq),
    [3, 2, 1],
  );
  assert.deepEqual(
    listed[1].deliveries.map((d) => [d.endpoint, d.state, d.last_error]),
    [
      ['all', 'dead', 'HTTP 500'],
      ['lab', 'pending', null],
    ],
  );
  assert.deepEqual(
    listEvents(db, { limit: 10, type: 'profile.*' }).map((e) => e.type),
    ['profile.assigned'],
  );
  // replay one event by id: the dead delivery is due again, attempts reset; an endpoint that never had it gets it if it wants it
  const id = listed[1].id;
  assert.deepEqual(
    replayEvents(
      db,
      { id },
      filters.map((f) => ({ name: f.name, wants: (t, k) => endpointWants(f, t, k) })),
    ),
    { events: 1, deliveries: 2 },
  );
  assert.deepEqual(
    webhookSummary(db).map((w) => [w.endpoint, w.pending, w.dead]),
    [
      ['all', 2, 0],
      ['lab', 1, 0],
    ],
  );
  assert.deepEqual(deadLetterProblems(webhookSummary(db)), []);
  // prune keeps anything pending, drops old delivered events
  assert.equal(pruneOutbox(db, '2027-01-01T00:00:00Z'), 1);
  assert.deepEqual(
    events(db).map((e) => e.seq),
    [2, 3],
  );
});

test('an endpoint removed from the config is forgotten with its deliveries; one added later starts after the stored events', () => {
  const db = fresh();
  const outbox = createOutbox(db, [
    { name: 'a', types: [], tokens: [] },
    { name: 'b', types: [], tokens: [] },
  ]);
  db.transaction(() => outbox.page('main')!.device('added', 'S1', at))();
  const st = senderStatements(db);
  st.fanOut('b', () => true, 10, at);
  outbox.reload([
    { name: 'a', types: [], tokens: [] },
    { name: 'c', types: [], tokens: [] },
  ]);
  assert.deepEqual(
    webhookSummary(db).map((w) => [w.endpoint, w.pending]),
    [
      ['a', 0],
      ['c', 0],
    ],
  );
  assert.equal(db.prepare('SELECT COUNT(*) FROM webhook_deliveries').pluck().get(), 0);
  assert.equal(
    st.fanOut('c', () => true, 10, at),
    0,
    'c starts after S1',
  );
  assert.equal(
    st.fanOut('a', () => true, 10, at),
    1,
  );
});
