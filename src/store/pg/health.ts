// What `adesync doctor` asks a PostgreSQL server: its version, whether it takes writes, the schema, the lease table.
import type { PgPool } from './connect.ts';
import { loadPostgresMigrations, postgresSchemaVersion } from './migrate.ts';

/** The oldest server adesync supports (the migrations use features of 15; older ones are not tested). */
export const MIN_SERVER_VERSION = 150000;

export interface PostgresHealth {
  /** e.g. "15.18 (Debian 15.18-0+deb12u1)" */
  serverVersion: string;
  /** server_version_num, e.g. 150018 */
  versionNum: number;
  /** A standby: reads work, every write fails. */
  inRecovery: boolean;
  schema: number;
  latest: number;
  /** Rows in sync_leases (one per token that has synced); undefined before the schema has it. */
  leases?: number;
}

export async function postgresHealth(pool: PgPool): Promise<PostgresHealth> {
  const [v] = await pool.query<{ version: string; num: string; recovery: boolean }>(
    "SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num, pg_is_in_recovery() AS recovery",
  );
  const schema = await postgresSchemaVersion(pool);
  const [t] = await pool.query<{ has: boolean }>("SELECT to_regclass('sync_leases') IS NOT NULL AS has");
  const leases = t.has ? (await pool.query<{ n: number }>('SELECT COUNT(*) AS n FROM sync_leases'))[0].n : undefined;
  return {
    serverVersion: v.version,
    versionNum: Number(v.num),
    inRecovery: v.recovery,
    schema,
    latest: loadPostgresMigrations().at(-1)?.version ?? 0,
    leases,
  };
}
