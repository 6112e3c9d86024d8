import type { DB } from './db.ts';

export type WriteProbe = { ok: true; busy?: boolean } | { ok: false; code: string; message: string };

/**
 * A real write, committed in its own transaction, that changes nothing: the header's user_version (unused by adesync,
 * whose schema version lives in schema_migrations) is rewritten with its own value. SQLite still writes the page to
 * the WAL, so a read-only file or mount, a full disk or an I/O error fails here as it would fail a sync. No table is
 * needed, so the probe works on any schema version. Another writer holding the lock is "busy", not a failure: the probe
 * never waits (the main thread must not block on it).
 */
export function probeWrite(db: DB): WriteProbe {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.transaction(() => {
      const v = Number(db.pragma('user_version', { simple: true }));
      db.pragma(`user_version = ${Number.isSafeInteger(v) ? v : 0}`);
    }).immediate();
    return { ok: true };
  } catch (e) {
    const code = String((e as { code?: unknown }).code ?? 'ERROR');
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return { ok: true, busy: true };
    return { ok: false, code, message: (e as Error).message };
  } finally {
    db.pragma(`busy_timeout = ${Number(timeout) || 0}`);
  }
}

/** Pure: an error code that says the database failed (SQLITE_*, an unusable PostgreSQL, its connection and shutdown classes). */
export const databaseFailure = (code: string | undefined): boolean => !!code && /^(SQLITE_|DATABASE_UNUSABLE$|08|57P)/.test(code);
