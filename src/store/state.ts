import type { DB } from './db.ts';

export interface CursorRow {
  token: string;
  cursor: string | null;
  phase: 'fetch' | 'sync';
  issued_at: string | null;
  fetch_started_at: string | null;
  fetch_run_id: number | null;
  updated_at: string;
}

/** Cursor, sync-run and token-status statements: the per-token bookkeeping of the sync engine. */
export function stateStatements(db: DB) {
  return {
    getCursor: db.prepare('SELECT * FROM cursors WHERE token = ?'),
    putCursor: db.prepare(`INSERT INTO cursors (token, cursor, phase, issued_at, fetch_started_at, fetch_run_id, updated_at)
      VALUES (@token, @cursor, @phase, @issued_at, @fetch_started_at, @fetch_run_id, @updated_at)
      ON CONFLICT(token) DO UPDATE SET cursor = excluded.cursor, phase = excluded.phase, issued_at = excluded.issued_at,
        fetch_started_at = excluded.fetch_started_at, fetch_run_id = excluded.fetch_run_id, updated_at = excluded.updated_at`),
    startRun: db.prepare(`INSERT INTO sync_runs (token, kind, trigger, started_at) VALUES (?, ?, ?, ?)`),
    pageDone: db.prepare(`UPDATE sync_runs SET pages = pages + 1, devices = devices + @devices, added = added + @added,
      modified = modified + @modified, deleted = deleted + @deleted WHERE id = @id`),
    setRunKind: db.prepare('UPDATE sync_runs SET kind = ? WHERE id = ?'),
    finishRun: db.prepare(`UPDATE sync_runs SET finished_at = @at, result = @result, error_code = @code, error_message = @message WHERE id = @id`),
    /** Runs left 'running' by a crash. */
    interruptRuns: db.prepare(
      `UPDATE sync_runs SET result = 'interrupted', finished_at = COALESCE(finished_at, @at) WHERE result = 'running' AND token = @token`,
    ),
    /** One run of this process, stopped by a signal. */
    interruptRun: db.prepare(`UPDATE sync_runs SET result = 'interrupted', finished_at = @at WHERE id = @id AND result = 'running'`),
    setTokenStatus: db.prepare(`UPDATE tokens SET status = @status, status_detail = @detail, status_at = @at, updated_at = @at WHERE name = @token`),
  };
}

/** When Apple issued the token's cursor (the daily check refreshes one older than sync.cursor_refresh_days). */
export function cursorIssuedAt(db: DB, token: string): string | null {
  return (db.prepare('SELECT issued_at FROM cursors WHERE token = ?').get(token) as { issued_at: string | null } | undefined)?.issued_at ?? null;
}

/** When the token's last successful full fetch started (sync.full_fetch_days). */
export function lastFullFetchAt(db: DB, token: string): string | null {
  return (db.prepare(`SELECT MAX(started_at) AS at FROM sync_runs WHERE token = ? AND kind = 'fetch' AND result = 'ok'`).get(token) as { at: string | null })
    .at;
}
