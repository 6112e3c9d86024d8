// The token lease on PostgreSQL: the same row, generation and takeover rule as SQLite (store/leases.ts), so one leader
// per token across nodes. Taking it locks the row (SELECT … FOR UPDATE), so two nodes are serialised by the server; every
// page's transaction fences it first (fencePg): a leader paused or cut off past its expiry finds the generation moved
// on and commits nothing.
import { LeaseBusyError, LeaseLostError, mayTake, SELF, type Lease, type LeaseOptions, type LeaseRow, type SyncRequest } from '../leases.ts';
import type { PgClient, PgPool } from './connect.ts';

/** First statement of a write transaction: renews the lease, or throws LeaseLostError (the caller rolls back). */
export async function fencePg(c: PgClient, lease: Lease, nowMs = Date.now()): Promise<void> {
  const rows = await c.query(
    `UPDATE sync_leases SET heartbeat_at = $1, expires_at = $2 WHERE token = $3 AND generation = $4 AND holder_node = $5 RETURNING run_id`,
    [new Date(nowMs).toISOString(), nowMs + lease.durationMs, lease.token, lease.generation, lease.holder.node],
  );
  if (!rows.length) throw new LeaseLostError(lease.token);
}

export async function acquireLeasePg(pool: PgPool, token: string, o: LeaseOptions): Promise<Lease> {
  const me = o.holder ?? SELF;
  const now = o.now ?? Date.now;
  const generation = await pool.transaction(async (c) => {
    await c.query('INSERT INTO sync_leases (token) VALUES ($1) ON CONFLICT (token) DO NOTHING', [token]);
    const [row] = await c.query<LeaseRow>('SELECT * FROM sync_leases WHERE token = $1 FOR UPDATE', [token]);
    const t = now();
    if (!mayTake(row.holder_node === null ? undefined : row, me, t)) throw new LeaseBusyError(token, row);
    const at = new Date(t).toISOString();
    const [r] = await c.query<{ generation: number }>(
      `UPDATE sync_leases SET generation = generation + 1, holder_node = $2, holder_pid = $3, holder_host = $4, run_id = NULL,
         acquired_at = $5, heartbeat_at = $5, expires_at = $6 WHERE token = $1 RETURNING generation`,
      [token, me.node, me.pid, me.host, at, t + o.durationMs],
    );
    return r.generation;
  });
  let runId: number | null = null;
  const lease: Lease = {
    token,
    generation,
    holder: me,
    durationMs: o.durationMs,
    fence() {
      throw new Error('a PostgreSQL lease is fenced inside its store transaction (fencePg), not by the caller');
    },
    async renew() {
      return pool.transaction(async (c) => {
        try {
          await fencePg(c, lease, now());
        } catch (e) {
          if (e instanceof LeaseLostError) return false;
          throw e;
        }
        if (runId !== null) await c.query('UPDATE sync_runs SET heartbeat_at = $1 WHERE id = $2', [new Date(now()).toISOString(), runId]);
        return true;
      });
    },
    async setRun(id) {
      runId = id;
      await pool.query('UPDATE sync_leases SET run_id = $1 WHERE token = $2 AND generation = $3', [id, token, generation]);
      await pool.query('UPDATE sync_runs SET pid = $1, host = $2, heartbeat_at = $3 WHERE id = $4', [me.pid, me.host, new Date(now()).toISOString(), id]);
    },
    async release() {
      await pool.query(
        `UPDATE sync_leases SET holder_node = NULL, holder_pid = NULL, holder_host = NULL, expires_at = 0
          WHERE token = $1 AND generation = $2 AND holder_node = $3`,
        [token, generation, me.node],
      );
    },
  };
  return lease;
}

export async function requestSyncPg(pool: PgPool, r: SyncRequest, at = new Date().toISOString()): Promise<void> {
  await pool.query('INSERT INTO sync_requests (token, full_fetch, requested_at, requested_by) VALUES ($1, $2, $3, $4)', [
    r.token,
    r.full ? 1 : 0,
    at,
    r.requested_by,
  ]);
}

/** Taken once across nodes: one DELETE … RETURNING. */
export async function takeSyncRequestsPg(pool: PgPool, tokens: string[]): Promise<SyncRequest[]> {
  if (!tokens.length) return [];
  const rows = await pool.query<{ token: string; full_fetch: number; requested_by: string }>(
    'DELETE FROM sync_requests WHERE token = ANY($1::text[]) RETURNING token, full_fetch, requested_by',
    [tokens],
  );
  return rows.map((r) => ({ token: r.token, full: !!r.full_fetch, requested_by: r.requested_by }));
}
