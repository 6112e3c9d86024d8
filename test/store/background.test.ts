import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { openDatabase } from '../../src/store/db.ts';
import { startBackground, FALLBACK_AUTOCHECKPOINT } from '../../src/store/background.ts';
import { tempDir } from '../helpers/tmp.ts';

test('the background thread copies the WAL into the database file while the writer never checkpoints', async () => {
  const path = join(tempDir(), 'a.db');
  const db = openDatabase(path);
  const bg = startBackground(db, { intervalMs: 20 });
  assert.equal((db.pragma('wal_autocheckpoint', { simple: true }) as number), FALLBACK_AUTOCHECKPOINT);
  const before = statSync(path).size;
  const ins = db.prepare("INSERT INTO enrollments (at, decision, reason) VALUES ('now', 'refused', ?)");
  db.transaction(() => { for (let i = 0; i < 5000; i++) ins.run('x'.repeat(200)); })();
  // 5000 rows of ~250 bytes: about 1.2 MB that only a checkpoint moves from -wal into the database file
  const deadline = Date.now() + 10_000;
  while (statSync(path).size < before + 1_000_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  assert.ok(statSync(path).size >= before + 1_000_000, `database file ${statSync(path).size} bytes: the WAL was not checkpointed`);
  await bg.stop();
  await bg.stop();  // idempotent
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM enrollments').get() as { n: number }).n, 5000);
  db.close();
});

test('read queries run on the background thread and see what the writer committed; writes are refused there', async () => {
  const db = openDatabase(join(tempDir(), 'a.db'));
  db.function('thread', () => threadId);  // defined on this connection only: the background one does not know it
  const bg = startBackground(db);
  const ins = db.prepare("INSERT INTO enrollments (at, decision) VALUES ('now', ?)");
  db.transaction(() => { for (const d of ['served', 'served', 'refused']) ins.run(d); })();
  const sql = 'SELECT decision, COUNT(*) AS n FROM enrollments GROUP BY decision ORDER BY decision';
  assert.deepEqual(await bg.all(sql), [{ decision: 'refused', n: 1 }, { decision: 'served', n: 2 }]);
  ins.run('served');
  assert.deepEqual(await bg.all(sql), [{ decision: 'refused', n: 1 }, { decision: 'served', n: 3 }], 'the same statement again, newer data');
  await assert.rejects(bg.all('SELECT thread() AS t'), /no such function: thread/, 'not run on the caller\'s connection');
  await assert.rejects(bg.all("DELETE FROM enrollments"), /read-only/);
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM enrollments').get() as { n: number }).n, 4);
  await assert.rejects(bg.all('SELECT * FROM no_such_table'), /no such table/);
  await bg.stop();
  // the thread is gone: the caller's own connection answers
  assert.deepEqual(await bg.all('SELECT thread() AS t'), [{ t: threadId }]);
  db.close();
});

test('an in-memory or read-only database has no background thread: queries run on its own connection', async () => {
  const db = openDatabase(':memory:');
  db.function('thread', () => threadId);
  const bg = startBackground(db);
  assert.deepEqual(await bg.all('SELECT thread() AS t'), [{ t: threadId }]);
  await bg.stop();
  db.close();
});
