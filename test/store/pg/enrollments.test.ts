// Enrollment served by two nodes on one PostgreSQL: each node is its own enrollment server with its own pool, as two
// machines behind a load balancer would be. Both look devices up in the shared table, both write their records there,
// and the per-serial limit counts what either node served.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { enrollmentSchema } from '../../../src/config/schema.ts';
import { createEnrollmentServer } from '../../../src/enroll/server.ts';
import { createLogger } from '../../../src/log.ts';
import { openPool } from '../../../src/store/pg/connect.ts';
import { migratePostgres } from '../../../src/store/pg/migrate.ts';
import { createSqliteEnrollmentStore } from '../../../src/store/enrollments.ts';
import { openDatabase } from '../../../src/store/db.ts';
import { coalesce, createPgEnrollmentStore, mergeBatches, oneWriteInFlight } from '../../../src/store/pg/enrollments.ts';
import type { RecordBatch } from '../../../src/store/enrollments.ts';
import { cmsSign, machineInfoXml, makeTestPki } from '../../cms/testpki.ts';
import { until } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { freshDatabase } from '../../helpers/pg.ts';

function post(port: number, body: Buffer, agent: http.Agent): Promise<{ status: number; type?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/enroll', agent, headers: { 'content-length': body.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body: Buffer.concat(chunks).toString('latin1') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('two nodes on one PostgreSQL serve every device from the shared table, record there, and hold the per-serial limit between them', {
  timeout: 300_000,
}, async () => {
  const pki = makeTestPki();
  const dir = tempDir();
  writeFileSync(join(dir, 'challenge.txt'), 'x\n');
  const url = await freshDatabase();
  const admin = openPool({ url });
  after(() => admin.end());
  await migratePostgres(admin);
  const serials = Array.from({ length: 50 }, (_, i) => `F2LXNODE${String(i).padStart(4, '0')}`);
  const now = new Date().toISOString();
  await admin.query(
    `INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen)
     SELECT 'main', s, '{"os":"iOS","device_family":"iPhone"}', $2, $2 FROM unnest($1::text[]) AS s`,
    [serials, now],
  );
  const config = enrollmentSchema.parse({
    listen: '127.0.0.1:0',
    device_ca: { pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true },
    per_device_limit: { profiles: 5, per_minutes: 30 },
    profile: {
      payload_identifier: 'com.example.mdm.enroll',
      identity: { type: 'scep', url: 'https://mdm.example.com/scep', challenge_file: join(dir, 'challenge.txt') },
      mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
    },
    signing: { cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] },
  });
  const nodes = await Promise.all(
    [0, 1].map(async () => {
      const pool = openPool({ url, poolSize: 4 });
      const srv = createEnrollmentServer({
        config,
        logger: createLogger({ level: 'error', sink: (l) => process.stderr.write(l + '\n') }),
        store: createPgEnrollmentStore(pool),
        listen: { host: '127.0.0.1', port: 0 },
        workers: 1,
      });
      const { port } = await srv.listen();
      after(() => srv.close().then(() => pool.end()));
      return port;
    }),
  );
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  after(() => agent.destroy());
  const bodies = serials.map((s, i) =>
    cmsSign(
      pki,
      machineInfoXml({ UDID: `00008101-000A1B2C3D4E${String(i).padStart(4, '0')}`, SERIAL: s, PRODUCT: 'iPhone15,2', VERSION: '22B83', OS_VERSION: '18.1' }),
    ),
  );

  // 200 requests: every device twice on each node, all at once
  const answers = await Promise.all(bodies.flatMap((b) => [0, 1, 0, 1].map((n) => post(nodes[n], b, agent))));
  const bad = answers.filter((a) => a.status !== 200);
  assert.equal(bad.length, 0, `every enrollment served: ${JSON.stringify(bad.slice(0, 3))}`);
  assert.ok(answers.every((a) => a.type === 'application/x-apple-aspen-config'));
  await until(
    async () => (await admin.query<{ n: number }>("SELECT COUNT(*)::int AS n FROM enrollments WHERE decision = 'served'"))[0].n === 200,
    20_000,
    'records',
  );
  const linked = await admin.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM device_rows WHERE last_enrollment_id IS NOT NULL');
  assert.equal(linked[0].n, 50, 'each device links its last enrollment');

  // one serial replayed, alternating nodes, one request at a time: the limit (5 per 30 min) holds across the two
  const fresh = cmsSign(
    pki,
    machineInfoXml({ UDID: '00008101-000A1B2C3D4EFFFF', SERIAL: 'F2LXNODEREPL', PRODUCT: 'iPhone15,2', VERSION: '22B83', OS_VERSION: '18.1' }),
  );
  await admin.query(`INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen) VALUES ('main', 'F2LXNODEREPL', '{}', $1, $1)`, [now]);
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    statuses.push((await post(nodes[i % 2], fresh, agent)).status);
    // the next request may reach the other node: wait until this one's record is in the shared table
    await until(
      async () =>
        (
          await admin.query<{ n: number }>(
            "SELECT (SELECT COUNT(*) FROM enrollments WHERE serial_number = 'F2LXNODEREPL') + (SELECT COALESCE(SUM(count), 0) FROM enrollment_limited WHERE serial_number = 'F2LXNODEREPL')::int AS n",
          )
        )[0].n >=
        i + 1,
      20_000,
      `request ${i} recorded`,
    );
  }
  assert.deepEqual(statuses, [200, 200, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403]);

  // a serial in no token: refused by both nodes, counted per hour, no record
  const stranger = cmsSign(
    pki,
    machineInfoXml({ UDID: '00008101-000A1B2C3D4EAAAA', SERIAL: 'F2LXSTRANGER', PRODUCT: 'iPhone15,2', VERSION: '22B83', OS_VERSION: '18.1' }),
  );
  for (const port of nodes) assert.equal((await post(port, stranger, agent)).status, 403);
  const strangers = async () =>
    (await admin.query<{ n: number }>(`SELECT COALESCE(SUM(count), 0)::int AS n FROM enrollment_refusals WHERE code <> 'adesync.too_many_enrollments'`))[0].n;
  await until(async () => (await strangers()) === 2, 20_000, 'refusal counts').catch(async (e) => {
    throw new Error(`${e.message}: ${JSON.stringify(await admin.query('SELECT * FROM enrollment_refusals'))}`);
  });
});

