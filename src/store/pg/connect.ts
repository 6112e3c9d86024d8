// The PostgreSQL connection: one pool per process over node-postgres (`pg`, chosen by bench/pg-driver.ts), behind the
// few calls the store needs (query, exec, a client for a transaction or a session lock). Errors come back as an admin can
// act on them: which server, what is wrong, which setting to change. The password is read from its 0600 file here and
// goes nowhere but the connection: never into a label, a log line or an error.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { StoreConfig } from '../../config/schema.ts';
import { checkSecretFileMode } from '../../token/mode.ts';

interface PgTls {
  ca?: string;
  cert?: string;
  key?: string;
  rejectUnauthorized: boolean;
}

export interface PgSettings {
  /** postgresql://USER@HOST:PORT/DATABASE, without a password. */
  url: string;
  password?: string;
  tls?: PgTls;
  poolSize?: number;
  statementTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** The server ends a session left idle inside a transaction this long (its client cut off), freeing the rows it locked. */
  idleInTransactionTimeoutMs?: number;
  /** The config key errors name for the URL (default: both forms). */
  setting?: string;
  /** The password file's path, for errors about the password ("check store.password_file"). */
  passwordFile?: string;
  /** An idle connection's error (the server restarted): the pool drops it and reconnects at the next query. */
  onIdleError?: (e: Error) => void;
}

/** One connection's worth of the driver: rows of a parameterised statement, or a script of several statements. */
export interface PgClient {
  /**
   * `name`: a statement each connection parses and plans once and then only executes (a hot path's, fixed text): it
   * spares the server a parse and a plan per call.
   */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], name?: string): Promise<T[]>;
  /** Several statements separated by semicolons, no parameters (a migration file). */
  exec(sql: string): Promise<void>;
}

export interface PgPool extends PgClient {
  /** The server and database as errors and logs name them: the URL (it never holds a password). */
  readonly label: string;
  /** One connection held for `fn`: a transaction, a session-level advisory lock. */
  withClient<T>(fn: (c: PgClient) => Promise<T>): Promise<T>;
  /** BEGIN … COMMIT on one connection; ROLLBACK when `fn` throws. */
  transaction<T>(fn: (c: PgClient) => Promise<T>): Promise<T>;
  end(): Promise<void>;
}

/** The database cannot be used: the message names the server, what is wrong and the setting that fixes it. */
export class PostgresError extends Error {
  readonly code = 'DATABASE_UNUSABLE';
  readonly exitCode = 1;
  constructor(
    readonly label: string,
    message: string,
    readonly pgCode?: string,
  ) {
    super(message);
    this.name = 'PostgresError';
  }
}

/** Where the URL is configured: the resolved config no longer says which of the two forms the admin wrote. */
const URL_SETTING = 'the database URL (database: or store.url)';

/** A secret file as every command reads one: only its owner may read it (src/token/mode.ts); one line, trailing newline dropped. */
function readSecret(key: string, file: string): string {
  const insecure = checkSecretFileMode(file);
  if (insecure) throw new PostgresError(file, `${key}: ${insecure.message}`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PostgresError(
      file,
      `${key}: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): create it (mode 600) readable by the user adesync runs as`,
    );
  }
  const value = text.replace(/\r?\n$/, '');
  if (!value) throw new PostgresError(file, `${key}: ${file} is empty: it must hold the secret on one line`);
  return value;
}

function readPublic(key: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new PostgresError(file, `${key}: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): correct the path`);
  }
}

/** The settings of a `store:` block (or `database: postgresql://…`), with the password and TLS files read. */
export function settingsFromConfig(store: StoreConfig, setting = URL_SETTING): PgSettings {
  const t = store.tls;
  return {
    url: store.url,
    setting,
    password: store.password_file ? readSecret('store.password_file', store.password_file) : undefined,
    passwordFile: store.password_file,
    tls: t && {
      ca: t.ca_file ? readPublic('store.tls.ca_file', t.ca_file) : undefined,
      cert: t.cert_file ? readPublic('store.tls.cert_file', t.cert_file) : undefined,
      key: t.key_file ? readSecret('store.tls.key_file', t.key_file) : undefined,
      rejectUnauthorized: t.reject_unauthorized,
    },
    poolSize: store.pool_size,
    statementTimeoutMs: store.statement_timeout_ms,
    connectTimeoutMs: store.connect_timeout_ms,
  };
}

