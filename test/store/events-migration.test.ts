import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { copyFileSync, mkdirSync } from 'node:fs';
import { openDatabase, MIGRATIONS_DIR } from '../../src/store/db.ts';
import { deviceDetail } from '../../src/store/report.ts';
import { tempDir } from '../helpers/tmp.ts';

test('migration 003 ties every existing event to its device row, and device SERIAL still lists them', () => {
  const dir = tempDir();
  const old = join(dir, 'migrations-v2');
  mkdirSync(old);
  for (const f of ['001_init.sql', '002_policy.sql']) copyFileSync(join(MIGRATIONS_DIR, f), join(old, f));
  const path = join(dir, 'a.db');
  const v2 = openDatabase(path, { migrationsDir: old });
  const add = v2.prepare("INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen) VALUES (?, ?, '{}', 'now', 'now')");
  const a = Number(add.run('main', 'C02AAA').lastInsertRowid);
  const b = Number(add.run('school', 'C02AAA').lastInsertRowid);
  const ev = v2.prepare("INSERT INTO device_events (token, serial_number, at, kind) VALUES (?, ?, 'now', ?)");
  ev.run('main', 'C02AAA', 'added');
  ev.run('school', 'C02AAA', 'added');
  ev.run('main', 'C02AAA', 'modified');
  ev.run('main', 'OTHER', 'added');
  v2.close();

  const db = openDatabase(path);
  const rows = db.prepare('SELECT serial_number, token, kind, device_id FROM device_events ORDER BY id').all();
  assert.deepEqual(
    rows.map((r) => ({ ...(r as object) })),
    [
      { serial_number: 'C02AAA', token: 'main', kind: 'added', device_id: a },
      { serial_number: 'C02AAA', token: 'school', kind: 'added', device_id: b },
      { serial_number: 'C02AAA', token: 'main', kind: 'modified', device_id: a },
      { serial_number: 'OTHER', token: 'main', kind: 'added', device_id: null },
    ],
  );
  assert.deepEqual(
    deviceDetail(db, 'C02AAA').events.map((e) => {
      const x = e as unknown as { kind: string; token: string };
      return `${x.kind}@${x.token}`;
    }),
    ['modified@main', 'added@school', 'added@main'],
  );
  const plan = (
    db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM device_events WHERE device_id IN (SELECT id FROM device_rows WHERE serial_number = 'x') ORDER BY id DESC LIMIT 100",
      )
      .all() as { detail: string }[]
  )
    .map((r) => r.detail)
    .join(' | ');
  assert.match(plan, /device_events_device/);
  db.close();
});
