/**
 * The store a sync cycle runs on, engine-neutral: SQLite (the default, one file) or PostgreSQL (shared by several
 * nodes), picked by the config. Everything the runtime does to the database goes through this bundle, awaited; the
 * SQLite engine still runs each call synchronously inside (its speed), PostgreSQL over the pool.
 */
import { existsSync } from 'node:fs';
import type { Config } from '../config/schema.ts';
import type { AccountDetail, ServerToken } from '../apple/types.ts';
import { createEventCollector, createOutbox, type EventCollector, type Outbox } from '../events/outbox.ts';
import { openDatabase, type DB } from './db.ts';
import { createSqliteSyncStore, type SyncStore } from './sync.ts';
import { createSqliteAssignStore, type AssignStore } from './assign.ts';
import { createSqliteEnrollmentStore, type EnrollmentStore } from './enrollments.ts';
import { createPgEnrollmentStore } from './pg/enrollments.ts';
import { acquireLease, requestSync, takeSyncRequests, type Lease, type LeaseOptions, type SyncRequest } from './leases.ts';
import { createPgAuthStores, createSqliteAuthStores, type AuthStores } from './auth.ts';
import { stateStatements } from './state.ts';
import { ensureTokenRow, getToken, recordAccount, sqliteTokenRecords, type TokenRecords, type TokenRow } from './tokens.ts';
import { connectPostgres, settingsFromConfig, type PgPool } from './pg/connect.ts';
import { checkPostgresVersion, migratePostgres } from './pg/migrate.ts';
import { createPgSyncStore } from './pg/sync.ts';
import { createPgAssignStore } from './pg/assign.ts';
import { acquireLeasePg, requestSyncPg, takeSyncRequestsPg } from './pg/leases.ts';
import { createSqliteDaemonStore, type DaemonStore } from './daemon.ts';
import { createPgDaemonStore } from './pg/daemon.ts';
import { ensureTokenRowPg, getTokenPg, interruptRunPg, pgTokenRecords, recordAccountPg } from './pg/tokens.ts';

/** Apple takes at most 1000 serials per assign call (A.7.7): the assign store reads due work in batches of it. */
export const ASSIGN_BATCH = 1000;

interface TokenStore {
  /** Make sure a configured token has its row (no secrets: a hash of the consumer key, and the expiry). */
  ensure(name: string, file: string, token: ServerToken): Promise<void>;
  /** What GET /account said: the server's name, uuid and organisation. */
  recordAccount(name: string, account: AccountDetail): Promise<void>;
  /** The token's row: its status as Apple's last answer left it, its expiry, its server. */
  get(name: string): Promise<TokenRow | undefined>;
}

interface LeaseStore {
  /** The token's lease, or LeaseBusyError naming who holds it (store/leases.ts). */
  acquire(token: string, o: LeaseOptions): Promise<Lease>;
  /** A run of this process stopped by a signal: marked interrupted now (a crash's are marked by the next openCursor). */
  interruptRun(runId: number, at: string): Promise<void>;
  /** "Sync now" left for the token's leader by a node that does not lead it; the leader takes its requests once. */
  requestSync(r: SyncRequest): Promise<void>;
  takeSyncRequests(tokens: string[]): Promise<SyncRequest[]>;
}

interface StoreParts {
  /** The SQLite file or the PostgreSQL URL (never a password): what logs and errors name. */
  label: string;
  sync: SyncStore;
  assign: AssignStore;
  tokens: TokenStore;
  leases: LeaseStore;
  /** What the enrollment endpoint looks up and records (every node of a PostgreSQL store serves enrollments). */
  enrollments: EnrollmentStore;
  /** The running daemon's own reads and writes: heartbeat, gauges, daily check, retention, probes. */
  daemon: DaemonStore;
  /** Logins in progress, OTA sessions, Platform SSO links and tokens: the login-first flows (every node serves them). */
  auth: AuthStores;
  /** Webhook events, written in the same transactions as the changes (SQLite: its synchronous hooks). */
  outbox?: Outbox;
  /** PostgreSQL: the events the webhooks want, as values its transactions write. */
  events?: EventCollector;
  close(): Promise<void>;
}
export type SqliteStore = StoreParts & { engine: 'sqlite'; db: DB };
type PgStore = StoreParts & { engine: 'postgresql'; pool: PgPool };
export type Store = SqliteStore | PgStore;

/** An open SQLite database as a Store; its sync and assignment transactions write `outbox`'s events. */
export function sqliteStore(db: DB, outbox?: Outbox, batchSize = ASSIGN_BATCH): SqliteStore {
  const st = stateStatements(db);
  return {
    engine: 'sqlite',
    db,
    label: db.name,
    outbox,
    sync: createSqliteSyncStore(db, outbox),
    assign: createSqliteAssignStore(db, batchSize, outbox),
    enrollments: createSqliteEnrollmentStore(db, outbox),
    auth: createSqliteAuthStores(db),
    tokens: {
      ensure: async (name, file, token) => ensureTokenRow(db, name, file, token),
      recordAccount: async (name, account) => recordAccount(db, name, account),
      get: async (name) => getToken(db, name),
    },
    leases: {
      acquire: async (token, o) => acquireLease(db, token, o),
      interruptRun: async (id, at) => void st.interruptRun.run({ id, at }),
      requestSync: async (r) => requestSync(db, r),
      takeSyncRequests: async (tokens) => takeSyncRequests(db, tokens),
    },
    daemon: createSqliteDaemonStore(db),
    close: async () => {
      if (db.open) db.close();
    },
  };
}

