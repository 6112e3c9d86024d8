/**
 * Platform SSO during ADE (migrations/009_psso.sql): the one-time links of each 403 com.apple.psso.required and the
 * bearer tokens minted after the sign-in. Callers pass SHA-256 hashes, never the link ids or tokens themselves; single
 * use and expiry are decided inside the statements, so two requests (or two nodes) racing for one token cannot both win.
 * The SQLite engine is here, PostgreSQL's in pg/psso.ts.
 */
import type { AuthUser } from '../auth/types.ts';
import type { DB } from './db.ts';

export interface PssoLinkRow {
  serial_number: string;
  udid: string;
  expires_at: string;
  used_at: string | null;
}

interface PssoTokenGrant {
  serial_number: string;
  udid: string;
  user: AuthUser;
}

/** What prune() deletes: links and tokens that expired before `before`, `batch` rows a statement, `pause` between. */
export interface PssoPrune {
  before: string;
  batch?: number;
  pause?: () => Promise<void>;
}

/** Platform SSO's links and tokens, engine-neutral: SQLite here, PostgreSQL in pg/psso.ts. */
export interface PssoStore {
  /** A new link for a device; its older unused links beyond the newest `keep` are dropped (a replayed 403 cannot pile up rows). */
  addLink(l: { hash: string; serial: string; udid: string; now: string; expiresAt: string }, keep?: number): Promise<void>;
  link(hash: string): Promise<PssoLinkRow | undefined>;
  /**
   * Marks an unexpired, unused link used and stores the token for its device, atomically. Undefined (nothing written)
   * when the link is unknown, expired or used already.
   */
  mintToken(t: {
    linkHash: string;
    tokenHash: string;
    user: AuthUser;
    now: string;
    expiresAt: string;
  }): Promise<{ serial_number: string; udid: string } | undefined>;
  /** Consumes an unexpired, unused token: its device and user, or undefined when it was not (then see tokenState). */
  consumeToken(hash: string, now: string): Promise<PssoTokenGrant | undefined>;
  /** Why a token could not be consumed: unknown (undefined), used or expired. */
  tokenState(hash: string): Promise<{ used_at: string | null; expires_at: string } | undefined>;
  /** Deletes links and tokens that expired, used or not; how many of each. */
  prune(o: PssoPrune): Promise<{ links: number; tokens: number }>;
}

/** A consumed token's row as its grant (both engines). */
export const tokenGrant = (row: { serial_number: string; udid: string; user_json: string }): PssoTokenGrant => ({
  serial_number: row.serial_number,
  udid: row.udid,
  user: JSON.parse(row.user_json) as AuthUser,
});

/** Each table's prune, a batch at a time until one deletes nothing (both engines: `step` deletes one batch). */
export async function pruneInBatches(o: PssoPrune, step: (table: 'links' | 'tokens', batch: number) => Promise<number>) {
  const batch = o.batch ?? 500;
  const pause = o.pause ?? (() => new Promise<void>((r) => setImmediate(r)));
  const out = { links: 0, tokens: 0 };
  for (const table of ['links', 'tokens'] as const) {
    for (;;) {
      const n = await step(table, batch);
      out[table] += n;
      if (n === 0) break;
      await pause();
    }
  }
  return out;
}

/** The SQLite engine: each call runs synchronously inside. */
export function createPssoStore(db: DB): PssoStore {
  const insertLink = db.prepare(
    'INSERT INTO psso_links (link_hash, serial_number, udid, created_at, expires_at) VALUES (@hash, @serial, @udid, @now, @expiresAt)',
  );
  const trimLinks = db.prepare(`DELETE FROM psso_links WHERE serial_number = ? AND used_at IS NULL AND link_hash NOT IN
    (SELECT link_hash FROM psso_links WHERE serial_number = ? AND used_at IS NULL ORDER BY created_at DESC LIMIT ?)`);
  const getLink = db.prepare('SELECT serial_number, udid, expires_at, used_at FROM psso_links WHERE link_hash = ?');
  const useLink = db.prepare('UPDATE psso_links SET used_at = ? WHERE link_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING serial_number, udid');
  const insertToken = db.prepare(`INSERT INTO psso_tokens (token_hash, serial_number, udid, user_json, created_at, expires_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const useToken = db.prepare(
    'UPDATE psso_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING serial_number, udid, user_json',
  );
  const getToken = db.prepare('SELECT used_at, expires_at FROM psso_tokens WHERE token_hash = ?');
  const prunes = {
    links: db.prepare('DELETE FROM psso_links WHERE link_hash IN (SELECT link_hash FROM psso_links WHERE expires_at < ? ORDER BY expires_at LIMIT ?)'),
    tokens: db.prepare('DELETE FROM psso_tokens WHERE token_hash IN (SELECT token_hash FROM psso_tokens WHERE expires_at < ? ORDER BY expires_at LIMIT ?)'),
  };
  const add = db.transaction((l: Parameters<PssoStore['addLink']>[0], keep: number) => {
    insertLink.run(l);
    trimLinks.run(l.serial, l.serial, keep);
  });
  const mint = db.transaction((t: Parameters<PssoStore['mintToken']>[0]) => {
    const dev = useLink.get(t.now, t.linkHash, t.now) as { serial_number: string; udid: string } | undefined;
    if (!dev) return undefined;
    insertToken.run(t.tokenHash, dev.serial_number, dev.udid, JSON.stringify(t.user), t.now, t.expiresAt);
    return dev;
  });
  return {
    addLink: async (l, keep = 5) => add.immediate(l, keep),
    link: async (hash) => getLink.get(hash) as PssoLinkRow | undefined,
    mintToken: async (t) => mint.immediate(t),
    async consumeToken(hash, now) {
      const row = useToken.get(now, hash, now) as Parameters<typeof tokenGrant>[0] | undefined;
      return row && tokenGrant(row);
    },
    tokenState: async (hash) => getToken.get(hash) as { used_at: string | null; expires_at: string } | undefined,
    prune: (o) => pruneInBatches(o, async (table, batch) => prunes[table].run(o.before, batch).changes),
  };
}
