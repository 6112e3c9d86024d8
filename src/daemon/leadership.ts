// One leader per token across the nodes of a PostgreSQL store. Each daemon tries, every tick, to take the lease of each
// configured token; the one that holds it keeps it (renewing it every tick) and alone syncs and assigns that token.
// A follower wakes when the leader's lease would expire, so a leader that died or lost the database is replaced within
// sync.lease_seconds; a leader that cannot renew in time stops its cycles itself (the lease's fence already refuses
// their commits). "Sync now" asked of a follower is left in the store for the leader, which takes it at its next tick.
import { LeaseBusyError, type Lease, type LeaseRow, type SyncRequest } from '../store/leases.ts';
import type { Store } from '../store/index.ts';
import type { Logger } from '../log.ts';
import { within } from './within.ts';

export interface Led {
  lease: Lease;
  /** Aborted when leadership is lost: the cycle stops between pages. */
  signal: AbortSignal;
}

export interface LeadershipOptions {
  store: Pick<Store, 'leases'>;
  tokens: () => string[];
  durationMs: () => number;
  tickMs: () => number;
  logger: Logger;
  /** This node now leads the token: the daemon runs a cycle (the old leader may have stopped mid-sync). */
  onLead(token: string): void;
  /** A "sync now" another node left for a token this node leads. */
  onRequest(r: SyncRequest): void;
  /** This node no longer leads the token (taken over, or not renewed in time). */
  onLose?(token: string): void;
  now?: () => number;
}

/** Pure: when to look again. A follower wakes just after the soonest expiry it saw; never later than a tick. */
export function nextTickMs(tickMs: number, seen: Iterable<LeaseRow>, nowMs: number): number {
  let next = tickMs;
  for (const r of seen) if (r.holder_node !== null) next = Math.min(next, r.expires_at - nowMs + 100);
  return Math.max(50, next);
}

export function startLeadership(o: LeadershipOptions) {
  const now = o.now ?? Date.now;
  const held = new Map<string, { lease: Lease; ctrl: AbortController; renewedAt: number }>();
  const seen = new Map<string, LeaseRow>();
  const complained = new Set<string>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> = Promise.resolve();

  function lose(token: string, why: string) {
    const h = held.get(token);
    if (!h) return;
    held.delete(token);
    h.ctrl.abort();
    o.logger.error(`leadership lost: ${why}; another node leads this token now`, { token, generation: h.lease.generation });
    o.onLose?.(token);
  }

  async function keep(token: string, h: { lease: Lease; renewedAt: number }) {
    const left = h.renewedAt + o.durationMs() - now();
    try {
      const ok = await within(
        Promise.resolve().then(() => h.lease.renew()),
        left,
      );
      if (ok === undefined) return lose(token, `the database did not confirm the lease within ${o.durationMs() / 1000} s`);
      if (!ok) return lose(token, 'the lease was taken over');
      h.renewedAt = now();
    } catch (e) {
      if (now() - h.renewedAt >= o.durationMs()) lose(token, `the lease could not be renewed (${(e as Error).message})`);
      else o.logger.warn('lease renewal failed: retrying at the next tick', { token, error: (e as Error).message });
    }
  }

  async function tryLead(token: string) {
    try {
      const lease = await o.store.leases.acquire(token, { durationMs: o.durationMs() });
      held.set(token, { lease, ctrl: new AbortController(), renewedAt: now() });
      seen.delete(token);
      complained.delete(token);
      o.logger.info('leading this token: it is synced and assigned from this node', { token, generation: lease.generation });
      o.onLead(token);
    } catch (e) {
      if (e instanceof LeaseBusyError) {
        if (seen.get(token)?.holder_node !== e.holder.holder_node)
          o.logger.info('following: another node leads this token', { token, leader_host: e.holder.holder_host, leader_pid: e.holder.holder_pid });
        seen.set(token, e.holder);
        complained.delete(token);
      } else if (!complained.has(token)) {
        complained.add(token);
        o.logger.warn('cannot take the token lease: retrying', { token, error: (e as Error).message });
      }
    }
  }

  async function tick() {
    const tokens = o.tokens();
    for (const token of tokens) {
      const h = held.get(token);
      if (h) await keep(token, h);
      else await tryLead(token);
    }
    for (const token of [...held.keys()]) if (!tokens.includes(token)) await release(token);
    for (const token of [...seen.keys()]) if (!tokens.includes(token)) seen.delete(token);
    try {
      for (const r of await o.store.leases.takeSyncRequests([...held.keys()])) o.onRequest(r);
    } catch (e) {
      o.logger.warn('cannot read sync requests: retrying at the next tick', { error: (e as Error).message });
    }
  }

  async function release(token: string) {
    const h = held.get(token);
    if (!h) return;
    held.delete(token);
    h.ctrl.abort();
    await Promise.resolve()
      .then(() => h.lease.release())
      .catch((e) => o.logger.warn('lease not released: it expires by itself', { token, error: (e as Error).message }));
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(
      () => {
        ticking = tick().finally(schedule);
      },
      nextTickMs(o.tickMs(), seen.values(), now()),
    );
    timer.unref();
  }

  return {
    /** The first round: the leases taken now, before the daemon says it is ready. */
    async start(): Promise<void> {
      ticking = tick();
      await ticking;
      schedule();
    },
    /** The lease, if this node leads the token. */
    led(token: string): Led | undefined {
      const h = held.get(token);
      return h && { lease: h.lease, signal: h.ctrl.signal };
    },
    /** Who led the token when this node last tried to take it. */
    leader: (token: string): LeaseRow | undefined => seen.get(token),
    /** Stop ticking and hand every lease back, so a follower takes over at once rather than at expiry. */
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await ticking.catch(() => {});
      await Promise.all([...held.keys()].map(release));
    },
  };
}
export type Leadership = ReturnType<typeof startLeadership>;