test('a batch with several records of one device links its last one on PostgreSQL, as on SQLite', { timeout: 120_000 }, async () => {
  const url = await freshDatabase();
  const pool = openPool({ url });
  after(() => pool.end());
  await migratePostgres(pool);
  const db = openDatabase(join(tempDir(), 'adesync.db'));
  after(() => db.close());
  // enough devices that the planner looks each record's device up by index, records first (as on a real account)
  const serials = Array.from({ length: 300 }, (_, i) => `C02LINK${String(i).padStart(5, '0')}`);
  const rows = `INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen) VALUES ${serials.map((s) => `('main', '${s}', '{}', 'T', 'T')`).join(', ')}`;
  await pool.exec(rows);
  db.exec(rows);
  // each device's records several times in one batch (Setup Assistant retrying, a refusal after a login): the last of
  // each must be linked, whichever side of the join the planner hashes (a batch larger than the table: the devices)
  const at = (i: number) => new Date(Date.UTC(2026, 11, 1, 10) + i).toISOString();
  const batch = {
    records: Array.from({ length: 1500 }, (_, i) => ({
      token: 'main',
      serial_number: serials[(i * 7) % 300],
      decision: 'served' as const,
      at: at(i),
      udid: `U${i}`,
    })),
    refusals: [],
    limited: [],
    fixed: [],
  };
  await createPgEnrollmentStore(pool).write(batch);
  await createSqliteEnrollmentStore(db).write(batch);
  const linked = 'SELECT d.serial_number, e.udid FROM device_rows d JOIN enrollments e ON e.id = d.last_enrollment_id ORDER BY d.serial_number';
  const lite = db.prepare(linked).all() as { serial_number: string; udid: string }[];
  assert.equal(lite.length, 300);
  assert.deepEqual(lite[0], { serial_number: serials[0], udid: 'U1200' }, "SQLite links the batch's last record of a device");
  assert.deepEqual(await pool.query(linked), lite);
});

