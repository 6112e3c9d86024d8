// One sync cycle per token at a time, across processes (and, on PostgreSQL, nodes): a lease row per token with a fencing
// generation. Taken before Apple is called; renewed by every page's transaction and by a heartbeat timer; checked in every
// transaction that writes the token's devices or assignments, so a holder that was paused past its expiry and lost the
// lease can never commit again (the taker bumped the generation).
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { DB } from './db.ts';

/** This process, as a lease holder: a node id unique per process start, with the pid and host for people and for takeover. */
export interface Holder {
  node: string;
  pid: number;
  host: string;
}
export const SELF: Holder = { node: randomUUID(), pid: process.pid, host: hostname() };

export interface LeaseRow {
  token: string;
  generation: number;
  holder_node: string | null;
  holder_pid: number | null;
  holder_host: string | null;
  run_id: number | null;
  acquired_at: string | null;
  heartbeat_at: string | null;
  expires_at: number;
}

/** Another holder has the token's lease: nothing was sent to Apple. */
export class LeaseBusyError extends Error {
  readonly code = 'SYNC_RUNNING';
  constructor(
    readonly token: string,
    readonly holder: LeaseRow,
  ) {
    super(
      `a sync of ${token} is already running (pid ${holder.holder_pid}${holder.holder_host && holder.holder_host !== SELF.host ? ` on ${holder.holder_host}` : ''})`,
    );
    this.name = 'LeaseBusyError';
  }
}

/** The lease was taken over (this process was paused or cut off past its expiry): what it was doing must stop uncommitted. */
export class LeaseLostError extends Error {
  readonly code = 'LEASE_LOST';
  constructor(readonly token: string) {
    super(`the sync lease of ${token} was taken over by another process: this run stops without committing`);
    this.name = 'LeaseLostError';
  }
}

/** Whether a process on this host is alive (signal 0 checks without sending). EPERM: alive, someone else's. */
function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A holder that certainly cannot commit any more: a process of this host that is gone. Other hosts only by expiry. */
export function holderDead(h: { pid: number | null; host: string | null }): boolean {
  return h.host === SELF.host && h.pid !== null && h.pid !== SELF.pid && !pidAlive(h.pid);
}

/** Pure: may `me` take the lease as it stands at `nowMs`? */
export function mayTake(row: LeaseRow | undefined, me: Holder, nowMs: number): boolean {
  if (!row || row.holder_node === null) return true;
  if (row.holder_node === me.node) return false; // this process already runs a cycle of it: the runtime joins that one
  if (row.expires_at <= nowMs) return true;
  return holderDead({ pid: row.holder_pid, host: row.holder_host });
}

export interface Lease {
  readonly token: string;
  readonly generation: number;
  /** Who holds it, and for how long each renewal extends it: what an engine's fence statement checks and writes. */
  readonly holder: Holder;
  readonly durationMs: number;
  /** SQLite: throws LeaseLostError unless the lease is still ours; renews it. Call inside each write transaction. */
  fence(): void;
  /** Renew from a timer; false once lost. */
  renew(): boolean | Promise<boolean>;
  /** Record the run this lease covers (its heartbeat goes on the run row too). */
  setRun(runId: number): void | Promise<void>;
  release(): void | Promise<void>;
}

export interface LeaseOptions {
  durationMs: number;
  holder?: Holder;
  now?: () => number;
}

