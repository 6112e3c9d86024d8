import type { DB } from './db.ts';

// The queries behind the daemon's alerting gauges (contrib/prometheus/adesync.rules.yml).

/** Each token's cursor and when Apple issued it: a row per token, read at each scrape. */
export function cursorsIssued(db: DB): { token: string; issued_at: string }[] {
  return db.prepare('SELECT token, issued_at FROM cursors WHERE issued_at IS NOT NULL').all() as { token: string; issued_at: string }[];
}

/** When each token's last successful sync run finished: seeds adesync_sync_last_success_timestamp_seconds at start. */
export function lastSuccessfulSyncs(db: DB): { token: string; at: string }[] {
  return db
    .prepare(`SELECT token, MAX(finished_at) AS at FROM sync_runs
    WHERE result = 'ok' AND kind IN ('fetch', 'sync') AND finished_at IS NOT NULL GROUP BY token`)
    .all() as { token: string; at: string }[];
}
