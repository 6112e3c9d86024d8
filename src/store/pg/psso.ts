// Platform SSO's links and tokens on PostgreSQL: store/psso.ts's statements in this dialect. Spending a link (and minting
// its token) and consuming a token are each ONE statement whose WHERE checks used_at and the expiry, so two nodes racing
// for the same link or token cannot both win: the second waits for the first's row, re-reads it and no longer matches.
import type { PgPool } from './connect.ts';
import { pruneInBatches, tokenGrant, type PssoLinkRow, type PssoStore } from '../psso.ts';

export function createPgPssoStore(pool: PgPool): PssoStore {
  return {
    addLink: (l, keep = 5) =>
      pool.transaction(async (c) => {
        await c.query('INSERT INTO psso_links (link_hash, serial_number, udid, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
          l.hash,
          l.serial,
          l.udid,
          l.now,
          l.expiresAt,
        ]);
        await c.query(
          `DELETE FROM psso_links WHERE serial_number = $1 AND used_at IS NULL AND link_hash NOT IN
             (SELECT link_hash FROM psso_links WHERE serial_number = $1 AND used_at IS NULL ORDER BY created_at DESC LIMIT $2)`,
          [l.serial, keep],
        );
      }),
    link: async (hash) => (await pool.query<PssoLinkRow>('SELECT serial_number, udid, expires_at, used_at FROM psso_links WHERE link_hash = $1', [hash]))[0],
    // the link is spent and the token stored by one statement: a data-modifying CTE commits with its INSERT or not at all
    mintToken: async (t) =>
      (
        await pool.query<{ serial_number: string; udid: string }>(
          `WITH used AS (
             UPDATE psso_links SET used_at = $3 WHERE link_hash = $1 AND used_at IS NULL AND expires_at > $3 RETURNING serial_number, udid)
           INSERT INTO psso_tokens (token_hash, serial_number, udid, user_json, created_at, expires_at)
           SELECT $2, serial_number, udid, $4, $3, $5 FROM used RETURNING serial_number, udid`,
          [t.linkHash, t.tokenHash, t.now, JSON.stringify(t.user), t.expiresAt],
        )
      )[0],
    async consumeToken(hash, now) {
      const [row] = await pool.query<Parameters<typeof tokenGrant>[0]>(
        'UPDATE psso_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING serial_number, udid, user_json',
        [hash, now],
      );
      return row && tokenGrant(row);
    },
    tokenState: async (hash) =>
      (await pool.query<{ used_at: string | null; expires_at: string }>('SELECT used_at, expires_at FROM psso_tokens WHERE token_hash = $1', [hash]))[0],
    prune: (o) =>
      pruneInBatches(o, async (table, batch) => {
        const [t, key] = table === 'links' ? ['psso_links', 'link_hash'] : ['psso_tokens', 'token_hash'];
        const [{ n }] = await pool.query<{ n: number }>(
          `WITH d AS (DELETE FROM ${t} WHERE ${key} IN (SELECT ${key} FROM ${t} WHERE expires_at < $1 ORDER BY expires_at LIMIT $2) RETURNING 1)
           SELECT count(*)::int AS n FROM d`,
          [o.before, batch],
        );
        return n;
      }),
  };
}
