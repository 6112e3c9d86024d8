import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db.ts';
import { createBatchedRecorder } from '../../src/enroll/record.ts';
import { createSqliteEnrollmentStore } from '../../src/store/enrollments.ts';
import { cliAsync } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

test('who enrolled which device: `adesync device SERIAL` and `adesync enrollments` show the user from a real SQLite file', async () => {
  const dir = tempDir();
  const path = join(dir, 'config.yaml');
  writeFileSync(path, `state_dir: ${dir}\nlog_level: warn\n`);
  const db = openDatabase(join(dir, 'adesync.db'));
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO devices (token, serial_number, model, os, device_family, raw_json, first_seen, last_seen) VALUES ('main', ?, 'MacBook Pro', 'OSX', 'Mac', '{}', ?, ?)`,
  ).run('C02BOUND', now, now);
  const recorder = createBatchedRecorder(createSqliteEnrollmentStore(db));
  const ada = { issuer: 'https://idp.example.com', subject: 'sub-ada', email: 'ada@example.com', name: 'Ada Lovelace', groups: ['staff', 'mdm-admins'] };
  const rec = { token: 'main', serial_number: 'C02BOUND', udid: 'UDID-BOUND', decision: 'served' as const, remote_addr: '192.0.2.7' };
  recorder.record({ ...rec, at: '2026-12-01T10:00:00.000Z' });
  recorder.record({ ...rec, at: '2026-12-01T11:00:00.000Z', user: ada, flow: 'webview' });
  recorder.record({ ...rec, serial_number: 'C02ELSE', udid: 'UDID-ELSE', at: '2026-12-01T11:30:00.000Z' });
  await recorder.flush();
  db.close();

  const shown = await cliAsync(['--config', path, 'device', 'c02bound']);
  assert.equal(shown.code, 0, shown.stderr);
  assert.match(shown.stdout, /^enrolled by: Ada Lovelace <ada@example\.com> \(webview, served 2026-12-01T11:00:00\.000Z from 192\.0\.2\.7\)$/m, shown.stdout);
  assert.match(shown.stdout, /^ {2}issuer https:\/\/idp\.example\.com$/m);
  assert.match(shown.stdout, /^ {2}subject sub-ada$/m);
  assert.match(shown.stdout, /^ {2}groups staff, mdm-admins$/m);
  assert.match(shown.stdout, /2026-12-01T11:00:00\.000Z served .* by ada@example\.com \(webview\)/);

  const json = await cliAsync(['--config', path, 'device', 'C02BOUND', '--json']);
  assert.equal(json.code, 0, json.stderr);
  const d = JSON.parse(json.stdout);
  assert.deepEqual(d.enrolled_by.user, ada);
  assert.equal(d.enrolled_by.udid, 'UDID-BOUND');
  assert.equal(d.enrolled_by.flow, 'webview');

  const byUser = await cliAsync(['--config', path, 'enrollments', '--user', 'ADA@example.com']);
  assert.equal(byUser.code, 0, byUser.stderr);
  const lines = byUser.stdout.trim().split('\n');
  assert.equal(lines.length, 2, byUser.stdout);
  assert.match(lines[0], /^AT\s+SERIAL_NUMBER\s+DECISION\s+FLOW\s+USER\s+GROUPS\s+UDID\s+REMOTE_ADDR$/);
  assert.match(lines[1], /C02BOUND\s+served\s+webview\s+Ada Lovelace <ada@example\.com>\s+staff,mdm-admins\s+UDID-BOUND\s+192\.0\.2\.7/);

  const all = JSON.parse((await cliAsync(['--config', path, 'enrollments', '--json'])).stdout) as { serial_number: string; flow: string; user: unknown }[];
  assert.deepEqual(
    all.map((r) => [r.serial_number, r.flow, r.user === null]),
    [
      ['C02ELSE', 'ade', true],
      ['C02BOUND', 'webview', false],
      ['C02BOUND', 'ade', true],
    ],
  );
  const bySerial = JSON.parse((await cliAsync(['--config', path, 'enrollments', '--serial', 'c02bound', '--with-user', '--json'])).stdout) as unknown[];
  assert.equal(bySerial.length, 1);
  const none = await cliAsync(['--config', path, 'device', 'C02ELSE']);
  assert.equal(none.code, 1, 'not a device of ours: the existing answer');

  const bad = await cliAsync(['--config', path, 'enrollments', '--decision', 'maybe']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--decision maybe: expected one of served, os_update_required, refused/);
});
