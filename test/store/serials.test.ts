import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { copyFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { openDatabase, MIGRATIONS_DIR } from '../../src/store/db.ts';
import { deviceStatements } from '../../src/store/devices.ts';
import { SerialSet, hasSerialIndex, dropSerialIndexIfEmpty, ensureSerialIndex } from '../../src/store/serials.ts';
import { tempDir } from '../helpers/tmp.ts';

test('SerialSet: every repeat is caught, and 300,000 distinct serials raise no false alarm', () => {
  const set = new SerialSet();
  const serials = new Set<string>();
  while (serials.size < 300_000) serials.add(randomBytes(6).toString('hex').toUpperCase());
  for (const s of serials) assert.equal(set.add(s), true, s);
  assert.equal(set.size, 300_000, 'grown past its first table without losing an entry');
  let i = 0;
  for (const s of serials) { if (i++ % 7 === 0) assert.equal(set.add(s), false, `${s} again`); }
  assert.equal(set.add(''), true);
  assert.equal(set.add(''), false);
  // serials that differ in one character, or only by order, are different
  const near = new SerialSet();
  for (const s of ['C02AB1', 'C02AB2', 'C02BA1', '1BA20C', 'c02ab1']) assert.equal(near.add(s), true, s);
});

test('the serial index is dropped only from an empty table, and built again on demand', () => {
  const db = openDatabase(join(tempDir(), 'a.db'));
  const dev = deviceStatements(db);  // prepared with the index there, as a sync run does
  assert.ok(hasSerialIndex(db));
  assert.equal(dropSerialIndexIfEmpty(db), true);
  assert.equal(hasSerialIndex(db), false);
  assert.equal(typeof dev.insertNew('t', 'S1', 'empty', null, '{}', 'now', 1), 'number', 'inserts work without it');
  ensureSerialIndex(db);
  assert.ok(hasSerialIndex(db));
  assert.equal(dropSerialIndexIfEmpty(db), false, 'a device is stored: the index stays');
  assert.ok(hasSerialIndex(db));
  assert.equal(dev.insertNew('t', 'S1', 'empty', null, '{}', 'now', 1), undefined, 'and it refuses the repeat again');
  db.close();
});

test('migration 004 turns the inline (serial, token) constraint into the named index, keeping rows, ids and the view', () => {
  const dir = tempDir();
  const old = join(dir, 'migrations-v3');
  mkdirSync(old);
  for (const f of ['001_init.sql', '002_policy.sql', '003_events_by_device.sql']) copyFileSync(join(MIGRATIONS_DIR, f), join(old, f));
  const path = join(dir, 'a.db');
  const v3 = openDatabase(path, { migrationsDir: old });
  v3.prepare("INSERT INTO devices (token, serial_number, model, os) VALUES ('main', 'C02AAA', 'MacBook Air', 'OSX')").run();
  v3.prepare("INSERT INTO devices (token, serial_number, model) VALUES ('school', 'C02AAA', 'iPad')").run();
  v3.prepare("UPDATE device_rows SET deleted_at = 'then', last_enrollment_id = 9 WHERE token = 'school'").run();
  const before = v3.prepare('SELECT * FROM devices ORDER BY id').all();
  assert.ok(v3.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_autoindex_device_rows_1'").get());
  v3.close();

  const db = openDatabase(path);
  assert.deepEqual(db.prepare('SELECT * FROM devices ORDER BY id').all(), before, 'every row and id, seen through the view');
  assert.equal(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_autoindex_device_rows_1'").get(), undefined);
  assert.ok(hasSerialIndex(db));
  assert.ok(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'device_rows_status'").get());
  assert.equal((db.pragma('integrity_check') as { integrity_check: string }[])[0].integrity_check, 'ok');
  // still unique, still the upsert's conflict target, and the view's triggers still write the table
  assert.throws(() => db.prepare("INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen) VALUES ('main', 'C02AAA', '{}', 'x', 'x')").run(), /UNIQUE/);
  const id = (deviceStatements(db).upsert.get({ token: 'main', serial_number: 'C02AAA', profile_status: 'assigned', profile_uuid: 'U', raw_json: '{}', first_seen: 'x', last_seen: 'y', deleted_at: null, seen_fetch_run: null }) as { id: number }).id;
  assert.equal(id, (before[0] as { id: number }).id);
  db.prepare("INSERT INTO devices (token, serial_number, model) VALUES ('main', 'NEW1', 'iMac')").run();
  assert.equal((db.prepare("SELECT model FROM devices WHERE serial_number = 'NEW1'").get() as { model: string }).model, 'iMac');
  db.close();
});
