// `adesync migrate --to`: how long copying an SQLite installation into PostgreSQL takes. The SQLite database is the
// first cycle's storage floor (bench/floor.ts: N devices, their assignments, one commit per 1000), the target a local
// PostgreSQL started for the run (ADESYNC_TEST_PG_URL: yours). Figures, not verdicts.
// Run: nice node --import tsx bench/pg-copy.ts [devices=100000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateStatic, renderDevice } from '../src/sim/devices.ts';
import { openDatabase } from '../src/store/db.ts';
import { openPool } from '../src/store/pg/connect.ts';
import { copySqliteToPostgres } from '../src/store/pg/copy.ts';
import { type PgServer, adminQuery, startPostgres } from '../test/helpers/pg.ts';
import { firstCycleFloor } from './floor.ts';

export async function benchPgCopy(n = 100_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'adesync-bench-'));
  let server: PgServer | undefined;
  try {
    const devices = Array.from({ length: n }, (_, i) =>
      renderDevice(generateStatic(42, 0, i), { status: 0, assignTime: 0, pushTime: 0, assignedDate: 0 }, undefined, 10),
    );
    const path = join(dir, 'copy.db');
    firstCycleFloor(devices, dir, 'bench', { keep: path });
    const ext = process.env.ADESYNC_TEST_PG_URL;
    if (!ext) server = await startPostgres({ conf: ['shared_buffers=256MB', 'max_wal_size=4GB'] });
    const base = server ?? ({ url: (db?: string) => (db ? ext!.replace(/\/[^/]*$/, `/${db}`) : ext!) } as PgServer);
    await adminQuery(base, 'DROP DATABASE IF EXISTS adesync_copy_bench');
    await adminQuery(base, 'CREATE DATABASE adesync_copy_bench TEMPLATE template0');
    const db = openDatabase(path, { readonly: true });
    const pool = openPool({ url: base.url('adesync_copy_bench') });
    try {
      const t = performance.now();
      const tables = await copySqliteToPostgres(db, pool);
      const s = (performance.now() - t) / 1000;
      const rows = tables.filter((x) => x.table !== 'token_counts').reduce((a, x) => a + x.target, 0);
      console.log(
        `pg-copy: ${n.toLocaleString('en-US')} devices (${rows.toLocaleString('en-US')} rows in ${tables.length - 1} tables) copied in ${s.toFixed(1)} s, ` +
          `${Math.round(rows / s).toLocaleString('en-US')} rows/s, counts checked`,
      );
    } finally {
      db.close();
      await pool.end();
    }
    await adminQuery(base, 'DROP DATABASE adesync_copy_bench');
  } finally {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchPgCopy(Number(process.argv[2] ?? 100_000));
