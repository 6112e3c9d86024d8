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
  /** Who holds each lease now (expiry not yet passed), and how many daemons' heartbeats are current. */
  leaders?: { token: string; host: string | null; pid: number | null; since: string | null }[];
  daemons?: number;
}

export async function postgresHealth(pool: PgPool): Promise<PostgresHealth> {
  const [v] = await pool.query<{ version: string; num: string; recovery: boolean }>(
    "SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num, pg_is_in_recovery() AS recovery",
  );
  const schema = await postgresSchemaVersion(pool);
  const [t] = await pool.query<{ has: boolean }>("SELECT to_regclass('sync_leases') IS NOT NULL AS has");
  const leases = t.has ? (await pool.query<{ n: number }>('SELECT COUNT(*) AS n FROM sync_leases'))[0].n : undefined;
  const now = Date.now();
  const leaders = t.has
    ? await pool.query<{ token: string; host: string | null; pid: number | null; since: string | null }>(
        `SELECT token, holder_host AS host, holder_pid AS pid, acquired_at AS since FROM sync_leases
         WHERE holder_node IS NOT NULL AND expires_at > $1 ORDER BY token COLLATE "C"`,
        [now],
      )
    : undefined;
  const daemons = t.has ? (await pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM daemons WHERE expires_at > $1', [now]))[0].n : undefined;
  return {
    serverVersion: v.version,
    versionNum: Number(v.num),
    inRecovery: v.recovery,
    schema,
    latest: loadPostgresMigrations().at(-1)?.version ?? 0,
    leases,
    leaders,
    daemons,
  };
}
