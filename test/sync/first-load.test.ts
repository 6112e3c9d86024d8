import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../src/store/db.ts';
import { createRuntime } from '../../src/daemon/runtime.ts';
import { silentLogger } from '../../src/log.ts';
import { hasSerialIndex } from '../../src/store/serials.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import type { SimOptions } from '../../src/sim/index.ts';

// A fresh database's first load goes without the (serial, token) index and builds it at the end (src/store/serials.ts).
// These check that the index is really absent while it loads, always back afterwards, and that nothing is stored twice.

const live = (db: DB, token: string) => (db.prepare('SELECT serial_number FROM device_rows WHERE token = ? AND deleted_at IS NULL ORDER BY serial_number').all(token) as { serial_number: string }[]).map((r) => r.serial_number);
const rowsPerSerial = (db: DB) => (db.prepare('SELECT MAX(n) AS m FROM (SELECT COUNT(*) AS n FROM device_rows GROUP BY serial_number, token)').get() as { m: number }).m;

async function setup(opts: SimOptions) {
  const s = await sim(opts);
  const dir = tempDir();
  const { config } = simConfig(s, dir, 'sync:\n  page_limit: 500\n');
  const db = openDatabase(join(dir, 'adesync.db'));
  const rt = createRuntime({ config, db, logger: silentLogger, clientOptions: { sleep: async () => {} } });
  return { s, db, rt, dir };
}
const simSerials = (s: Awaited<ReturnType<typeof sim>>, server: string) => s.control.devices(server).map((d) => d.serial_number).sort();

test('the first load into an empty table runs without the serial index and builds it with its last page', async () => {
  const { s, db, rt } = await setup({ devices: 1800, seed: 3 });
  const during: boolean[] = [];
  const r = await rt.runCycle('sim', { onPage: () => during.push(hasSerialIndex(db)) });
  assert.equal(r.sync.ok, true, JSON.stringify(r.sync.error));
  assert.deepEqual(during.slice(0, 3), [false, false, false], 'no index while the fetch pages are stored');
  assert.equal(during[3], true, 'built in the transaction of the last fetch page');
  assert.ok(hasSerialIndex(db));
  assert.deepEqual(live(db, 'sim'), simSerials(s, 'sim'));
  assert.equal(rowsPerSerial(db), 1);
  const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT id FROM device_rows WHERE serial_number = 'X' AND token = 'sim'").all() as { detail: string }[]).map((x) => x.detail).join();
  assert.match(plan, /device_rows_serial/);
  assert.equal(r.assign?.sent, 1800, 'every device assigned');
});

test('a device Apple lists twice within the first load is stored once, the later record winning', async () => {
  const { s, db, rt } = await setup({ servers: [{ name: 'sim', devices: 1500, seed: 4 }, { name: 'other', devices: 1, seed: 5 }] });
  const first = s.control.devices('sim')[10];
  const during: boolean[] = [];
  const r = await rt.runCycle('sim', {
    onPage: (p) => {
      during.push(hasSerialIndex(db));
      // moved away and back while the fetch runs: Apple's list now has it again at its end
      if (p.page === 1) {
        s.control.moveDevice('sim', 'other', first.serial_number);
        s.control.moveDevice('other', 'sim', first.serial_number);
        s.control.modifyDevice('sim', first.serial_number, { color: 'SKY BLUE' });
      }
    },
  });
  assert.equal(r.sync.ok, true, JSON.stringify(r.sync.error));
  assert.deepEqual(during.slice(0, 3), [false, false, false]);
  // without the hash set the repeat would be a second row, and building the unique index at the end would fail
  assert.equal(rowsPerSerial(db), 1);
  assert.ok(hasSerialIndex(db));
  assert.deepEqual(live(db, 'sim'), simSerials(s, 'sim'));
  const raw = (db.prepare('SELECT raw_json FROM device_rows WHERE serial_number = ?').get(first.serial_number) as { raw_json: string }).raw_json;
  assert.equal(JSON.parse(raw).color, 'SKY BLUE', 'the later record wins');
});

test('a load stopped early leaves the index in place, and the next run finishes the load through it', async () => {
  const { s, db, rt } = await setup({ devices: 1600, seed: 5 });
  const stop = new AbortController();
  const r = await rt.runCycle('sim', { signal: stop.signal, onPage: () => stop.abort() });
  assert.equal(r.sync.stopped, true);
  assert.ok(hasSerialIndex(db), 'back as soon as the run ends');
  assert.equal(live(db, 'sim').length, 500);
  const during: boolean[] = [];
  const again = await rt.runCycle('sim', { onPage: () => during.push(hasSerialIndex(db)) });
  assert.equal(again.sync.ok, true);
  assert.ok(during.every(Boolean), 'a resumed load does not drop it again');
  assert.deepEqual(live(db, 'sim'), simSerials(s, 'sim'));
  assert.equal(rowsPerSerial(db), 1);
});

test('a second token loads with the index kept: other devices are already in the table', async () => {
  const { s, db, rt } = await setup({ servers: [{ name: 'sim', devices: 700, seed: 6 }, { name: 'school', devices: 900, seed: 7 }] });
  await rt.runCycle('sim');
  const during: boolean[] = [];
  const r = await rt.runCycle('school', { onPage: () => during.push(hasSerialIndex(db)) });
  assert.equal(r.sync.ok, true);
  assert.ok(during.length >= 2 && during.every(Boolean));
  assert.deepEqual(live(db, 'school'), simSerials(s, 'school'));
});

test('two tokens loading at once into an empty table: the second run puts the index back and both end exact', async () => {
  const { s, db, rt } = await setup({ servers: [{ name: 'sim', devices: 1200, seed: 8 }, { name: 'school', devices: 1300, seed: 9 }] });
  const [a, b] = await Promise.all([rt.runCycle('sim'), rt.runCycle('school')]);
  assert.equal(a.sync.ok && b.sync.ok, true);
  assert.ok(hasSerialIndex(db));
  assert.deepEqual(live(db, 'sim'), simSerials(s, 'sim'));
  assert.deepEqual(live(db, 'school'), simSerials(s, 'school'));
  assert.equal(rowsPerSerial(db), 1);
});

test('a database left without the index (a crash mid-load) gets it back when a writer opens it', () => {
  const path = join(tempDir(), 'a.db');
  const db = openDatabase(path);
  db.prepare("INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen) VALUES ('t', 'S1', '{}', 'now', 'now')").run();
  db.exec('DROP INDEX device_rows_serial');
  db.close();
  const ro = openDatabase(path, { readonly: true });
  assert.equal(hasSerialIndex(ro), false, 'a reader changes nothing');
  ro.close();
  const again = openDatabase(path);
  assert.ok(hasSerialIndex(again));
  assert.throws(() => again.prepare("INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen) VALUES ('t', 'S1', '{}', 'now', 'now')").run(), /UNIQUE/);
  again.close();
});
