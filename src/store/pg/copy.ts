// `adesync migrate --to postgresql://…`: an SQLite installation copied into an empty PostgreSQL database, table by
// table in batches, in ONE transaction (a failure leaves the target as empty as it was), ids kept as they are and the
// identity sequences moved past them, every table's count compared before the commit.
import type { DB } from '../db.ts';
import { loadMigrations, schemaVersion } from '../db.ts';
import type { PgClient, PgPool } from './connect.ts';
import { migratePostgres } from './migrate.ts';

/** Kept by the count triggers as the rows arrive (copying them too would count every device twice). */
const DERIVED = new Set(['token_counts']);
const SKIPPED = new Set(['schema_migrations', ...DERIVED]);

export interface CopiedTable {
  table: string;
  /** Rows in the SQLite table. */
  source: number;
  /** Rows in the PostgreSQL table after the copy (equal, or the copy is rolled back). */
  target: number;
}

class CopyRefusedError extends Error {
  readonly code = 'COPY_REFUSED';
  readonly exitCode = 1;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The SQLite tables to copy, in the order their ids were made (names from sqlite_master: a new migration's table comes along). */
function sourceTables(db: DB): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid").all() as { name: string }[];
  return rows.map((r) => r.name).filter((n) => !SKIPPED.has(n));
}

async function targetColumns(c: PgClient, table: string): Promise<{ name: string; type: string; identity: boolean }[]> {
  const cols = await c.query<{ column_name: string; data_type: string; is_identity: string }>(
    `SELECT column_name, data_type, is_identity FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return cols.map((x) => ({ name: x.column_name, type: x.data_type, identity: x.is_identity === 'YES' }));
}

/** Refuse a target that holds anything of ours: copying into it would mix two installations. */
async function assertEmpty(c: PgClient, label: string, tables: string[]): Promise<void> {
  for (const t of [...tables, ...DERIVED]) {
    const [r] = await c.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quote(t)}) AS any`);
    if (r.any)
      throw new CopyRefusedError(
        `${label} is not empty (table ${t} has rows): copy only into a new database (createdb -O USER NAME), or drop and recreate this one if it holds nothing you need`,
      );
  }
}

/** One batch as one statement: a column array per column, typed, unnested into rows. */
async function insertBatch(c: PgClient, table: string, cols: { name: string; type: string }[], rows: unknown[][]): Promise<void> {
  const arrays = cols.map((_, i) => rows.map((r) => (typeof r[i] === 'bigint' ? String(r[i]) : r[i])));
  const list = cols.map((x) => quote(x.name)).join(', ');
  const unnest = cols.map((x, i) => `$${i + 1}::${x.type === 'bigint' ? 'bigint' : 'text'}[]`).join(', ');
  await c.query(`INSERT INTO ${quote(table)} (${list}) SELECT * FROM unnest(${unnest})`, arrays);
}

export interface CopyOptions {
  /** Rows a statement (default 5000). */
  batch?: number;
  /** Told after each table (the CLI prints progress). */
  onTable?: (t: CopiedTable) => void;
}

/**
 * Copy every table of the SQLite database `db` into the PostgreSQL database behind `pool`. The source must be at the
 * latest schema (run `adesync migrate` on it first) and the target empty; the target is migrated here.
 */
export async function copySqliteToPostgres(db: DB, pool: PgPool, opts: CopyOptions = {}): Promise<CopiedTable[]> {
  const batch = opts.batch ?? 5000;
  const latest = loadMigrations().at(-1)?.version ?? 0;
  const version = schemaVersion(db);
  if (version !== latest)
    throw new CopyRefusedError(
      `the SQLite database is at schema version ${version}, this adesync at ${latest}: run "adesync migrate" on it first (with the config that names it)`,
    );
  await migratePostgres(pool);
  const tables = sourceTables(db);
  // one read transaction: every table from the same snapshot, even if a daemon still writes (stop it first all the same)
  db.exec('BEGIN');
  try {
    return await pool.transaction((c) => copyTables(db, c, pool.label, tables, batch, opts.onTable));
  } finally {
    db.exec('ROLLBACK');
  }
}

async function copyTables(db: DB, c: PgClient, label: string, tables: string[], batch: number, onTable?: (t: CopiedTable) => void): Promise<CopiedTable[]> {
  await assertEmpty(c, label, tables);
  const out: CopiedTable[] = [];
  for (const table of tables) {
    const cols = await targetColumns(c, table);
    if (!cols.length) throw new CopyRefusedError(`table ${table} of the SQLite database has no counterpart in ${label}: a migration is missing in one dialect`);
    const stmt = db.prepare(`SELECT ${cols.map((x) => quote(x.name)).join(', ')} FROM ${quote(table)}`).raw(true);
    let rows: unknown[][] = [];
    let source = 0;
    for (const row of stmt.iterate() as IterableIterator<unknown[]>) {
      rows.push(row);
      source++;
      if (rows.length >= batch) {
        await insertBatch(c, table, cols, rows);
        rows = [];
      }
    }
    if (rows.length) await insertBatch(c, table, cols, rows);
    for (const id of cols.filter((x) => x.identity))
      await c.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST(COALESCE(MAX(${quote(id.name)}), 0), 1), MAX(${quote(id.name)}) IS NOT NULL) FROM ${quote(table)}`,
        [table, id.name],
      );
    const [{ n }] = await c.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${quote(table)}`);
    const t = { table, source, target: n };
    if (n !== source) throw new Error(`copy of ${table}: ${source} rows read from SQLite but ${n} in ${label}: nothing was committed`);
    out.push(t);
    onTable?.(t);
  }
  // the counts the triggers kept while the rows arrived must be the ones the source kept
  // (sorted here: the two engines may collate text differently)
  const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
  const mine = sorted(db.prepare('SELECT token, kind, value, n FROM token_counts WHERE n <> 0').all());
  const theirs = sorted(await c.query('SELECT token, kind, value, n FROM token_counts WHERE n <> 0'));
  if (mine.join('\n') !== theirs.join('\n'))
    throw new Error(`per-token counts differ after the copy (SQLite ${JSON.stringify(mine)}, PostgreSQL ${JSON.stringify(theirs)}): nothing was committed`);
  const counts = { table: 'token_counts', source: mine.length, target: theirs.length };
  out.push(counts);
  onTable?.(counts);
  return out;
}
