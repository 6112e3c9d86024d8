import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { openDatabase, schemaVersion, loadMigrations, SchemaTooNewError, MIGRATIONS_DIR } from '../../src/store/db.ts';
import { tempDir } from '../helpers/tmp.ts';

test('a new database file is created in WAL mode with every migration recorded', () => {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'a.db'));
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(schemaVersion(db), loadMigrations().at(-1)!.version);
  assert.ok(db.prepare("SELECT 1 FROM sqlite_master WHERE type='view' AND name='devices'").get(), 'the devices view');
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type='table'")
    .all()
    .map((r: any) => r.name);
  for (const t of ['tokens', 'device_rows', 'cursors', 'profiles', 'assignments', 'device_events', 'sync_runs', 'enrollments'])
    assert.ok(tables.includes(t), t);
  db.close();
  // reopening applies nothing new
  const again = openDatabase(join(dir, 'a.db'));
  assert.equal((again.prepare('SELECT COUNT(*) n FROM schema_migrations').get() as any).n, loadMigrations().length);
  again.close();
});

test('a database whose schema is newer than the code is refused with a clear error', () => {
  const dir = tempDir();
  const mig = join(dir, 'mig');
  mkdirSync(mig);
  for (const m of loadMigrations()) copyFileSync(join(MIGRATIONS_DIR, m.name), join(mig, m.name));
  writeFileSync(join(mig, '999_future.sql'), 'CREATE TABLE future (x);');
  openDatabase(join(dir, 'b.db'), { migrationsDir: mig }).close();
  assert.throws(
    () => openDatabase(join(dir, 'b.db')),
    (e: unknown) => e instanceof SchemaTooNewError && /schema version 999/.test((e as Error).message),
  );
});

test('a failing migration rolls back and leaves the version where it was', () => {
  const dir = tempDir();
  const mig = join(dir, 'mig');
  mkdirSync(mig);
  writeFileSync(join(mig, '001_a.sql'), 'CREATE TABLE a (x);');
  writeFileSync(join(mig, '002_b.sql'), 'CREATE TABLE b (x); THIS IS NOT SQL;');
  assert.throws(() => openDatabase(join(dir, 'c.db'), { migrationsDir: mig }));
  const db = openDatabase(join(dir, 'c.db'), { migrationsDir: mig, migrate: false });
  assert.equal(schemaVersion(db), 1);
  assert.equal((db.prepare("SELECT COUNT(*) n FROM sqlite_master WHERE name='b'").get() as { n: number }).n, 0);
});
