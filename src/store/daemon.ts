// What a running daemon reads and writes beside its cycles, engine-neutral: its heartbeat, the gauges Prometheus scrapes,
// the daily check's facts, retention and the readiness probes.
import type { DB } from './db.ts';
import { ping } from './db.ts';
import { assignmentCounts, deviceCounts } from './counts.ts';
import { cursorsIssued, lastSuccessfulSyncs } from './metrics.ts';
import { cursorIssuedAt, lastFullFetchAt } from './state.ts';
import { markProfileVerified } from './profiles.ts';
import { daemonGone, daemonHeartbeat } from './leases.ts';
import { pruneEnrollments, type PruneResult } from './enrollments.ts';
import { probeWrite, type WriteProbe } from './health.ts';

interface Gauges {
  devices(): Promise<{ token: string; profile_status: string; count: number }[]>;
  assignments(): Promise<{ token: string; state: string; count: number }[]>;
  cursors(): Promise<{ token: string; issued_at: string }[]>;
  lastSuccessfulSyncs(): Promise<{ token: string; at: string }[]>;
}

export interface PruneWindow {
  recordsBefore: string;
  refusalsBefore: string;
  pause?: () => Promise<void>;
}

export interface DaemonStore {
  /** The cheapest round trip: /healthz. */
  ping(): Promise<void>;
  /** A real write committed in its own transaction that changes nothing (readiness). */
  probeWrite(): Promise<WriteProbe>;
  gauges: Gauges;
  /** This process is up (`status` shows a next sync only while one is), and, on the way out, gone. */
  heartbeat(ttlMs: number): Promise<void>;
  gone(): Promise<void>;
  cursorIssuedAt(token: string): Promise<string | null>;
  lastFullFetchAt(token: string): Promise<string | null>;
  markProfileVerified(token: string, uuid: string): Promise<void>;
  pruneEnrollments(w: PruneWindow): Promise<PruneResult>;
}

export function createSqliteDaemonStore(db: DB): DaemonStore {
  return {
    ping: async () => ping(db),
    probeWrite: async () => probeWrite(db),
    gauges: {
      devices: async () => deviceCounts(db),
      assignments: async () => assignmentCounts(db),
      cursors: async () => cursorsIssued(db),
      lastSuccessfulSyncs: async () => lastSuccessfulSyncs(db),
    },
    heartbeat: async (ttlMs) => daemonHeartbeat(db, ttlMs),
    gone: async () => daemonGone(db),
    cursorIssuedAt: async (token) => cursorIssuedAt(db, token),
    lastFullFetchAt: async (token) => lastFullFetchAt(db, token),
    markProfileVerified: async (token, uuid) => markProfileVerified(db, token, uuid),
    pruneEnrollments: (w) => pruneEnrollments(db, w),
  };
}
