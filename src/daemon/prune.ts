import { ENROLLMENT_RETENTION_DAYS, REFUSAL_RETENTION_DAYS, type Config } from '../config/schema.ts';
import type { Logger } from '../log.ts';
import type { PruneResult } from '../store/enrollments.ts';
import type { Store } from '../store/index.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface Pruning {
  /** Prune now (a run already going is awaited instead). */
  run(): Promise<PruneResult | undefined>;
  /** Stop the schedule and wait for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Enrollment records older than enrollment.retention_days and per-hour refusal counts older than
 * enrollment.refusal_retention_days (and expired Platform SSO links and tokens, and OTA sessions a day past their expiry) are deleted a minute after start and then hourly, in small batches between which
 * the endpoint's writes go first (store/enrollments.ts). Defaults apply when the config has no enrollment section.
 */
export function startPruning(o: { store: Store; logger: Logger; config: () => Config; everyMs?: number; firstAfterMs?: number; now?: () => number }): Pruning {
  const now = o.now ?? Date.now;
  const { auth } = o.store;
  let running: Promise<PruneResult | undefined> | undefined;
  let stopped = false;
  // between batches: the endpoint's writes go first, and a stop does not wait for a long backlog
  const between = () => (stopped ? Promise.reject(new Error('stopping')) : new Promise<void>((r) => setImmediate(r)));
  const run = () => {
    running ??= (async () => {
      const e = o.config().enrollment;
      const t = now();
      try {
        const r = await o.store.daemon.pruneEnrollments({
          recordsBefore: new Date(t - (e?.retention_days ?? ENROLLMENT_RETENTION_DAYS) * DAY).toISOString(),
          refusalsBefore: new Date(t - (e?.refusal_retention_days ?? REFUSAL_RETENTION_DAYS) * DAY).toISOString(),
          pause: between,
        });
        // Platform SSO links and tokens are of no use once expired (their hashes only, but no reason to keep them)
        const psso = await auth.psso.prune({ before: new Date(t).toISOString(), pause: between });
        // OTA sessions a day past their expiry: their phases are in the enrollment records
        const ota_sessions = await auth.ota.prune(new Date(t - DAY).toISOString());
        if (r.records || r.refusals || r.limited || psso.links || psso.tokens || ota_sessions)
          o.logger.info('enrollment history pruned', {
            ...r,
            psso_links: psso.links,
            psso_tokens: psso.tokens,
            ...(ota_sessions ? { ota_sessions } : {}),
            ms: now() - t,
          });
        return r;
      } catch (err) {
        if (!stopped) o.logger.warn('enrollment history pruning failed: retrying at the next hour', { error: (err as Error).message });
        return undefined;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  const first = setTimeout(run, o.firstAfterMs ?? 60_000);
  const timer = setInterval(run, o.everyMs ?? HOUR);
  first.unref();
  timer.unref();
  return {
    run,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