/** A migrated PostgreSQL database as a Store; its sync, assignment and enrollment transactions write `events`' events. */
function pgStore(pool: PgPool, events?: EventCollector, batchSize = ASSIGN_BATCH): PgStore {
  return {
    engine: 'postgresql',
    pool,
    label: pool.label,
    events,
    sync: createPgSyncStore(pool, events),
    assign: createPgAssignStore(pool, batchSize, events),
    enrollments: createPgEnrollmentStore(pool, events),
    auth: createPgAuthStores(pool),
    tokens: {
      ensure: (name, file, token) => ensureTokenRowPg(pool, name, file, token),
      recordAccount: (name, account) => recordAccountPg(pool, name, account),
      get: (name) => getTokenPg(pool, name),
    },
    leases: {
      acquire: (token, o) => acquireLeasePg(pool, token, o),
      interruptRun: (id, at) => interruptRunPg(pool, id, at),
      requestSync: (r) => requestSyncPg(pool, r),
      takeSyncRequests: (tokens) => takeSyncRequestsPg(pool, tokens),
    },
    daemon: createPgDaemonStore(pool),
    close: () => pool.end(),
  };
}

/** Config errors name the key to fix; loading resolves `database: postgresql://…` into store.url, so both are named. */
const URL_SETTING = 'the database URL (database: or store.url)';

export interface OpenStoreOptions {
  /** SQLite: a new database file was made (inside state_dir only, as openDatabase rules). */
  onCreate?: (path: string) => void;
  /** PostgreSQL: an idle connection failed (the server restarted); the pool reconnects at the next query. */
  onIdleError?: (e: Error) => void;
  /** PostgreSQL: the webhooks' events (the daemon's, whose sender it kicks); else config.webhooks' filters. */
  events?: EventCollector;
}

/**
 * The config's store. SQLite: the file, opened and migrated as always (a new one only inside state_dir), with the
 * outbox of config.webhooks. PostgreSQL (`database: postgresql://…` or `store:`): connect (explained errors), then
 * migrate under the advisory lock, so nodes starting together migrate once; a database newer than the code is refused.
 */
export async function openStore(config: Config, o: OpenStoreOptions = {}): Promise<Store> {
  if (!config.store) {
    const db = openDatabase(config.database!, { createUnder: config.state_dir, onCreate: o.onCreate });
    return sqliteStore(db, createOutbox(db, config.webhooks));
  }
  const settings = settingsFromConfig(config.store, URL_SETTING);
  // a node cut off inside a page's transaction keeps the lease row locked until the server drops its session: that must
  // happen before the lease expires, or no follower can take the token over (no transaction of ours waits on anything else)
  const pool = await connectMigrated({ ...settings, onIdleError: o.onIdleError, idleInTransactionTimeoutMs: config.sync.lease_seconds * 500 });
  return pgStore(pool, o.events ?? createEventCollector(config.webhooks));
}

/** Connected, then migrated under the advisory lock; the pool is closed again if migrating fails. */
async function connectMigrated(settings: Parameters<typeof connectPostgres>[0]): Promise<PgPool> {
  const pool = await connectPostgres(settings);
  try {
    await migratePostgres(pool);
  } catch (e) {
    await pool.end().catch(() => {});
    throw e;
  }
  return pool;
}

/** PostgreSQL for a read-only command (status): connected, and refused if newer than the code; nothing migrated. */
export async function openPostgresReader(store: NonNullable<Config['store']>): Promise<PgPool> {
  const pool = await connectPostgres(settingsFromConfig(store, URL_SETTING));
  try {
    await checkPostgresVersion(pool);
  } catch (e) {
    await pool.end().catch(() => {});
    throw e;
  }
  return pool;
}

/**
 * `adesync token`'s rows. `read` (show) and `change` (remove) open what exists: an SQLite file that does not is
 * undefined (nothing was imported), PostgreSQL is connected and checked, not migrated. `import` may create the SQLite
 * file (inside state_dir only) and migrates PostgreSQL first.
 */
export async function openTokenRecords(o: {
  database: string;
  stateDir: string;
  store?: Config['store'];
  mode: 'read' | 'change' | 'import';
  onCreate?: (path: string) => void;
}): Promise<TokenRecords | undefined> {
  if (o.store) {
    return pgTokenRecords(o.mode === 'import' ? await connectMigrated(settingsFromConfig(o.store, URL_SETTING)) : await openPostgresReader(o.store));
  }
  if (o.mode === 'import') return sqliteTokenRecords(openDatabase(o.database, { createUnder: o.stateDir, onCreate: o.onCreate }));
  if (!existsSync(o.database)) return undefined;
  return sqliteTokenRecords(openDatabase(o.database, o.mode === 'read' ? { readonly: true } : {}));
}