const rec = (serial: string, at: string) => ({ at, token: 'main', serial_number: serial, decision: 'served' as const });
const batch = (o: Partial<RecordBatch> = {}): RecordBatch => ({ records: [], refusals: [], limited: [], fixed: [], ...o });

test('mergeBatches: records in order, counts of one key added, each key keeps its earliest first and latest last time', () => {
  const a = batch({
    records: [rec('A', 't1')],
    refusals: [['2026-12-02T10', 'x', 2]],
    limited: [{ serial: 'S', code: 'c', n: 1, first: 't2', last: 't3' }],
    fixed: [{ fields: 'f', first: 't2', last: 't3' }],
  });
  const b = batch({
    records: [rec('B', 't4')],
    refusals: [
      ['2026-12-02T10', 'x', 3],
      ['2026-12-02T11', 'x', 1],
    ],
    limited: [
      { serial: 'S', code: 'c', n: 4, first: 't1', last: 't5' },
      { serial: 'T', code: 'c', n: 1, first: 't4', last: 't4' },
    ],
    fixed: [{ fields: 'f', first: 't4', last: 't9' }],
  });
  assert.deepEqual(mergeBatches(a, b), {
    records: [rec('A', 't1'), rec('B', 't4')],
    refusals: [
      ['2026-12-02T10', 'x', 5],
      ['2026-12-02T11', 'x', 1],
    ],
    limited: [
      { serial: 'S', code: 'c', n: 5, first: 't1', last: 't5' },
      { serial: 'T', code: 'c', n: 1, first: 't4', last: 't4' },
    ],
    fixed: [{ fields: 'f', first: 't2', last: 't9' }],
  });
  assert.deepEqual(a.limited[0], { serial: 'S', code: 'c', n: 1, first: 't2', last: 't3' }, 'the inputs are left as they were');
});

test('oneWriteInFlight: batches given while a write runs go as ONE merged write after it; each caller settles with its write', async () => {
  const written: RecordBatch[] = [];
  let release!: () => void;
  let fail = false;
  const write = oneWriteInFlight(async (b) => {
    written.push(b);
    await new Promise<void>((r) => (release = r));
    if (fail) throw new Error('server gone');
  });
  const first = write(batch({ records: [rec('A', 't1')] }));
  const later = [write(batch({ records: [rec('B', 't2')] })), write(batch({ records: [rec('C', 't3')] }))];
  assert.equal(written.length, 1, 'the second and third wait for the first');
  release();
  await first;
  await until(async () => written.length === 2, 5_000, 'the merged write');
  assert.deepEqual(
    written[1].records.map((r) => r.serial_number),
    ['B', 'C'],
  );
  fail = true;
  release();
  for (const p of later) await assert.rejects(p, /server gone/, 'every caller of a failed merged write hears of it');
  fail = false;
  const again = write(batch({ records: [rec('D', 't4')] }));
  release();
  await again;
  assert.equal(written.length, 3, 'a write after a failure runs');
});

