import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { openDatabase } from '../../src/store/db.ts';
import { startBackground, FALLBACK_AUTOCHECKPOINT } from '../../src/store/background.ts';
import { tempDir } from '../helpers/tmp.ts';

test('the background thread copies the WAL into the database file while the writer never checkpoints', async () => {
  const path = join(tempDir(), 'a.db');
  const db = openDatabase(path);
  const bg = startBackground(db, { intervalMs: 20 });
  assert.equal(db.pragma('wal_autocheckpoint', { simple: true }) as number, FALLBACK_AUTOCHECKPOINT);
  const before = statSync(path).size;
  const ins = db.prepare("INSERT INTO enrollments (at, decision, reason) VALUES ('now', 'refused', ?)");
  db.transaction(() => {
    for (let i = 0; i < 5000; i++) ins.run('x'.repeat(200));
  })();
  // 5000 rows of ~250 bytes: about 1.2 MB that only a checkpoint moves from -wal into the database file
  const deadline = Date.now() + 10_000;
  while (statSync(path).size < before + 1_000_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  assert.ok(statSync(path).size >= before + 1_000_000, `database file ${statSync(path).size} bytes: the WAL was not checkpointed`);
  await bg.stop();
  await bg.stop(); // idempotent
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM enrollments').get() as { n: number }).n, 5000);
  db.close();
});

test('an in-memory or read-only database has no background thread', async () => {
  const db = openDatabase(':memory:');
  const bg = startBackground(db);
  await bg.stop();
  assert.equal((db.prepare('SELECT 1 AS x').get() as { x: number }).x, 1);
  db.close();
});
