// `adesync migrate --to postgresql://…` on an SQLite database made by a real sync against the simulator: every table
// copied with its count, the ids kept and the sequences moved past them, the counts the triggers keep equal, and a
// target that is not empty refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../src/store/db.ts';
import { createRuntime } from '../../../src/daemon/runtime.ts';
import { silentLogger } from '../../../src/log.ts';
import { openPool } from '../../../src/store/pg/connect.ts';
import { cli } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { sim, simConfig } from '../../helpers/sim.ts';
import { freshDatabase } from '../../helpers/pg.ts';

async function syncedSqlite() {
  const s = await sim({ devices: 2300, seed: 11 });
  const dir = tempDir();
  const { config, path } = simConfig(s, dir);
  const db = openDatabase(join(dir, 'adesync.db'));
  const rt = createRuntime({ config, db, logger: silentLogger, clientOptions: { sleep: async () => {} } });
  const r = await rt.runCycle('sim');
  assert.equal(r.sync.ok, true, JSON.stringify(r.sync.error));
  // changes after the first load: events, a deleted device, a second run
  s.control.addDevices('sim', 7);
  s.control.removeDevice('sim', s.control.devices('sim')[3].serial_number);
  assert.equal((await rt.runCycle('sim')).sync.ok, true);
  // tables a sync does not write: an enrollment record and the hourly refusal counts
  db.prepare("INSERT INTO enrollments (at, token, serial_number, decision) VALUES ('2026-12-01T10:00:00Z', 'sim', ?, 'served')").run(
    s.control.devices('sim')[0].serial_number,
  );
  db.prepare("INSERT INTO enrollment_refusals (hour, code, count) VALUES ('2026-12-01T10', 'adesync.unsigned', 3)").run();
  return { db, path };
}

const tableCounts = (db: ReturnType<typeof openDatabase>) =>
  Object.fromEntries(
    (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('schema_migrations', 'token_counts')")
        .all() as {
        name: string;
      }[]
    ).map((t) => [t.name, (db.prepare(`SELECT COUNT(*) AS n FROM "${t.name}"`).get() as { n: number }).n]),
  );

test('a synced SQLite installation is copied whole into an empty PostgreSQL database; a non-empty one is refused', async () => {
  const { db, path } = await syncedSqlite();
  const expected = tableCounts(db);
  assert.ok(expected.device_rows > 2300 && expected.device_events > 2300 && expected.assignments > 2300 && expected.sync_runs >= 2, JSON.stringify(expected));
  const devices = db.prepare('SELECT * FROM devices ORDER BY id').all();
  const maxEvent = (db.prepare('SELECT MAX(id) AS m FROM device_events').get() as { m: number }).m;
  db.close();

  const url = await freshDatabase();
  const r = cli(['--config', path, 'migrate', '--to', url, '--json'], { timeout: 300_000 });
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { from: string; to: string; tables: { table: string; source: number; target: number }[] };
  assert.equal(out.to, url);
  const copied = Object.fromEntries(out.tables.filter((t) => t.table !== 'token_counts').map((t) => [t.table, t.target]));
  assert.deepEqual(copied, expected, 'every table, every row');
  for (const t of out.tables) assert.equal(t.target, t.source, t.table);

  const pool = openPool({ url });
  try {
    for (const [table, n] of Object.entries(expected)) {
      const [row] = await pool.query<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}"`);
      assert.equal(row.n, n, `${table} in PostgreSQL`);
    }
    // the same rows, ids and JSON-derived columns, read through each engine's devices view
    assert.deepEqual(
      await pool.query('SELECT * FROM devices ORDER BY id'),
      devices.map((d) => ({ ...(d as object) })),
    );
    // new rows continue after the copied ids
    const [ev] = await pool.query<{ id: number }>(
      "INSERT INTO device_events (token, serial_number, at, kind) VALUES ('sim', 'X', 'now', 'added') RETURNING id",
    );
    assert.ok(ev.id > maxEvent, `new id ${ev.id} after ${maxEvent}`);
  } finally {
    await pool.end();
  }

  const again = cli(['--config', path, 'migrate', '--to', url]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, new RegExp(`${url} is not empty \\(table \\w+ has rows\\): copy only into a new database`));
});

test('--to refuses a URL with a password before connecting, and never prints it', () => {
  const dir = tempDir();
  const path = join(dir, 'config.yaml');
  writeFileSync(path, `state_dir: ${dir}\n`);
  const r = cli(['--config', path, 'migrate', '--to', 'postgresql://a:S3cretPw@127.0.0.1:1/x']);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /--to: holds a password: .*--password-file/);
  assert.doesNotMatch(r.stderr, /S3cretPw/);
});
