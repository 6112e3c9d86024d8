import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { copyFileSync, mkdirSync } from 'node:fs';
import { openDatabase, MIGRATIONS_DIR, type DB } from '../../src/store/db.ts';
import {
  createRecentRecords,
  createRefusalAdder,
  enrollmentSummary,
  latestBinding,
  listEnrollments,
  pruneEnrollments,
  servedFixedFields,
} from '../../src/store/enrollments.ts';
import { createBatchedRecorder } from '../../src/enroll/record.ts';
import { createSqliteEnrollmentStore } from '../../src/store/enrollments.ts';
import { statusReport } from '../../src/store/report.ts';
import { tempDir } from '../helpers/tmp.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-02T12:30:00Z');
const ago = (days: number) => new Date(NOW - days * DAY).toISOString();

test('migration 004 counts existing refusals per hour and code, drops those of no device of ours, keeps the rest', () => {
  const dir = tempDir();
  const old = join(dir, 'migrations-v3');
  mkdirSync(old);
  for (const f of ['001_init.sql', '002_policy.sql', '003_events_by_device.sql']) copyFileSync(join(MIGRATIONS_DIR, f), join(old, f));
  const path = join(dir, 'a.db');
  const v3 = openDatabase(path, { migrationsDir: old });
  const add = v3.prepare('INSERT INTO enrollments (at, token, serial_number, decision, reason) VALUES (?, ?, ?, ?, ?)');
  for (let i = 0; i < 50; i++) add.run('2026-11-30T10:0' + (i % 10) + ':00Z', null, null, 'refused', 'adesync.bad_request: no device information');
  add.run('2026-11-30T10:20:00Z', null, null, 'refused', 'adesync.unsigned: MachineInfo must be CMS-signed');
  add.run('2026-11-30T11:00:00Z', null, 'NOTOURS', 'refused', 'serial not held by any of our tokens');
  add.run('2026-11-30T11:05:00Z', 'main', 'C02OURS', 'refused', 'iOS 15.0 below minimum 17.0; device cannot request an update; policy refuse');
  add.run('2026-11-30T11:06:00Z', 'main', 'C02OURS', 'served', 'ok');
  v3.close();

  const db = openDatabase(path);
  assert.deepEqual(
    db
      .prepare('SELECT hour, code, count FROM enrollment_refusals ORDER BY hour, code')
      .all()
      .map((r) => ({ ...(r as object) })),
    [
      { hour: '2026-11-30T10', code: 'adesync.bad_request', count: 50 },
      { hour: '2026-11-30T10', code: 'adesync.unsigned', count: 1 },
      { hour: '2026-11-30T11', code: 'adesync.refused', count: 2 },
    ],
  );
  assert.deepEqual(
    db
      .prepare('SELECT serial_number, decision FROM enrollments ORDER BY id')
      .all()
      .map((r) => ({ ...(r as object) })),
    [
      { serial_number: 'C02OURS', decision: 'refused' },
      { serial_number: 'C02OURS', decision: 'served' },
    ],
  );
  const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM enrollments WHERE serial_number = 'X' AND at >= '2026'").all() as { detail: string }[])
    .map((r) => r.detail)
    .join();
  assert.match(
    plan,
    /SEARCH enrollments USING (COVERING )?INDEX enrollments_serial \(serial_number=\? AND at>\?\)/,
    'the per-device window is one index range',
  );
  db.close();
});

function seeded(): DB {
  const db = openDatabase(':memory:');
  const add = db.prepare("INSERT INTO enrollments (at, serial_number, decision) VALUES (?, ?, 'served')");
  for (let d = 0; d < 500; d++) add.run(ago(d), `S${d % 7}`); // one record a day for 500 days
  const refusals = createRefusalAdder(db);
  for (let h = 0; h < 24 * 120; h += 6) for (const c of ['adesync.bad_request', 'adesync.unsigned']) refusals(ago(h / 24).slice(0, 13), c, 3);
  const lim = db.prepare("INSERT INTO enrollment_limited (serial_number, code, count, first_at, last_at) VALUES (?, 'adesync.too_many_enrollments', 1, ?, ?)");
  lim.run('OLD', ago(500), ago(450));
  lim.run('NEW', ago(500), ago(1));
  return db;
}

