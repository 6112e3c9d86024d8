// Logins in progress on PostgreSQL: store/logins.ts's statements in this dialect. A session is taken by one
// DELETE … RETURNING, so two nodes racing for one callback cannot both have it; a new session's per-serial count and its
// insert run under a transaction-level advisory lock of the serial, so the nodes hold the per-serial cap together.
import { loginRefusal, type LoginSessionRow, type LoginSessionStore } from '../logins.ts';
import type { PgClient, PgPool } from './connect.ts';

/** The advisory lock class of a serial's logins ('logi'), apart from the single-key locks (migrate). */
const LOGIN_LOCK = 0x6c6f6769;

const count = async (c: PgClient, now: number, serial?: string | null) =>
  (
    await (serial
      ? c.query<{ n: number }>('SELECT count(*)::int AS n FROM login_sessions WHERE serial = $1 AND expires_at > $2', [serial, now])
      : c.query<{ n: number }>('SELECT count(*)::int AS n FROM login_sessions WHERE expires_at > $1', [now]))
  )[0].n;

export function createPgLoginSessionStore(pool: PgPool): LoginSessionStore {
  return {
    add: (s, caps) =>
      pool.transaction(async (c) => {
        if (s.serial) await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOGIN_LOCK, s.serial]);
        const refusal = loginRefusal(await count(c, s.created_at), s.serial ? await count(c, s.created_at, s.serial) : 0, caps);
        if (!refusal)
          await c.query(
            `INSERT INTO login_sessions (state_sha256, cookie_sha256, purpose, data, serial, nonce, code_verifier, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [s.state_sha256, s.cookie_sha256, s.purpose, s.data, s.serial, s.nonce, s.code_verifier, s.created_at, s.expires_at],
          );
        return refusal;
      }),
    take: async (state, cookie, now) =>
      (
        await pool.query<LoginSessionRow>(
          `DELETE FROM login_sessions WHERE state_sha256 = $1 AND cookie_sha256 = $2 AND expires_at > $3
           RETURNING purpose, data, nonce, code_verifier`,
          [state, cookie, now],
        )
      )[0],
    countLive: (now, serial) => count(pool, now, serial),
    prune: async (now) =>
      (await pool.query<{ n: number }>('WITH d AS (DELETE FROM login_sessions WHERE expires_at <= $1 RETURNING 1) SELECT count(*)::int AS n FROM d', [now]))[0]
        .n,
  };
}
