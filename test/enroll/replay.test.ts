import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { enrollmentSchema } from '../../src/config/schema.ts';
import { createEnrollmentServer } from '../../src/enroll/server.ts';
import { createServeLimit, serveVerdict, tooManyMessage, type PerDeviceLimit } from '../../src/enroll/replay.ts';
import { createMetrics } from '../../src/daemon/metrics.ts';
import { openDatabase } from '../../src/store/db.ts';
import { cmsSign, machineInfoXml, makeTestPki } from '../cms/testpki.ts';
import { cliAsync, until } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const LIMIT: PerDeviceLimit = { profiles: 3, per_minutes: 60 };
const T = Date.parse('2026-12-02T10:00:00Z');
const VERDICTS: { name: string; served: number; oldest: string | null; want: ReturnType<typeof serveVerdict> }[] = [
  { name: 'first profile', served: 0, oldest: null, want: { ok: true, repeat: false } },
  { name: 'a retry under the limit is a repeat', served: 1, oldest: '2026-12-02T09:59:00Z', want: { ok: true, repeat: true } },
  { name: 'the last one allowed', served: 2, oldest: '2026-12-02T09:30:00Z', want: { ok: true, repeat: true } },
  { name: 'at the limit: refused until the oldest leaves the window', served: 3, oldest: '2026-12-02T09:30:00Z', want: { ok: false, retryAfterSeconds: 1800 } },
  {
    name: 'over the limit (other nodes), oldest about to leave: at least 1 s',
    served: 7,
    oldest: '2026-12-02T09:00:00.200Z',
    want: { ok: false, retryAfterSeconds: 1 },
  },
  { name: 'at the limit with all still in flight (oldest unknown): a whole window', served: 3, oldest: null, want: { ok: false, retryAfterSeconds: 3600 } },
];
for (const v of VERDICTS) {
  test(`per-device limit: ${v.name}`, () => assert.deepEqual(serveVerdict(v.served, v.oldest, LIMIT, T), v.want));
}

test('the refusal message says why and when, in minutes', () => {
  assert.match(tooManyMessage(LIMIT, 1800), /received 3 enrollment profiles in the last 60 minutes.*Try again in 30 minutes/);
  assert.match(tooManyMessage(LIMIT, 1), /Try again in 1 minute,/);
});

test('admissions in flight count against the limit until released; records queued count too', async () => {
  const stored = { served: 1, other: 0, oldest_served_at: '2026-12-02T09:59:00Z' };
  let queued = 0;
  const lim = createServeLimit({ limit: LIMIT, now: () => T, recent: () => stored, pending: () => ({ served: queued, other: 0 }) });
  const a = await lim.admit('S');
  assert.ok(a.ok && a.repeat);
  const b = await lim.admit('S');
  assert.ok(b.ok);
  assert.equal((await lim.admit('S')).ok, false, 'two in flight + one stored = 3');
  assert.equal((await lim.admit('OTHER')).ok, true, 'per serial');
  queued = 1; // a's record is queued, then its slot released: still 3
  a.release();
  a.release(); // twice is once
  assert.equal((await lim.admit('S')).ok, false);
  b.release(); // b failed without a record: a slot is free again
  assert.equal((await lim.admit('S')).ok, true);
  assert.equal(await lim.mayRecord('S'), true);
  const full = createServeLimit({
    limit: LIMIT,
    now: () => T,
    recent: () => ({ served: 0, other: 2, oldest_served_at: null }),
    pending: () => ({ served: 0, other: 1 }),
  });
  assert.equal(await full.mayRecord('S'), false, 'other decisions: 2 stored + 1 queued');
});

test('records read with the lookup stand in for the store: not asked again; what is queued and in flight still counts', async () => {
  let asked = 0;
  let queued = 0;
  const lim = createServeLimit({
    limit: LIMIT,
    now: () => T,
    recent: () => {
      asked++;
      return { served: 0, other: 0, oldest_served_at: null };
    },
    pending: () => ({ served: queued, other: 0 }),
  });
  const w = lim.window();
  assert.deepEqual(w, { t: T, since: '2026-12-02T09:00:00.000Z' });
  const read = { t: w.t, stored: { served: 1, other: 2, oldest_served_at: '2026-12-02T09:10:00Z' } };
  const a = await lim.admit('S', read);
  assert.ok(a.ok && a.repeat, 'one stored: a repeat');
  queued = 1;
  assert.equal((await lim.admit('S', read)).ok, false, '1 read + 1 queued + 1 in flight = 3');
  const refused = await lim.admit('S', { ...read, stored: { ...read.stored, served: 3 } });
  assert.deepEqual(refused, { ok: false, retryAfterSeconds: 600 }, 'Retry-After from the read oldest');
  assert.equal(await lim.mayRecord('S', { ...read, stored: { ...read.stored, other: 3 } }), false);
  assert.equal(asked, 0, 'the store was not asked');
  assert.equal(await lim.mayRecord('S'), true, 'without a read: asked');
  assert.equal(asked, 1);
});

