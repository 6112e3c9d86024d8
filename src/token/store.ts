// The `tokens` table: what we know about each server token, never its secrets (consumer_key only as sha256).
import { createHash } from 'node:crypto';
import type { DB } from '../store/db.ts';
import type { ServerToken } from './parse.ts';

export interface TokenRecord {
  name: string;
  token_file: string;
  consumer_key_sha256: string;
  access_token_expiry: string;
  server_name: string | null;
  server_uuid: string | null;
  org_name: string | null;
  status: string;
  status_detail: string | null;
  status_at: string | null;
  account_checked_at: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS =
  'name, token_file, consumer_key_sha256, access_token_expiry, server_name, server_uuid, org_name, status, ' +
  'status_detail, status_at, account_checked_at, created_at, updated_at';

export const consumerKeyHash = (consumerKey: string): string => createHash('sha256').update(consumerKey, 'utf8').digest('hex');

export function getTokenRecord(db: DB, name: string): TokenRecord | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM tokens WHERE name = ?`).get(name) as TokenRecord | undefined;
}

export function listTokenRecords(db: DB): TokenRecord[] {
  return db.prepare(`SELECT ${COLUMNS} FROM tokens ORDER BY name`).all() as TokenRecord[];
}

/**
 * Record an imported token. Same consumer key (a renewed token of the same MDM server): keep what /account told us.
 * A different consumer key (another MDM server under this name, forced by the caller): forget the old server's details.
 */
export function saveTokenRecord(
  db: DB,
  name: string,
  tokenFile: string,
  token: ServerToken,
  now: Date = new Date(),
): { created: boolean; serverChanged: boolean } {
  const hash = consumerKeyHash(token.consumer_key);
  const at = now.toISOString();
  return db
    .transaction(() => {
      const old = getTokenRecord(db, name);
      if (!old) {
        db.prepare(`INSERT INTO tokens (name, token_file, consumer_key_sha256, access_token_expiry, status, created_at, updated_at)
                  VALUES (?, ?, ?, ?, 'unknown', ?, ?)`).run(name, tokenFile, hash, token.access_token_expiry, at, at);
        return { created: true, serverChanged: false };
      }
      if (old.consumer_key_sha256 === hash) {
        db.prepare(`UPDATE tokens SET token_file = ?, access_token_expiry = ?, updated_at = ?,
                    status = CASE WHEN status IN ('expired', 'unauthorized', 'revoked', 'clock_skew') THEN 'unknown' ELSE status END
                  WHERE name = ?`).run(tokenFile, token.access_token_expiry, at, name);
        return { created: false, serverChanged: false };
      }
      db.prepare(`UPDATE tokens SET token_file = ?, consumer_key_sha256 = ?, access_token_expiry = ?, server_name = NULL,
                  server_uuid = NULL, org_name = NULL, account_json = NULL, account_checked_at = NULL, status = 'unknown',
                  status_detail = NULL, status_at = NULL, updated_at = ?
                WHERE name = ?`).run(tokenFile, hash, token.access_token_expiry, at, name);
      return { created: false, serverChanged: true };
    })
    .immediate();
}

export function removeTokenRecord(db: DB, name: string): boolean {
  return db.prepare('DELETE FROM tokens WHERE name = ?').run(name).changes > 0;
}
