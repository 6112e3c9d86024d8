// Token rows and run interruption on PostgreSQL: the statements of store/tokens.ts and store/state.ts that the runtime
// needs, in PostgreSQL's dialect (no secrets: a hash of the consumer key and the expiry).
import type { AccountDetail, ServerToken } from '../../apple/types.ts';
import { consumerKeyHash, type TokenRow } from '../tokens.ts';
import type { PgPool } from './connect.ts';

export async function ensureTokenRowPg(pool: PgPool, name: string, file: string, token: ServerToken, now = new Date()): Promise<void> {
  const at = now.toISOString();
  await pool.query(
    `INSERT INTO tokens (name, token_file, consumer_key_sha256, access_token_expiry, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
     ON CONFLICT (name) DO UPDATE SET token_file = excluded.token_file, consumer_key_sha256 = excluded.consumer_key_sha256,
       access_token_expiry = excluded.access_token_expiry, updated_at = excluded.updated_at
     WHERE tokens.token_file <> excluded.token_file OR tokens.consumer_key_sha256 <> excluded.consumer_key_sha256
       OR tokens.access_token_expiry <> excluded.access_token_expiry`,
    [name, file, consumerKeyHash(token.consumer_key), token.access_token_expiry, at],
  );
}

export async function recordAccountPg(pool: PgPool, name: string, account: AccountDetail, now = new Date()): Promise<void> {
  const at = now.toISOString();
  await pool.query(
    'UPDATE tokens SET server_name = $2, server_uuid = $3, org_name = $4, account_json = $5, account_checked_at = $6, updated_at = $6 WHERE name = $1',
    [name, account.server_name ?? null, account.server_uuid ?? null, account.org_name ?? null, JSON.stringify(account), at],
  );
}

export async function getTokenPg(pool: PgPool, name: string): Promise<TokenRow | undefined> {
  const [row] = await pool.query<TokenRow>('SELECT * FROM tokens WHERE name = $1', [name]);
  return row;
}

/** One run of this process, stopped by a signal. */
export async function interruptRunPg(pool: PgPool, runId: number, at: string): Promise<void> {
  await pool.query(`UPDATE sync_runs SET result = 'interrupted', finished_at = $2 WHERE id = $1 AND result = 'running'`, [runId, at]);
}