test('one device-signed request replayed 300 times: at most the limit served, the rest 403 with a message and Retry-After; counted in metrics and shown by `adesync device`', {
  timeout: 300_000,
}, async () => {
  const pki = makeTestPki();
  const dir = tempDir();
  writeFileSync(join(dir, 'challenge.txt'), 'x\n');
  const dbPath = join(dir, 'adesync.db');
  const db = openDatabase(dbPath);
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO devices (token, serial_number, os, device_family, raw_json, first_seen, last_seen) VALUES ('main', 'F2LXREPLAY01', 'iOS', 'iPhone', '{}', ?, ?)`,
  ).run(now, now);
  const metrics = createMetrics({ defaultMetrics: false });
  const enrollment = {
    listen: '127.0.0.1:0',
    device_ca: { pinned_ca_file: pki.deviceCa, chain_files: [pki.root], i_understand_this_is_not_apple: true },
    per_device_limit: { profiles: 5, per_minutes: 30 },
    profile: {
      payload_identifier: 'com.example.mdm.enroll',
      identity: { type: 'scep', url: 'https://mdm.example.com/scep', challenge_file: join(dir, 'challenge.txt') },
      mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.00000000-1111-2222-3333-444444444444' },
    },
    signing: { cert_file: pki.signer.cert, key_file: pki.signer.key, chain_files: [pki.signer.chain] },
  };
  const srv = createEnrollmentServer({
    config: enrollmentSchema.parse(enrollment),
    db,
    listen: { host: '127.0.0.1', port: 0 },
    workers: 2,
    onRefusal: (c) => metrics.enrollmentRefusal(c),
    onRepeat: (o) => metrics.enrollmentRepeat(o),
    onDecision: (d, ms) => metrics.enrollment(d, ms),
  });
  const { port } = await srv.listen();
  after(() => srv.close().then(() => db.close()));
  const captured = cmsSign(
    pki,
    machineInfoXml({ UDID: '00008101-000A1B2C3D4E001E', SERIAL: 'F2LXREPLAY01', PRODUCT: 'iPhone15,2', VERSION: '22B83', OS_VERSION: '18.1' }),
  );
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  after(() => agent.destroy());
  const send = () =>
    new Promise<{ status: number; retryAfter?: string; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/enroll', agent, headers: { 'content-length': captured.length } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'], body: Buffer.concat(chunks).toString('latin1') }));
      });
      req.on('error', reject);
      req.end(captured);
    });
  // all at once, 32 in flight: the limit must hold while requests race each other to the database
  const answers = await Promise.all(Array.from({ length: 300 }, send));
  const served = answers.filter((a) => a.status === 200);
  const limited = answers.filter((a) => a.status === 403);
  assert.equal(served.length, 5, 'exactly the limit served');
  assert.equal(limited.length, 295, `every other one refused: ${JSON.stringify(answers.filter((a) => a.status !== 200 && a.status !== 403).slice(0, 3))}`);
  for (const a of limited) {
    const j = JSON.parse(a.body) as { code: string; message: string };
    assert.equal(j.code, 'adesync.too_many_enrollments');
    assert.match(j.message, /received 5 enrollment profiles in the last 30 minutes.*Try again in (29|30) minutes/);
    assert.ok(Number(a.retryAfter) > 1700 && Number(a.retryAfter) <= 1800, a.retryAfter);
  }
  const text = await metrics.render();
  assert.match(text, /adesync_enrollment_repeats_total\{outcome="served"\} 4\n/, 'the 4 after the first are repeats');
  assert.match(text, /adesync_enrollment_repeats_total\{outcome="limited"\} 295\n/);
  assert.match(text, /adesync_enrollment_refusals_total\{code="adesync.too_many_enrollments"\} 295\n/);
  assert.match(text, /adesync_enrollment_requests_total\{decision="refused"\} 295\n/);

  const rows = () => (db.prepare("SELECT COUNT(*) AS n FROM enrollments WHERE serial_number = 'F2LXREPLAY01'").get() as { n: number }).n;
  await until(
    () => rows() === 5 && (db.prepare('SELECT SUM(count) AS n FROM enrollment_limited').get() as { n: number | null }).n === 295,
    10_000,
    'records and counts written',
  );
  const configPath = join(dir, 'config.yaml');
  writeFileSync(configPath, `state_dir: ${dir}\ndatabase: ${dbPath}\n`);
  const json = await cliAsync(['--config', configPath, 'device', 'F2LXREPLAY01', '--json']);
  assert.equal(json.code, 0, json.stderr);
  const s = JSON.parse(json.stdout).enrollment_summary;
  assert.deepEqual(
    { ...s, last_served_at: typeof s.last_served_at, limited: s.limited.map((l: { code: string; count: number }) => [l.code, l.count]) },
    {
      records: 5,
      served: 5,
      os_update_required: 0,
      refused: 0,
      last_served_at: 'string',
      repeats: 4,
      limited: [['adesync.too_many_enrollments', 295]],
    },
  );
  const human = await cliAsync(['--config', configPath, 'device', 'F2LXREPLAY01']);
  assert.equal(human.code, 0, human.stderr);
  assert.match(human.stdout, /enrollment summary: 5 record\(s\): served 5, OS update required 0, refused 0/);
  assert.match(human.stdout, /repeats 4 /);
  assert.match(human.stdout, /limited +adesync\.too_many_enrollments 295 times/);
});