// bigint (int8) as a JS number: ids, unix-ms times and counts stay far below 2^53, and the code compares numbers
const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8 && format !== 'binary' ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

const statement = (text: string, values?: unknown[], name?: string): pg.QueryConfig => ({ text, values, name });

const clientOf = (c: pg.ClientBase): PgClient => ({
  query: async <T>(sql: string, params?: unknown[], name?: string) => (await c.query(statement(sql, params, name))).rows as T[],
  exec: async (sql: string) => {
    await c.query(sql);
  },
});

/** A pool that connects on first use. Every error a query or connection raises comes back explained. */
export function openPool(s: PgSettings): PgPool {
  const label = s.url;
  const u = new URL(s.url);
  // the parts, not connectionString: pg lets the string's (absent) password override the one given beside it
  const pool = new pg.Pool({
    host: u.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    database: decodeURIComponent(u.pathname.slice(1)),
    password: s.password,
    ssl: s.tls ? { ca: s.tls.ca, cert: s.tls.cert, key: s.tls.key, rejectUnauthorized: s.tls.rejectUnauthorized } : false,
    max: s.poolSize ?? 10,
    statement_timeout: s.statementTimeoutMs || undefined,
    idle_in_transaction_session_timeout: s.idleInTransactionTimeoutMs || undefined,
    connectionTimeoutMillis: s.connectTimeoutMs ?? 10_000,
    application_name: 'adesync',
    // a server gone silent (a partition, a dead host) is noticed on idle connections too, not only at the next query
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    types,
  });
  pool.on('error', (e) => s.onIdleError?.(explainPostgresError(e, s)));
  const explained = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw explainPostgresError(e, s);
    }
  };
  const withClient = async <T>(fn: (c: PgClient) => Promise<T>): Promise<T> => {
    const c = await explained(() => pool.connect());
    let broken: Error | undefined;
    // a checked-out client has no pool listener: a server that drops it between statements would otherwise be an
    // uncaught 'error' that ends the process; it is noted here, and the next statement on it fails and is explained
    const dropped = (e: Error) => {
      broken = e;
    };
    c.on('error', dropped);
    try {
      return await fn(clientOf(c));
    } catch (e) {
      // a connection that failed mid-statement may be unusable: it is closed rather than handed to the next caller
      if (!(e as { code?: string }).code || /^(08|57P)/.test((e as { code: string }).code)) broken = e as Error;
      throw explainPostgresError(e, s);
    } finally {
      c.off('error', dropped);
      c.release(broken);
    }
  };
  return {
    label,
    query: <T>(sql: string, params?: unknown[], name?: string) => explained(async () => (await pool.query(statement(sql, params, name))).rows as T[]),
    exec: (sql) =>
      explained(async () => {
        await pool.query(sql);
      }),
    withClient,
    transaction: (fn) =>
      withClient(async (c) => {
        await c.exec('BEGIN');
        try {
          const r = await fn(c);
          await c.exec('COMMIT');
          return r;
        } catch (e) {
          await c.exec('ROLLBACK').catch(() => {});
          throw e;
        }
      }),
    end: () => pool.end(),
  };
}

/** openPool, then one round trip: a server that cannot be used is said now, with the fix, not at the first sync. */
export async function connectPostgres(s: PgSettings): Promise<PgPool> {
  const pool = openPool(s);
  try {
    await pool.query('SELECT 1');
  } catch (e) {
    await pool.end().catch(() => {});
    throw e;
  }
  return pool;
}

