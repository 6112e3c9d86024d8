import { createHash } from 'node:crypto';
import type { DB } from './db.ts';
import type { ServerToken, AccountDetail } from '../apple/types.ts';

export interface TokenRow {
  name: string;
  token_file: string;
  consumer_key_sha256: string;
  access_token_expiry: string;
  server_name: string | null;
  server_uuid: string | null;
  org_name: string | null;
  account_json: string | null;
  account_checked_at: string | null;
  status: string;
  status_detail: string | null;
  status_at: string | null;
  created_at: string;
  updated_at: string;
  policy_fingerprint: string | null;
}

const consumerKeyHash = (k: string) => createHash('sha256').update(k).digest('hex');

/** Make sure a configured token has its row (no secrets: only a hash of the consumer key and the expiry). */
export function ensureTokenRow(db: DB, name: string, file: string, token: ServerToken, now = new Date()): void {
  const at = now.toISOString();
  db.prepare(`INSERT INTO tokens (name, token_file, consumer_key_sha256, access_token_expiry, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT(name) DO UPDATE SET token_file = excluded.token_file, consumer_key_sha256 = excluded.consumer_key_sha256,
      access_token_expiry = excluded.access_token_expiry, updated_at = excluded.updated_at
    WHERE tokens.token_file <> excluded.token_file OR tokens.consumer_key_sha256 <> excluded.consumer_key_sha256
      OR tokens.access_token_expiry <> excluded.access_token_expiry`).run(name, file, consumerKeyHash(token.consumer_key), token.access_token_expiry, at, at);
}

export function recordAccount(db: DB, name: string, account: AccountDetail, now = new Date()): void {
  db.prepare(`UPDATE tokens SET server_name = ?, server_uuid = ?, org_name = ?, account_json = ?, account_checked_at = ?, updated_at = ? WHERE name = ?`).run(
    account.server_name ?? null,
    account.server_uuid ?? null,
    account.org_name ?? null,
    JSON.stringify(account),
    now.toISOString(),
    now.toISOString(),
    name,
  );
}

export function getToken(db: DB, name: string): TokenRow | undefined {
  return db.prepare('SELECT * FROM tokens WHERE name = ?').get(name) as TokenRow | undefined;
}
