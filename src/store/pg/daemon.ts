// The daemon's own reads and writes on PostgreSQL (store/daemon.ts says what each is for). Every node heartbeats into
// the same `daemons` table, so `status` on any machine sees them all.
import { SELF } from '../leases.ts';
import type { DaemonStore, PruneWindow } from '../daemon.ts';
import type { PruneResult } from '../enrollments.ts';
import type { PgPool } from './connect.ts';

const gauges = (pool: PgPool): DaemonStore['gauges'] => ({
  devices: () => pool.query(`SELECT token, value AS profile_status, n AS count FROM token_counts WHERE kind = 'device' AND n > 0 ORDER BY token, value`),
  assignments: () => pool.query(`SELECT token, value AS state, n AS count FROM token_counts WHERE kind = 'assignment' AND n > 0 ORDER BY token, value`),
  cursors: () => pool.query('SELECT token, issued_at FROM cursors WHERE issued_at IS NOT NULL'),
  lastSuccessfulSyncs: () =>
    pool.query(`SELECT token, MAX(finished_at) AS at FROM sync_runs
      WHERE result = 'ok' AND kind IN ('fetch', 'sync') AND finished_at IS NOT NULL GROUP BY token`),
});

/** Batched deletes as on SQLite (store/enrollments.ts pruneEnrollments): other nodes' writes never wait behind one long delete. */
async function pruneEnrollmentsPg(pool: PgPool, w: PruneWindow, batch = 500): Promise<PruneResult> {
  const pause = w.pause ?? (() => new Promise<void>((r) => setImmediate(r)));
  const steps: [keyof PruneResult, string, string, number][] = [
    ['records', 'DELETE FROM enrollments WHERE id IN (SELECT id FROM enrollments WHERE at < $1 ORDER BY at LIMIT $2)', w.recordsBefore, batch],
    [
      'refusals',
      'DELETE FROM enrollment_refusals WHERE hour IN (SELECT DISTINCT hour FROM enrollment_refusals WHERE hour < $1 ORDER BY hour LIMIT $2)',
      w.refusalsBefore.slice(0, 13),
      Math.max(1, Math.floor(batch / 16)),
    ],
    [
      'limited',
      `DELETE FROM enrollment_limited WHERE (serial_number, code) IN
        (SELECT serial_number, code FROM enrollment_limited WHERE last_at < $1 ORDER BY last_at LIMIT $2)`,
      w.recordsBefore,
      batch,
    ],
  ];
  const out: PruneResult = { records: 0, refusals: 0, limited: 0 };
  for (const [key, sql, before, limit] of steps) {
    for (;;) {
      const [r] = await pool.query<{ n: number }>(`WITH d AS (${sql} RETURNING 1) SELECT COUNT(*)::int AS n FROM d`, [before, limit]);
      out[key] += r.n;
      if (r.n === 0) break;
      await pause();
    }
  }
  return out;
}

export function createPgDaemonStore(pool: PgPool): DaemonStore {
  return {
    ping: async () => void (await pool.query('SELECT 1')),
    async probeWrite() {
      try {
        // a committed write that changes nothing: a standby (after a failover gone wrong) or a full disk fails it
        await pool.query('UPDATE schema_migrations SET version = version WHERE version = (SELECT MAX(version) FROM schema_migrations)');
        return { ok: true };
      } catch (e) {
        const err = e as Error & { code?: string; pgCode?: string };
        return { ok: false, code: err.pgCode ?? err.code ?? 'ERROR', message: err.message };
      }
    },
    gauges: gauges(pool),
    async heartbeat(ttlMs) {
      const now = Date.now();
      const at = new Date(now).toISOString();
      await pool.query(
        `INSERT INTO daemons (node, pid, host, started_at, heartbeat_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)
         ON CONFLICT (node) DO UPDATE SET heartbeat_at = $4, expires_at = $5`,
        [SELF.node, SELF.pid, SELF.host, at, now + ttlMs],
      );
    },
    gone: async () => void (await pool.query('DELETE FROM daemons WHERE node = $1', [SELF.node])),
    async cursorIssuedAt(token) {
      const [r] = await pool.query<{ issued_at: string | null }>('SELECT issued_at FROM cursors WHERE token = $1', [token]);
      return r?.issued_at ?? null;
    },
    async lastFullFetchAt(token) {
      const [r] = await pool.query<{ at: string | null }>(`SELECT MAX(started_at) AS at FROM sync_runs WHERE token = $1 AND kind = 'fetch' AND result = 'ok'`, [
        token,
      ]);
      return r.at;
    },
    markProfileVerified: async (token, uuid) =>
      void (await pool.query('UPDATE profiles SET verified_at = $1 WHERE token = $2 AND profile_uuid = $3', [new Date().toISOString(), token, uuid])),
    pruneEnrollments: (w) => pruneEnrollmentsPg(pool, w),
  };
}