test('retention: records older than retention_days and hourly refusals older than refusal_retention_days go, in batches; recent ones stay', async () => {
  const db = seeded();
  let pauses = 0;
  const r = await pruneEnrollments(db, {
    recordsBefore: ago(400),
    refusalsBefore: ago(90),
    batch: 16,
    pause: async () => {
      pauses++;
    },
  });
  assert.deepEqual(r, { records: 99, refusals: 30 * 4 * 2 - 2, limited: 1 }); // days 401..499; hours of days 90.25..119.75
  assert.ok(pauses >= Math.ceil(99 / 16), `yielded between batches (${pauses})`);
  const oldest = (db.prepare('SELECT MIN(at) AS at FROM enrollments').get() as { at: string }).at;
  assert.ok(oldest >= ago(400), oldest);
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM enrollments').get() as { n: number }).n, 401);
  assert.ok((db.prepare('SELECT MIN(hour) AS h FROM enrollment_refusals').get() as { h: string }).h >= ago(90).slice(0, 13));
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM enrollment_refusals').get() as { n: number }).n, 90 * 4 * 2 + 2);
  assert.deepEqual(
    db
      .prepare('SELECT serial_number FROM enrollment_limited')
      .all()
      .map((x) => (x as { serial_number: string }).serial_number),
    ['NEW'],
  );
  assert.deepEqual(
    await pruneEnrollments(db, { recordsBefore: ago(400), refusalsBefore: ago(90) }),
    { records: 0, refusals: 0, limited: 0 },
    'nothing left to do',
  );
  const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT id FROM enrollments WHERE at < ? ORDER BY at LIMIT ?').all('x', 1) as { detail: string }[])
    .map((x) => x.detail)
    .join();
  assert.match(plan, /USING (COVERING )?INDEX enrollments_at/, 'deletes walk the time index, never the table');
});

test("a serial's window counts and summary; status counts every refusal of the last 24 h from the hourly table", () => {
  const db = seeded();
  const recent = createRecentRecords(db);
  assert.deepEqual({ ...recent('S0', ago(15)) }, { served: 3, other: 0, oldest_served_at: ago(14) }); // days 0, 7, 14
  db.prepare("INSERT INTO enrollments (at, serial_number, decision) VALUES (?, 'S0', 'os_update_required')").run(ago(0.01));
  assert.equal(recent('S0', ago(1)).other, 1);
  const s = enrollmentSummary(db, 'S0', 60 * 24 * 8);
  assert.equal(s.records, 73);
  assert.equal(s.os_update_required, 1);
  assert.equal(s.repeats, 71, 'each served a week after the last: within an 8-day window');
  assert.equal(enrollmentSummary(db, 'S0', 60).repeats, 0);
  const report = statusReport(db, null, new Date(NOW));
  // hours of the last 24 h plus the current one: every 6 h × 2 codes × 3
  assert.deepEqual(report.enrollments_24h, { os_update_required: 1, refused: 5 * 2 * 3, served: 2 });
});

