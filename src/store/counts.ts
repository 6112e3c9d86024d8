import type { DB } from './db.ts';

/**
 * Per-token counts kept by triggers (migration 005) in the transactions that change device_rows and assignments:
 * reading them costs O(tokens) rows however large the account.
 */
export function deviceCounts(db: DB): { token: string; profile_status: string; count: number }[] {
  return db.prepare(`SELECT token, value AS profile_status, n AS count FROM token_counts WHERE kind = 'device' AND n > 0 ORDER BY token, value`).all() as {
    token: string;
    profile_status: string;
    count: number;
  }[];
}

export function assignmentCounts(db: DB): { token: string; state: string; count: number }[] {
  return db.prepare(`SELECT token, value AS state, n AS count FROM token_counts WHERE kind = 'assignment' AND n > 0 ORDER BY token, value`).all() as {
    token: string;
    state: string;
    count: number;
  }[];
}

/** The same figures counted from the rows themselves (tests compare; never on a hot path). */
export function countedFromRows(db: DB): { token: string; kind: string; value: string; n: number }[] {
  return db
    .prepare(`SELECT token, kind, value, n FROM (
      SELECT token, 'device' AS kind, profile_status AS value, COUNT(*) AS n FROM device_rows WHERE deleted_at IS NULL GROUP BY token, profile_status
      UNION ALL SELECT token, 'gone', '', COUNT(*) FROM device_rows WHERE deleted_at IS NOT NULL GROUP BY token
      UNION ALL SELECT token, 'assignment', state, COUNT(*) FROM assignments GROUP BY token, state)
    ORDER BY token, kind, value`)
    .all() as { token: string; kind: string; value: string; n: number }[];
}

export function keptCounts(db: DB): { token: string; kind: string; value: string; n: number }[] {
  return db.prepare('SELECT token, kind, value, n FROM token_counts WHERE n <> 0 ORDER BY token, kind, value').all() as {
    token: string;
    kind: string;
    value: string;
    n: number;
  }[];
}
