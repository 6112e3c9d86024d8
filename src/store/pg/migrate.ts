// Schema migrations on PostgreSQL: migrations/postgresql/NNN_*.sql, the same numbered sequence as SQLite's (a test
// holds the two folders and the schemas they make equal). Several nodes starting together migrate once: each takes a
// session-level advisory lock first, so one applies and the others wait, then find nothing left to do.
import { join } from 'node:path';
import { MIGRATIONS_DIR, type Migration, SchemaTooNewError, loadMigrations } from '../db.ts';
import type { PgClient, PgPool } from './connect.ts';

export const PG_MIGRATIONS_DIR = join(MIGRATIONS_DIR, 'postgresql');

/** pg_advisory_lock key of "adesync migrate": 'ades' in ASCII, fixed so every version of adesync takes the same lock. */
export const MIGRATE_LOCK = 0x61646573;

export const loadPostgresMigrations = (dir = PG_MIGRATIONS_DIR) => loadMigrations(dir);

/** The highest migration applied (0: an empty database). */
export async function postgresSchemaVersion(c: PgClient): Promise<number> {
  const [t] = await c.query<{ has: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS has");
  if (!t.has) return 0;
  const [r] = await c.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
  return r.v ?? 0;
}

export interface MigrateResult {
  from: number;
  to: number;
  applied: string[];
}

/**
 * Apply pending migrations, each in its own transaction with its schema_migrations row, under the migration lock.
 * A database newer than the code is refused (SchemaTooNewError, as on SQLite). Migrations may run longer than
 * store.statement_timeout_ms (a big table rewritten): the timeout is lifted on this connection while it holds the lock.
 */
export async function migratePostgres(pool: PgPool, migrations: Migration[] = loadPostgresMigrations()): Promise<MigrateResult> {
  const latest = migrations.at(-1)?.version ?? 0;
  return pool.withClient(async (c) => {
    await c.exec('SET statement_timeout = 0');
    await c.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK]);
    try {
      await c.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version bigint PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
      const from = await postgresSchemaVersion(c);
      if (from > latest) throw new SchemaTooNewError(pool.label, from, latest);
      const applied: string[] = [];
      for (const m of migrations) {
        if (m.version <= from) continue;
        await c.exec('BEGIN');
        try {
          await c.exec(m.sql);
          await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
          await c.exec('COMMIT');
        } catch (e) {
          await c.exec('ROLLBACK').catch(() => {});
          throw new Error(`migration ${m.name} failed on ${pool.label}, nothing of it applied: ${(e as Error).message}`, { cause: e });
        }
        applied.push(m.name);
      }
      return { from, to: applied.length ? migrations.at(-1)!.version : from, applied };
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [MIGRATE_LOCK]).catch(() => {});
      await c.exec('RESET statement_timeout').catch(() => {});
    }
  });
}

/** Refuse a database newer than the code without migrating (read-only commands, doctor). */
export async function checkPostgresVersion(pool: PgPool, migrations: Migration[] = loadPostgresMigrations()): Promise<number> {
  const latest = migrations.at(-1)?.version ?? 0;
  const v = await postgresSchemaVersion(pool);
  if (v > latest) throw new SchemaTooNewError(pool.label, v, latest);
  return v;
}