test('20 batches written at once on PostgreSQL (merged: one key twice in one upsert would be refused): every record kept, counts of one key summed, a device links its latest enrollment', {
  timeout: 120_000,
}, async () => {
  const url = await freshDatabase();
  const pool = openPool({ url, poolSize: 4 });
  after(() => pool.end());
  await migratePostgres(pool);
  const at = (i: number) => new Date(Date.UTC(2026, 11, 2, 10, 0, i)).toISOString();
  await pool.query(
    `INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen) VALUES ('main', 'F2LXW0', '{}', $1, $1), ('main', 'F2LXW1', '{}', $1, $1)`,
    [at(0)],
  );
  const store = createPgEnrollmentStore(pool);
  // 20 batches at once, each with both devices (one twice), the same refusal hour and the same limited serial
  await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      store.write(
        batch({
          records: [rec('F2LXW0', at(3 * i)), rec('F2LXW1', at(3 * i + 1)), rec('F2LXW0', at(3 * i + 2))],
          refusals: [['2026-12-02T10', 'adesync.unknown_device', 1]],
          limited: [{ serial: 'F2LXW0', code: 'adesync.too_many_enrollments', n: 1, first: at(i), last: at(i) }],
        }),
      ),
    ),
  );
  const [n] = await pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM enrollments');
  assert.equal(n.n, 60);
  const [r] = await pool.query<{ n: number }>('SELECT count::int AS n FROM enrollment_refusals');
  assert.equal(r.n, 20);
  const [l] = await pool.query<{ n: number; first_at: string; last_at: string }>('SELECT count::int AS n, first_at, last_at FROM enrollment_limited');
  assert.deepEqual(l, { n: 20, first_at: at(0), last_at: at(19) });
  const links = await pool.query<{ serial_number: string; linked_at: string }>(
    'SELECT d.serial_number, e.at AS linked_at FROM device_rows d JOIN enrollments e ON e.id = d.last_enrollment_id ORDER BY 1',
  );
  const latest = await pool.query<{ serial_number: string; at: string }>(
    'SELECT serial_number, at FROM enrollments WHERE id IN (SELECT MAX(id) FROM enrollments GROUP BY serial_number) ORDER BY 1',
  );
  assert.deepEqual(
    links.map((x) => [x.serial_number, x.linked_at]),
    latest.map((x) => [x.serial_number, x.at]),
  );
});

test('oneWriteInFlight with a gap: a write after an idle spell starts at once; the next waits out the gap, taking what arrived meanwhile', async () => {
  const starts: number[] = [];
  const written: RecordBatch[] = [];
  const write = oneWriteInFlight(async (b) => {
    starts.push(performance.now());
    written.push(b);
  }, 40);
  const first = write(batch({ records: [rec('A', 't1')] }));
  assert.equal(written.length, 1, 'no wait when none ran within the gap');
  await first;
  const more = [write(batch({ records: [rec('B', 't2')] })), write(batch({ records: [rec('C', 't3')] }))];
  assert.equal(written.length, 1, 'within the gap: held');
  await Promise.all(more);
  assert.equal(written.length, 2, 'both as one write');
  assert.deepEqual(
    written[1].records.map((r) => r.serial_number),
    ['B', 'C'],
  );
  assert.ok(starts[1] - starts[0] >= 39, `the second write started ${(starts[1] - starts[0]).toFixed(1)} ms after the first`);
});

test("coalesce: at most N runs at once; what is asked meanwhile goes together (at most M a run); each caller gets its own answer or its run's error", async () => {
  const runs: { asked: number[]; done(fail?: boolean): void }[] = [];
  const double = coalesce<number, number>(
    2,
    3,
    (asked) =>
      new Promise((resolve, reject) => {
        runs.push({ asked, done: (fail) => (fail ? reject(new Error(`run ${asked} failed`)) : resolve(asked.map((a) => a * 2))) });
      }),
  );
  const answers = [1, 2, 3, 4, 5, 6].map((a) => double(a));
  assert.deepEqual(
    runs.map((r) => r.asked),
    [[1], [2]],
    'two at once, each alone while none waited',
  );
  runs[0].done();
  await answers[0];
  await until(async () => runs.length === 3, 5_000, 'the third run');
  assert.deepEqual(runs[2].asked, [3, 4, 5], 'those that waited go together, at most 3');
  runs[1].done(true);
  await assert.rejects(answers[1], /run 2 failed/);
  await until(async () => runs.length === 4, 5_000, 'the fourth run');
  assert.deepEqual(runs[3].asked, [6]);
  runs[2].done();
  runs[3].done();
  assert.deepEqual(await Promise.all([answers[0], ...answers.slice(2)]), [2, 6, 8, 10, 12]);
});

