// Logins in progress (migrations/007_logins.sql). Single use holds across processes: a session is taken by one
// DELETE … RETURNING whose WHERE carries the state's hash, the cookie's hash and the expiry.
import type { DB } from './db.ts';

export interface LoginSessionRow {
  purpose: string;
  data: string;
  nonce: string;
  code_verifier: string;
}

export interface NewLoginSession extends LoginSessionRow {
  serial: string | null;
  state_sha256: string;
  cookie_sha256: string;
  created_at: number;
  expires_at: number;
}

export function insertLoginSession(db: DB, s: NewLoginSession): void {
  db.prepare(
    `INSERT INTO login_sessions (state_sha256, cookie_sha256, purpose, data, serial, nonce, code_verifier, created_at, expires_at)
     VALUES (@state_sha256, @cookie_sha256, @purpose, @data, @serial, @nonce, @code_verifier, @created_at, @expires_at)`,
  ).run(s);
}

/**
 * Takes the session of this state if the cookie matches and it has not expired: returned once, never again. A wrong
 * cookie takes nothing (a forged callback cannot burn the user's login); an expired row is left for pruning.
 */
export function takeLoginSession(db: DB, stateSha256: string, cookieSha256: string, now: number): LoginSessionRow | undefined {
  return db
    .prepare(
      `DELETE FROM login_sessions WHERE state_sha256 = ? AND cookie_sha256 = ? AND expires_at > ?
       RETURNING purpose, data, nonce, code_verifier`,
    )
    .get(stateSha256, cookieSha256, now) as LoginSessionRow | undefined;
}

/** Sessions not yet expired (the cap on logins in progress). */
export function countLiveLoginSessions(db: DB, now: number): number {
  return (db.prepare('SELECT count(*) AS n FROM login_sessions WHERE expires_at > ?').get(now) as { n: number }).n;
}

/** Sessions not yet expired for one device (a replayed device blob must not fill the store). */
export function countLiveLoginSessionsOf(db: DB, serial: string, now: number): number {
  return (db.prepare('SELECT count(*) AS n FROM login_sessions WHERE serial = ? AND expires_at > ?').get(serial, now) as { n: number }).n;
}

export function pruneLoginSessions(db: DB, now: number): number {
  return db.prepare('DELETE FROM login_sessions WHERE expires_at <= ?').run(now).changes;
}