/** Take the token's lease or throw LeaseBusyError. One IMMEDIATE transaction: two takers are serialised by the store. */
export function acquireLease(db: DB, token: string, o: LeaseOptions): Lease {
  const me = o.holder ?? SELF;
  const now = o.now ?? Date.now;
  const get = db.prepare('SELECT * FROM sync_leases WHERE token = ?');
  const take = db.prepare(`INSERT INTO sync_leases (token, generation, holder_node, holder_pid, holder_host, run_id, acquired_at, heartbeat_at, expires_at)
    VALUES (@token, 1, @node, @pid, @host, NULL, @at, @at, @expires)
    ON CONFLICT (token) DO UPDATE SET generation = generation + 1, holder_node = @node, holder_pid = @pid, holder_host = @host, run_id = NULL,
      acquired_at = @at, heartbeat_at = @at, expires_at = @expires
    RETURNING generation`);
  const generation = db
    .transaction(() => {
      const row = get.get(token) as LeaseRow | undefined;
      const t = now();
      if (!mayTake(row, me, t)) throw new LeaseBusyError(token, row!);
      return (take.get({ token, ...me, at: new Date(t).toISOString(), expires: t + o.durationMs }) as { generation: number }).generation;
    })
    .immediate();

  const renewStmt = db.prepare(
    `UPDATE sync_leases SET heartbeat_at = @at, expires_at = @expires WHERE token = @token AND generation = @generation AND holder_node = @node`,
  );
  const runBeat = db.prepare('UPDATE sync_runs SET heartbeat_at = ? WHERE id = ?');
  let runId: number | null = null;
  const beat = (): boolean => {
    const t = now();
    const at = new Date(t).toISOString();
    if (!renewStmt.run({ at, expires: t + o.durationMs, token, generation, node: me.node }).changes) return false;
    if (runId !== null) runBeat.run(at, runId);
    return true;
  };
  return {
    token,
    generation,
    holder: me,
    durationMs: o.durationMs,
    fence() {
      if (!beat()) throw new LeaseLostError(token);
    },
    renew() {
      return db.transaction(beat)();
    },
    setRun(id) {
      runId = id;
      db.prepare('UPDATE sync_leases SET run_id = ? WHERE token = ? AND generation = ?').run(id, token, generation);
      db.prepare('UPDATE sync_runs SET pid = ?, host = ?, heartbeat_at = ? WHERE id = ?').run(me.pid, me.host, new Date(now()).toISOString(), id);
    },
    release() {
      db.prepare(`UPDATE sync_leases SET holder_node = NULL, holder_pid = NULL, holder_host = NULL, expires_at = 0
        WHERE token = ? AND generation = ? AND holder_node = ?`).run(token, generation, me.node);
    },
  };
}

/** A daemon announces itself, so `status` shows a next sync only while one is there to run it. */
export function daemonHeartbeat(db: DB, ttlMs: number, me: Holder = SELF, nowMs = Date.now()): void {
  const at = new Date(nowMs).toISOString();
  db.prepare(`INSERT INTO daemons (node, pid, host, started_at, heartbeat_at, expires_at) VALUES (@node, @pid, @host, @at, @at, @expires)
    ON CONFLICT (node) DO UPDATE SET heartbeat_at = @at, expires_at = @expires`).run({ ...me, at, expires: nowMs + ttlMs });
}

export function daemonGone(db: DB, me: Holder = SELF): void {
  db.prepare('DELETE FROM daemons WHERE node = ?').run(me.node);
}

/** Daemons whose heartbeat is current and whose process (on this host) is alive. */
export function liveDaemons(db: DB, nowMs = Date.now()): { node: string; pid: number; host: string; heartbeat_at: string }[] {
  const rows = db.prepare('SELECT node, pid, host, heartbeat_at FROM daemons WHERE expires_at > ?').all(nowMs) as {
    node: string;
    pid: number;
    host: string;
    heartbeat_at: string;
  }[];
  return rows.filter((r) => !(r.host === SELF.host && r.pid !== SELF.pid && !pidAlive(r.pid)));
}

/** A "sync now" for the token's leader, asked of a node that does not lead it (migrations/011). */
export interface SyncRequest {
  token: string;
  full: boolean;
  requested_by: string;
}

export function requestSync(db: DB, r: SyncRequest, at = new Date().toISOString()): void {
  db.prepare('INSERT INTO sync_requests (token, full_fetch, requested_at, requested_by) VALUES (?, ?, ?, ?)').run(r.token, r.full ? 1 : 0, at, r.requested_by);
}

/** Taken once: the requests for these tokens, removed in the same statement. */
export function takeSyncRequests(db: DB, tokens: string[]): SyncRequest[] {
  if (!tokens.length) return [];
  const rows = db
    .prepare(`DELETE FROM sync_requests WHERE token IN (SELECT value FROM json_each(?)) RETURNING token, full_fetch, requested_by`)
    .all(JSON.stringify(tokens)) as { token: string; full_fetch: number; requested_by: string }[];
  return rows.map((r) => ({ token: r.token, full: !!r.full_fetch, requested_by: r.requested_by }));
}