/** The TLS verification failures Node reports by code. */
const TLS_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** A driver or server error as an admin can act on it. Errors already explained, and ones we cannot name, pass through. */
function explainPostgresError(e: unknown, s: Pick<PgSettings, 'url' | 'setting' | 'passwordFile' | 'tls' | 'password'>): Error {
  const err = e as Error & { code?: string; errno?: number };
  if (!(err instanceof Error) || err instanceof PostgresError) return err;
  // no driver or server message is known to echo it; should one ever, it still goes no further
  if (s.password && err.message.includes(s.password)) err.message = err.message.split(s.password).join('***');
  const setting = s.setting ?? URL_SETTING;
  const u = new URL(s.url);
  const where = `${u.hostname}:${u.port || 5432}`;
  const user = decodeURIComponent(u.username);
  const db = decodeURIComponent(u.pathname.slice(1));
  const code = err.code ?? '';
  const msg = err.message;
  let what: string | undefined;
  if (code === 'ECONNREFUSED')
    what = `connection refused at ${where}: start PostgreSQL there (or check its port and listen_addresses), or correct the host and port in ${setting}`;
  else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') what = `host ${u.hostname} not found (${code}): correct the host in ${setting}`;
  else if (
    code === 'ETIMEDOUT' ||
    code === 'EHOSTUNREACH' ||
    code === 'ENETUNREACH' ||
    /timeout expired|connection timeout|timeout exceeded when trying to connect/i.test(msg)
  )
    what = `no answer from ${where} in time (${code || msg}): check the host in ${setting}, the network and firewalls between, or raise store.connect_timeout_ms`;
  else if (code === 'ECONNRESET' || /Connection terminated unexpectedly|connection error and is not queryable/i.test(msg))
    what = `${where} closed the connection (${code || msg}): the server restarted or a proxy cut it; if it repeats, check the server's log (TLS required? store.tls)`;
  else if (code === '28P01')
    what = s.password
      ? `password authentication failed for user "${user}": put the role's current password alone in ${s.passwordFile ?? 'store.password_file'}`
      : `the server asks user "${user}" for a password: write it alone in a 0600 file and name it in store.password_file (a store: block)`;
  else if (/SASL|client password must be a string/i.test(msg))
    what = `the server asks user "${user}" for a password and none is configured: write it alone in a 0600 file and name it in store.password_file (a store: block)`;
  else if (code === '28000')
    what = `the server refuses user "${user}" from this host (${msg}): allow it in the server's pg_hba.conf (hostssl ${db} ${user} <this host>/32 scram-sha-256), or turn on TLS (store.tls) if only hostssl lines admit it`;
  else if (code === '3D000') what = `database "${db}" does not exist: create it (createdb -O ${user} ${db}) or correct the database name in ${setting}`;
  else if (code === '42501') what = `permission denied (${msg}): grant user "${user}" CONNECT and CREATE on database "${db}" (its owner has both)`;
  else if (code === '53300')
    what = `the server has no free connection slot (${msg}): lower store.pool_size on each node, or raise max_connections on the server`;
  else if (code === '57P03') what = `the server is not accepting connections yet (${msg}): it is starting up or in recovery; retry shortly`;
  else if (code === '57014' && /statement timeout/i.test(msg))
    what = `a statement ran longer than store.statement_timeout_ms and was cancelled: raise it, or look for a lock held by another client`;
  else if (/does not support SSL/i.test(msg)) what = `the server does not support TLS, but store.tls is set: enable ssl on the server, or remove store.tls`;
  else if (TLS_CODES.has(code))
    what = `the server's TLS certificate is not trusted (${code}: ${msg}): set store.tls.ca_file to the CA that signed it, and use a host in ${setting} that the certificate names`;
  else if (/^(ERR_SSL_|ERR_TLS_)/.test(code) || /\bssl\b|\btls\b/i.test(msg))
    what = `TLS failed (${code || msg}): check store.tls (ca_file, cert_file, key_file) and the server's ssl settings`;
  if (!what) return err;
  return new PostgresError(s.url, `database ${s.url}: ${what}`, code || undefined);
}