test('lookupWithRecent gives what lookup and recent give one by one, on SQLite and on PostgreSQL; asked 40 at once on PostgreSQL, in fewer statements', {
  timeout: 120_000,
}, async () => {
  const url = await freshDatabase();
  const pool = openPool({ url, poolSize: 4 });
  after(() => pool.end());
  await migratePostgres(pool);
  const db = openDatabase(join(tempDir(), 'a.db'));
  after(() => db.close());
  const at = (m: number) => new Date(Date.UTC(2026, 11, 2, 10, m)).toISOString();
  // a live device, one deleted under another token with a live row too, one only deleted, and records in and out of the window
  const devices = [
    ['main', 'F2LXL0', null, at(1)],
    ['main', 'F2LXL1', at(2), at(5)],
    ['other', 'F2LXL1', null, at(3)],
    ['main', 'F2LXL2', at(4), at(4)],
  ];
  const records = [
    ['F2LXL0', at(10), 'served'],
    ['F2LXL0', at(20), 'served'],
    ['F2LXL0', at(21), 'os_update_required'],
    ['F2LXL1', at(5), 'served'],
    ['F2LXL2', at(30), 'refused'],
  ];
  const insDev = db.prepare(
    `INSERT INTO device_rows (token, serial_number, deleted_at, last_seen, first_seen, raw_json) VALUES (?, ?, ?, ?, ?, '{"os":"iOS","device_family":"iPad","model":"iPad Pro"}')`,
  );
  const insRec = db.prepare("INSERT INTO enrollments (serial_number, at, decision, flow) VALUES (?, ?, ?, 'ade')");
  for (const d of devices) {
    insDev.run(...d, at(0));
    await pool.query(
      `INSERT INTO device_rows (token, serial_number, deleted_at, last_seen, first_seen, raw_json) VALUES ($1, $2, $3, $4, $5, '{"os":"iOS","device_family":"iPad","model":"iPad Pro"}')`,
      [...d, at(0)],
    );
  }
  for (const r of records) {
    insRec.run(...r);
    await pool.query("INSERT INTO enrollments (serial_number, at, decision, flow) VALUES ($1, $2, $3, 'ade')", r);
  }
  let statements = 0;
  const counted = {
    ...pool,
    query: ((...a: Parameters<typeof pool.query>) => {
      statements++;
      return pool.query(...a);
    }) as typeof pool.query,
  };
  const engines = { sqlite: createSqliteEnrollmentStore(db), postgresql: createPgEnrollmentStore(counted) };
  const asked = ['F2LXL0', 'F2LXL1', 'F2LXL2', 'F2LXNONE'].flatMap((s) => [at(0), at(15), at(59)].map((since) => [s, since] as const));
  const want = await Promise.all(
    asked.map(async ([s, since]) => ({ device: await engines.sqlite.lookup(s), recent: { ...(await engines.sqlite.recent(s, since)) } })),
  );
  assert.equal(want[0].device?.token, 'main');
  assert.equal(want[3].device?.token, 'other', 'a live row wins over a deleted one');
  assert.equal(want[9].device, undefined);
  assert.deepEqual(want[1].recent, { served: 1, other: 1, oldest_served_at: at(20) });
  for (const [name, store] of Object.entries(engines)) {
    const one = [];
    for (const [s, since] of asked) one.push(await store.lookupWithRecent(s, since));
    assert.deepEqual(
      one.map((x) => ({ device: x.device && { ...x.device }, recent: { ...x.recent } })),
      want.map((x) => ({ device: x.device && { ...x.device }, recent: x.recent })),
      `${name}: one at a time`,
    );
  }
  statements = 0;
  const together = await Promise.all(Array.from({ length: 40 }, (_, i) => engines.postgresql.lookupWithRecent(...asked[i % asked.length])));
  assert.deepEqual(
    together.map((x) => ({ device: x.device && { ...x.device }, recent: { ...x.recent } })),
    Array.from({ length: 40 }, (_, i) => ({
      device: want[i % want.length].device && { ...want[i % want.length].device },
      recent: want[i % want.length].recent,
    })),
    'postgresql: 40 at once, each its own answer',
  );
  assert.ok(statements < 40, `40 lookups took ${statements} statements`);
});
