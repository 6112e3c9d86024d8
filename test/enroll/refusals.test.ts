import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { enrollmentSchema } from '../../src/config/schema.ts';
import { createEnrollmentServer } from '../../src/enroll/server.ts';
import { createRefusals, refusalCode, REFUSAL_CODES } from '../../src/enroll/refusals.ts';
import { createLogLimiter } from '../../src/log.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase } from '../../src/store/db.ts';
import { cmsSign, machineInfoXml, makeTestPki } from '../cms/testpki.ts';
import { until } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';
import { figure, size } from '../proof/lib.ts';

// [at ms, key] → what hit() says; one limiter per row group, interval 60 s
const HITS: { name: string; steps: [number, string, 'log' | 'quiet', number?][] }[] = [
  { name: 'first hit logs, with nothing suppressed', steps: [[0, 'a', 'log', 0]] },
  {
    name: 'hits within the interval are suppressed',
    steps: [
      [0, 'a', 'log', 0],
      [1, 'a', 'quiet'],
      [59_999, 'a', 'quiet'],
    ],
  },
  {
    name: 'the first hit after the interval logs the count suppressed',
    steps: [
      [0, 'a', 'log', 0],
      [5, 'a', 'quiet'],
      [6, 'a', 'quiet'],
      [60_000, 'a', 'log', 2],
      [60_001, 'a', 'quiet'],
    ],
  },
  {
    name: 'keys are independent',
    steps: [
      [0, 'a', 'log', 0],
      [1, 'b', 'log', 0],
      [2, 'a', 'quiet'],
      [3, 'b', 'quiet'],
      [4, 'c', 'log', 0],
    ],
  },
  {
    name: 'a quiet key logs again after the interval with zero suppressed',
    steps: [
      [0, 'a', 'log', 0],
      [120_000, 'a', 'log', 0],
    ],
  },
];

for (const row of HITS) {
  test(`log limiter: ${row.name}`, () => {
    const l = createLogLimiter(60_000);
    for (const [at, key, want, suppressed] of row.steps) {
      const h = l.hit(key, at);
      assert.equal(h.log ? 'log' : 'quiet', want, `${key} at ${at}`);
      if (h.log) assert.equal(h.suppressed, suppressed, `${key} at ${at}: suppressed`);
    }
  });
}

test('log limiter: due() reports each key whose interval ended with suppressed hits, once, and forgets quiet keys', () => {
  const l = createLogLimiter(60_000);
  l.hit('a', 0);
  l.hit('a', 1);
  l.hit('a', 2); // 2 suppressed
  l.hit('b', 0); // none suppressed
  l.hit('c', 30_000);
  l.hit('c', 30_001); // interval not over at 60 s
  assert.deepEqual(l.due(59_999), []);
  assert.deepEqual(l.due(60_000), [{ key: 'a', suppressed: 2 }]);
  assert.deepEqual(l.due(60_001), [], 'reported once');
  assert.deepEqual(l.due(90_000), [{ key: 'c', suppressed: 1 }]);
  // after its summary, a's interval restarted at 60 s: a hit inside it is suppressed, one after it logs with the count
  assert.deepEqual(l.hit('a', 100_000), { log: false });
  assert.deepEqual(l.hit('a', 120_000), { log: true, suppressed: 1 });
  assert.deepEqual(l.hit('b', 60_000), { log: true, suppressed: 0 }, 'b was forgotten, then logs afresh');
});

test('refusal codes: ours pass as they are; anything else is "other" (bounded metric labels and table keys)', () => {
  for (const c of REFUSAL_CODES) assert.equal(refusalCode(c), c);
  for (const c of ['', 'Adesync.X', 'adesync.x y', 'a'.repeat(65), 'adesync.unsigned\n', '{"x":1}']) assert.equal(refusalCode(c), 'other', JSON.stringify(c));
});

test('createRefusals: every refusal counted and reported to the metric hook; one log line per code per interval, then a summary', () => {
  const counted: string[] = [];
  const hooked: string[] = [];
  const lines: Record<string, unknown>[] = [];
  let now = 0;
  const r = createRefusals({
    recorder: { refusal: (c) => counted.push(c) },
    intervalMs: 60_000,
    now: () => now,
    onRefusal: (c) => hooked.push(c),
    logger: createLogger({ level: 'info', sink: (l) => lines.push(JSON.parse(l)) }),
  });
  for (let i = 0; i < 1000; i++) {
    now = i;
    r.refuse(i % 2 ? 'adesync.unsigned' : 'adesync.bad_request', { remote: '192.0.2.1' });
  }
  r.count('adesync.challenge_unavailable');
  assert.equal(counted.length, 1001);
  assert.deepEqual(hooked, counted);
  assert.equal(lines.length, 2, 'one line per code');
  now = 61_000;
  r.refuse('adesync.unsigned', {});
  assert.equal(lines.at(-1)!.not_logged_since_last, 499);
  r.close();
  assert.deepEqual(
    lines.slice(3).map((l) => [l.msg, l.code, l.count]),
    [['enrollment refusals not logged one by one', 'adesync.bad_request', 499]],
  );
});

/**
 * The flood: 5,000 (large: 20,000) empty and garbage POSTs, with served and OS-update enrollments interleaved. Before
 * this change each refusal wrote an enrollments row and a log line (20,000 → +4.7 MB, 20,000 lines). Now the database
 * grows by O(reason codes × hours) rows and the log by one line per code per minute.
 */
const FLOOD = size(5_000, 20_000);

