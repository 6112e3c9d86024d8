// Logins in progress (migrations/007_logins.sql), engine-neutral: SQLite here, PostgreSQL in pg/logins.ts. Single use
// holds across processes and nodes: a session is taken by one DELETE … RETURNING whose WHERE carries the state's hash,
// the cookie's hash and the expiry. The caps on logins in progress are checked in the transaction that adds the row.
import type { DB } from './db.ts';

export interface LoginSessionRow {
  purpose: string;
  data: string;
  nonce: string;
  code_verifier: string;
}

interface NewLoginSession extends LoginSessionRow {
  serial: string | null;
  state_sha256: string;
  cookie_sha256: string;
  created_at: number;
  expires_at: number;
}

/** Logins in progress allowed at once: in all (each holds up to a 64 KiB device blob), and for one device serial. */
export interface LoginCaps {
  max: number;
  perSerial: number;
}

/** Why a login was not added: the cap in all, or the one of its serial, is reached. */
export type LoginRefusal = 'full' | 'serial_full';

export interface LoginSessionStore {
  /**
   * Adds the session unless a cap is reached (live sessions in all, then those of its serial): undefined when added.
   * The serial's count and the insert are one transaction under a lock of that serial, so nodes sharing the database hold
   * the per-serial cap together; the total may pass `max` by the few that nodes add at the same instant.
   */
  add(s: NewLoginSession, caps: LoginCaps): Promise<LoginRefusal | undefined>;
  /**
   * Takes the session of this state if the cookie matches and it has not expired: returned once, never again. A wrong
   * cookie takes nothing (a forged callback cannot burn the user's login); an expired row is left for pruning.
   */
  take(stateSha256: string, cookieSha256: string, now: number): Promise<LoginSessionRow | undefined>;
  /** Sessions not yet expired, in all or of one serial. */
  countLive(now: number, serial?: string): Promise<number>;
  /** Deletes the expired sessions; how many. */
  prune(now: number): Promise<number>;
}

/** The cap a new session would pass, given the live sessions in all and of its serial. */
export function loginRefusal(live: number, liveOfSerial: number, caps: LoginCaps): LoginRefusal | undefined {
  if (live >= caps.max) return 'full';
  return liveOfSerial >= caps.perSerial ? 'serial_full' : undefined;
}

export function createLoginSessionStore(db: DB): LoginSessionStore {
  const insert = db.prepare(
    `INSERT INTO login_sessions (state_sha256, cookie_sha256, purpose, data, serial, nonce, code_verifier, created_at, expires_at)
     VALUES (@state_sha256, @cookie_sha256, @purpose, @data, @serial, @nonce, @code_verifier, @created_at, @expires_at)`,
  );
  const take = db.prepare(
    `DELETE FROM login_sessions WHERE state_sha256 = ? AND cookie_sha256 = ? AND expires_at > ?
     RETURNING purpose, data, nonce, code_verifier`,
  );
  const live = db.prepare('SELECT count(*) AS n FROM login_sessions WHERE expires_at > ?');
  const liveOf = db.prepare('SELECT count(*) AS n FROM login_sessions WHERE serial = ? AND expires_at > ?');
  const prune = db.prepare('DELETE FROM login_sessions WHERE expires_at <= ?');
  const count = (now: number, serial?: string | null) => ((serial ? liveOf.get(serial, now) : live.get(now)) as { n: number }).n;
  const add = db.transaction((s: NewLoginSession, caps: LoginCaps) => {
    const refusal = loginRefusal(count(s.created_at), s.serial ? count(s.created_at, s.serial) : 0, caps);
    if (!refusal) insert.run(s);
    return refusal;
  });
  return {
    add: async (s, caps) => add.immediate(s, caps),
    take: async (state, cookie, now) => take.get(state, cookie, now) as LoginSessionRow | undefined,
    countLive: async (now, serial) => count(now, serial),
    prune: async (now) => prune.run(now).changes,
  };
}