test('binding records: the batched recorder writes the user beside serial and UDID in its transaction; reads give it back', async () => {
  const db = openDatabase(':memory:');
  const recorder = createBatchedRecorder(createSqliteEnrollmentStore(db));
  const ada = { issuer: 'https://idp.example.com', subject: 'sub-ada', email: 'Ada@Example.com', name: 'Ada Lovelace', groups: ['staff', 'mdm-admins'] };
  const base = { token: 'main', serial_number: 'C02BOUND', udid: 'UDID-1', decision: 'served' as const, remote_addr: '192.0.2.7' };
  recorder.record({ ...base, at: '2026-12-01T10:00:00.000Z' }); // a plain ADE POST first
  recorder.record({ ...base, at: '2026-12-01T11:00:00.000Z', user: ada }); // the web view's (flow defaults to webview)
  recorder.record({ ...base, at: '2026-12-01T12:00:00.000Z', user: { ...ada, subject: 'sub-bob', email: undefined, name: 'Bob', groups: [] }, flow: 'psso' });
  recorder.record({ ...base, serial_number: 'C02OTHER', udid: 'UDID-2', at: '2026-12-01T12:30:00.000Z', user: ada, flow: 'ota' });
  await recorder.flush();

  const latest = latestBinding(db, 'C02BOUND');
  assert.equal(latest?.flow, 'psso');
  assert.deepEqual(latest?.user, { issuer: 'https://idp.example.com', subject: 'sub-bob', name: 'Bob', groups: [] });
  assert.equal(latest?.udid, 'UDID-1');
  assert.equal(latestBinding(db, 'C02NOBODY'), undefined);

  const plain = listEnrollments(db, { serial: 'C02BOUND', limit: 10 }).at(-1)!;
  assert.equal(plain.flow, 'ade');
  assert.equal(plain.user, null, 'no login: no user, not an empty one');

  const byEmail = listEnrollments(db, { user: 'ada@example.COM', limit: 10 });
  assert.deepEqual(
    byEmail.map((r) => [r.serial_number, r.flow, r.user?.groups]),
    [
      ['C02OTHER', 'ota', ['staff', 'mdm-admins']],
      ['C02BOUND', 'webview', ['staff', 'mdm-admins']],
    ],
    'email in any case, newest first',
  );
  assert.deepEqual(
    listEnrollments(db, { user: 'sub-bob', limit: 10 }).map((r) => r.at),
    ['2026-12-01T12:00:00.000Z'],
  );
  assert.deepEqual(
    listEnrollments(db, { user: 'sub-ada', serial: 'C02OTHER', limit: 10 }).map((r) => r.serial_number),
    ['C02OTHER'],
  );
  assert.equal(listEnrollments(db, { withUser: true, limit: 10 }).length, 3);
  assert.equal(listEnrollments(db, { limit: 2 }).length, 2);

  // --user goes through the partial indexes, never a scan of every enrollment
  const plan = (
    db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM enrollments WHERE user_subject = 'x' UNION SELECT id FROM enrollments WHERE lower(user_email) = lower('x') AND user_email IS NOT NULL`,
      )
      .all() as { detail: string }[]
  )
    .map((r) => r.detail)
    .join('\n');
  assert.match(plan, /USING (COVERING )?INDEX enrollments_user_subject/, plan);
  assert.match(plan, /USING (COVERING )?INDEX enrollments_user_email/, plan);
  assert.doesNotMatch(plan, /SCAN enrollments\b(?! USING)/, plan);
  db.close();
});

test('served fixed fields: one row per distinct set, first and last served kept to the minute, one write a minute', async () => {
  const db = openDatabase(':memory:');
  const recorder = createBatchedRecorder(createSqliteEnrollmentStore(db));
  const a = JSON.stringify({ PayloadIdentifier: 'com.example.mdm.enroll', ServerURL: 'https://mdm.example.com/mdm' });
  const b = JSON.stringify({ PayloadIdentifier: 'com.example.mdm.enroll', ServerURL: 'https://mdm.example.com/other' });
  recorder.servedFixed(a, '2026-12-01T10:00:00.000Z');
  recorder.servedFixed(a, '2026-12-01T10:00:30.000Z'); // within the minute: not written again
  await recorder.flush();
  recorder.servedFixed(a, '2026-12-01T10:00:50.000Z');
  await recorder.flush();
  assert.deepEqual(servedFixedFields(db), [{ fields: JSON.parse(a), first_served_at: '2026-12-01T10:00:00.000Z', last_served_at: '2026-12-01T10:00:00.000Z' }]);
  recorder.servedFixed(a, '2026-12-01T10:01:01.000Z');
  recorder.servedFixed(b, '2026-12-01T10:01:02.000Z');
  await recorder.flush();
  assert.deepEqual(
    servedFixedFields(db).map((r) => [r.fields.ServerURL, r.first_served_at, r.last_served_at]),
    [
      ['https://mdm.example.com/other', '2026-12-01T10:01:02.000Z', '2026-12-01T10:01:02.000Z'],
      ['https://mdm.example.com/mdm', '2026-12-01T10:00:00.000Z', '2026-12-01T10:01:01.000Z'],
    ],
  );
  db.close();
});