test(`a flood of ${FLOOD} unauthenticated requests adds a bounded number of rows, bytes and log lines; valid decisions are still recorded`, {
  timeout: size(180_000, 600_000),
}, async () => {
  const pki = makeTestPki();
  const dir = tempDir();
  writeFileSync(join(dir, 'challenge.txt'), 'x\n');
  const db = openDatabase(join(dir, 'adesync.db'));
  const now = new Date().toISOString();
  const addDevice = db.prepare(
    `INSERT INTO devices (token, serial_number, os, device_family, raw_json, first_seen, last_seen) VALUES ('main', ?, 'iOS', 'iPhone', '{}', ?, ?)`,
  );
  const lines: string[] = [];
  let logBytes = 0;
  const logger = createLogger({
    level: 'info',
    sink: (l) => {
      lines.push(l);
      logBytes += l.length + 1;
    },
  });
  const config = enrollmentSchema.parse({
    listen: '127.0.0.1:0',
    device_ca: { pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true },
    minimum_os: { iOS: { version: '17.0' } },
    profile: {
      payload_identifier: 'com.example.mdm.enroll',
      identity: { type: 'scep', url: 'https://mdm.example.com/scep', challenge_file: join(dir, 'challenge.txt') },
      mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
    },
    signing: { cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] },
  });
  const srv = createEnrollmentServer({ config, db, logger, listen: { host: '127.0.0.1', port: 0 }, workers: 1 });
  const { port } = await srv.listen();
  after(() => srv.close().then(() => db.close()));
  const mi = (o: Record<string, unknown>) =>
    machineInfoXml({
      UDID: '00008101-000A1B2C3D4E001E',
      SERIAL: 'F2LXK0Q0HG7F',
      PRODUCT: 'iPhone15,2',
      VERSION: '22B83',
      OS_VERSION: '18.1',
      LANGUAGE: 'en-US',
      MDM_CAN_REQUEST_SOFTWARE_UPDATE: true,
      ...o,
    });
  // a device of ours per interleaved pair, each served once and told to update once (the per-device limit stays out of it)
  const pairs = Array.from({ length: Math.ceil(FLOOD / 1000) }, (_, i) => {
    const SERIAL = `F2LXK0Q0H${String(i).padStart(3, '0')}`;
    addDevice.run(SERIAL, now, now);
    return [cmsSign(pki, mi({ SERIAL })), cmsSign(pki, mi({ SERIAL, OS_VERSION: '16.4', VERSION: '20E247' }))];
  });
  const unknown = cmsSign(pki, mi({ SERIAL: 'NOTOURS00001' }));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  after(() => agent.destroy());
  const send = (body: Buffer) =>
    new Promise<number>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/enroll', agent, headers: { 'content-length': body.length } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      });
      req.on('error', () => resolve(0));
      req.end(body);
    });
  const garbage = [Buffer.alloc(0), Buffer.from('garbage'), machineInfoXml({ SERIAL: 'X' }), Buffer.from([0x30, 0x82, 0x01, 0x00, 0x06]), unknown];
  const pageBytes = () => (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  const rows = () => (db.prepare('SELECT COUNT(*) AS n FROM enrollments').get() as { n: number }).n;
  const bytes0 = pageBytes();
  const lines0 = lines.length;
  const statuses: Record<string, number> = {};
  const validStatuses: number[] = [];
  let next = 0;
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < FLOOD) {
        const i = next++;
        if (i % 1000 === 0) {
          const [valid, oldOs] = pairs[i / 1000];
          validStatuses.push(await send(valid), await send(oldOs));
          continue;
        }
        const s = await send(garbage[i % garbage.length]);
        statuses[s] = (statuses[s] ?? 0) + 1;
      }
    }),
  );
  const secs = (Date.now() - t0) / 1000;
  await until(() => rows() === validStatuses.length, 10_000, 'the valid decisions to be recorded');
  const grew = pageBytes() - bytes0;
  const refusalLines = lines.slice(lines0).filter((l) => l.includes('"msg":"enrollment refused"')).length;
  const hourly = db.prepare('SELECT hour, code, count FROM enrollment_refusals').all() as { hour: string; code: string; count: number }[];
  figure(
    `refusal flood: ${FLOOD} requests in ${secs.toFixed(1)} s ${JSON.stringify(statuses)}; database +${grew} bytes, ${rows()} enrollment rows, ` +
      `${hourly.length} hourly rows; log ${lines.length - lines0} lines (${refusalLines} "enrollment refused"), ${logBytes} bytes in all`,
  );
  assert.deepEqual(
    Object.keys(statuses).filter((s) => !/^4\d\d$/.test(s)),
    [],
    'every garbage request got a 4xx',
  );
  assert.deepEqual(
    validStatuses,
    validStatuses.map((_, i) => (i % 2 ? 403 : 200)),
    'served and OS update answered as usual',
  );
  const recorded = db.prepare('SELECT decision, COUNT(*) AS n FROM enrollments GROUP BY decision ORDER BY decision').all();
  assert.deepEqual(
    recorded,
    [
      { decision: 'os_update_required', n: validStatuses.length / 2 },
      { decision: 'served', n: validStatuses.length / 2 },
    ],
    'only the valid decisions have rows',
  );
  // O(codes × hours): 4 codes here, the flood may straddle an hour boundary
  assert.ok(hourly.length <= 4 * 2, JSON.stringify(hourly));
  assert.equal(
    hourly.reduce((a, r) => a + r.count, 0),
    Object.values(statuses).reduce((a, b) => a + b, 0),
    'every refusal counted',
  );
  assert.ok(grew <= 64 * 1024, `database grew ${grew} bytes (before this change: ~236 bytes a refusal, 4.7 MB for 20,000)`);
  // one line per code per minute, plus the interleaved valid ones
  assert.ok(refusalLines <= 4 * (1 + Math.ceil(secs / 60)), `${refusalLines} refusal lines`);
  assert.ok(lines.length - lines0 < 50 + validStatuses.length, `${lines.length - lines0} log lines`);
});
