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

/** Only a hash of the consumer key is stored: enough to tell whether an imported token is for the same MDM server. */
export const consumerKeyHash = (consumerKey: string): string => createHash('sha256').update(consumerKey, 'utf8').digest('hex');

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

/** The policy fingerprint the token's assignment rows were last evaluated with (assign/assigner.ts). */
export function policyFingerprintOf(db: DB, token: string): string | null | undefined {
  return (db.prepare('SELECT policy_fingerprint FROM tokens WHERE name = ?').get(token) as { policy_fingerprint: string | null } | undefined)
    ?.policy_fingerprint;
}

export function setPolicyFingerprint(db: DB, token: string, fingerprint: string): void {
  db.prepare('UPDATE tokens SET policy_fingerprint = ? WHERE name = ?').run(fingerprint, token);
}

/** What Apple's last answer says of the token (expired, revoked, terms not accepted, …). */
export function setTokenStatus(db: DB, token: string, status: string, detail: string | null, at: Date): void {
  db.prepare('UPDATE tokens SET status = ?, status_detail = ?, status_at = ? WHERE name = ?').run(status, detail, at.toISOString(), token);
}

// Token records as `adesync token` imports, lists and removes them.
export type TokenRecord = Omit<TokenRow, 'account_json' | 'policy_fingerprint'>;

const COLUMNS =
  'name, token_file, consumer_key_sha256, access_token_expiry, server_name, server_uuid, org_name, status, ' +
  'status_detail, status_at, account_checked_at, created_at, updated_at';

export function getTokenRecord(db: DB, name: string): TokenRecord | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM tokens WHERE name = ?`).get(name) as TokenRecord | undefined;
}

function listTokenRecords(db: DB): TokenRecord[] {
  return db.prepare(`SELECT ${COLUMNS} FROM tokens ORDER BY name`).all() as TokenRecord[];
}

/**
 * Record an imported token. Same consumer key (a renewed token of the same MDM server): keep what /account told us.
 * A different consumer key (another MDM server under this name, forced by the caller): forget the old server's details.
 */
function saveTokenRecord(db: DB, name: string, tokenFile: string, token: ServerToken, now: Date = new Date()): { created: boolean; serverChanged: boolean } {
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

/** The token rows `adesync token` imports, lists and removes, on either engine (store/pg/tokens.ts for PostgreSQL). */
export interface TokenRecords {
  get(name: string): Promise<TokenRecord | undefined>;
  list(): Promise<TokenRecord[]>;
  save(name: string, tokenFile: string, token: ServerToken, now?: Date): Promise<{ created: boolean; serverChanged: boolean }>;
  remove(name: string): Promise<boolean>;
  close(): Promise<void>;
}

export function sqliteTokenRecords(db: DB): TokenRecords {
  return {
    get: async (name) => getTokenRecord(db, name),
    list: async () => listTokenRecords(db),
    save: async (name, file, token, now) => saveTokenRecord(db, name, file, token, now),
    remove: async (name) => removeTokenRecord(db, name),
    close: async () => {
      db.close();
    },
  };
}
