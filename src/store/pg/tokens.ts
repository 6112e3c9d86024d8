// Token rows and run interruption on PostgreSQL: the statements of store/tokens.ts and store/state.ts that the runtime
// needs, in PostgreSQL's dialect (no secrets: a hash of the consumer key and the expiry).
import type { AccountDetail, ServerToken } from '../../apple/types.ts';
import { consumerKeyHash, type TokenRecord, type TokenRecords, type TokenRow } from '../tokens.ts';
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

const RECORD_COLUMNS =
  'name, token_file, consumer_key_sha256, access_token_expiry, server_name, server_uuid, org_name, status, ' +
  'status_detail, status_at, account_checked_at, created_at, updated_at';

/** store/tokens.ts's TokenRecords on PostgreSQL: the row is locked while an import decides between renewal and a new server. */
export function pgTokenRecords(pool: PgPool): TokenRecords {
  return {
    async get(name) {
      const [r] = await pool.query<TokenRecord>(`SELECT ${RECORD_COLUMNS} FROM tokens WHERE name = $1`, [name]);
      return r;
    },
    list: () => pool.query<TokenRecord>(`SELECT ${RECORD_COLUMNS} FROM tokens ORDER BY name COLLATE "C"`),
    save: (name, tokenFile, token, now = new Date()) =>
      pool.transaction(async (c) => {
        const hash = consumerKeyHash(token.consumer_key);
        const at = now.toISOString();
        const [old] = await c.query<{ consumer_key_sha256: string }>('SELECT consumer_key_sha256 FROM tokens WHERE name = $1 FOR UPDATE', [name]);
        if (!old) {
          await c.query(
            `INSERT INTO tokens (name, token_file, consumer_key_sha256, access_token_expiry, status, created_at, updated_at)
             VALUES ($1, $2, $3, $4, 'unknown', $5, $5)`,
            [name, tokenFile, hash, token.access_token_expiry, at],
          );
          return { created: true, serverChanged: false };
        }
        if (old.consumer_key_sha256 === hash) {
          await c.query(
            `UPDATE tokens SET token_file = $2, access_token_expiry = $3, updated_at = $4,
               status = CASE WHEN status IN ('expired', 'unauthorized', 'revoked', 'clock_skew') THEN 'unknown' ELSE status END
             WHERE name = $1`,
            [name, tokenFile, token.access_token_expiry, at],
          );
          return { created: false, serverChanged: false };
        }
        await c.query(
          `UPDATE tokens SET token_file = $2, consumer_key_sha256 = $3, access_token_expiry = $4, server_name = NULL, server_uuid = NULL,
             org_name = NULL, account_json = NULL, account_checked_at = NULL, status = 'unknown', status_detail = NULL, status_at = NULL,
             updated_at = $5
           WHERE name = $1`,
          [name, tokenFile, hash, token.access_token_expiry, at],
        );
        return { created: false, serverChanged: true };
      }),
    async remove(name) {
      return (await pool.query('DELETE FROM tokens WHERE name = $1 RETURNING name', [name])).length > 0;
    },
    close: () => pool.end(),
  };
}
