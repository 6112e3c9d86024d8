import Database from 'better-sqlite3';
import { readdirSync, readFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

export type DB = Database.Database;

/** migrations/ sits beside src/ and dist/ alike. */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'migrations');

export class SchemaTooNewError extends Error {
  readonly code = 'SCHEMA_TOO_NEW';
  constructor(path: string, dbVersion: number, codeVersion: number) {
    super(
      `database ${path} has schema version ${dbVersion} but this adesync only knows up to ${codeVersion}: ` +
        `run the newer adesync that wrote it, or restore a backup made before the upgrade`,
    );
  }
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .map((f) => ({ version: Number(f.split('_')[0]), name: f, sql: readFileSync(join(dir, f), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

export interface OpenOptions {
  readonly?: boolean;
  migrate?: boolean;
  migrationsDir?: string;
  /**
   * A missing database file is created only inside this folder (state_dir), with folders made 0700; elsewhere opening it is
   * refused (a typo in `database:` must not start an empty database). Unset: created anywhere (tests, library callers).
   */
  createUnder?: string;
  /** Told when a new database file was created (the CLI and the daemon say so, loudly). */
  onCreate?: (path: string) => void;
}

/** The database could not be opened or read: the message names the file and what to do. */
export class DatabaseError extends Error {
  readonly code = 'DATABASE_UNUSABLE';
  readonly exitCode = 1;
  constructor(
    readonly path: string,
    message: string,
    readonly sqliteCode?: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

/** The last file opened: errors raised later by a query (corruption deep in the file) can still name it. */
let lastPath: string | undefined;

/** An SQLite error as an admin can act on it: which file, what is wrong, the fix. Other errors come back unchanged. */
export function explainDatabaseError(e: unknown, path = lastPath): Error {
  const err = e as Error & { code?: string };
  if (!path || err instanceof DatabaseError || typeof err?.code !== 'string' || !err.code.startsWith('SQLITE_')) {
    if (path && err instanceof TypeError && /directory does not exist/.test(err.message)) {
      return new DatabaseError(
        path,
        `database ${path}: its folder ${dirname(path)} does not exist: correct "database:" in the config, or create the folder (mode 700)`,
      );
    }
    return err;
  }
  const code = err.code;
  const restore =
    'stop adesync and restore the latest backup of it, or move it aside and run "adesync migrate" to start an empty one (the next sync fetches every device again)';
  let what: string;
  if (code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_')) what = `is damaged (${err.message}): ${restore}`;
  else if (code === 'SQLITE_NOTADB')
    what = `is not an SQLite database (${err.message}): check "database:" in the config points at adesync's database; otherwise ${restore}`;
  else if (code.startsWith('SQLITE_CANTOPEN')) {
    const isDir = (() => {
      try {
        return statSync(path).isDirectory();
      } catch {
        return false;
      }
    })();
    what = isDir
      ? `is a folder, not a file (${err.message}): point "database:" at a file, e.g. ${join(path, 'adesync.db')}`
      : `cannot be opened (${err.message}): its folder must exist and be writable by the user adesync runs as (the -wal and -shm files go beside it)`;
  } else if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    what = `is read-only for this user (${err.message}): chown the file, its -wal/-shm files and its folder to the user adesync runs as`;
  } else if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') {
    what = `could not be written (${err.message}): free disk space on ${dirname(path)} (a large sync needs room for the -wal file beside the database, see README "Configuration")`;
  } else if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_')) {
    what = `is locked by another process (${err.message}): wait for it to finish, or stop the other adesync`;
  } else if (code === 'SQLITE_ERROR' && /^no such table/.test(err.message)) {
    what = `holds no adesync tables (${err.message}; an empty or foreign file): run "adesync migrate" if it is new, or check "database:" in the config`;
  } else if (code.startsWith('SQLITE_IOERR')) {
    what = `could not be read (${err.message}): check the disk and that the path is a regular file; ${restore}`;
  } else return err;
  return new DatabaseError(path, `database ${path} ${what}`, code);
}

const inside = (dir: string, path: string) => {
  const r = relative(resolve(dir), resolve(path));
  return r !== '' && !r.startsWith('..') && !isAbsolute(r);
};

/** Open (creating if needed) the SQLite file in WAL mode and bring its schema up to date. */
export function openDatabase(path: string, opts: OpenOptions = {}): DB {
  // the resolved config keeps a PostgreSQL URL in `database`: never let it become a file of that name
  if (/^postgres(ql)?:\/\//i.test(path))
    throw new DatabaseError(
      path,
      `database ${path} is PostgreSQL: this command runs on SQLite only so far (see README "PostgreSQL" for those that run on both)`,
    );
  const memory = path === ':memory:';
  const exists = memory || existsSync(path);
  if (opts.readonly && !exists) {
    throw new DatabaseError(
      path,
      `database ${path} does not exist yet: start the daemon or run "adesync migrate" first` +
        (opts.createUnder && !inside(opts.createUnder, path) ? ` (or correct "database:" in the config: it is outside state_dir ${opts.createUnder})` : ''),
    );
  }
  if (!exists && opts.createUnder !== undefined && !inside(opts.createUnder, path)) {
    throw new DatabaseError(
      path,
      `database ${path} does not exist, and adesync creates a new database only inside state_dir (${opts.createUnder}): ` +
        `correct "database:" in the config if it is a typo; to start a new database there, create its folder and run "adesync migrate --create"`,
    );
  }
  if (!exists && !opts.readonly) mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  lastPath = memory ? undefined : path;
  let db: DB | undefined;
  try {
    db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      // 16 MiB of page cache: measured on a 300,000-device fetch, 64 MiB was no faster and cost 60 MB of RSS
      db.pragma('cache_size = -16384');
      // Checkpoint every ~160 MiB of WAL rather than 4 MiB: each checkpoint is an fsync and scattered writes, and a page of
      // devices rewrites index pages that the next pages rewrite again; a longer WAL writes each back once. Measured on a
      // 1M-device fetch: 2,500 pages 27.5 s, 10,000 23.9 s, 40,000 21.4 s, 100,000 21.0 s. The -wal file is reused, not grown.
      db.pragma('wal_autocheckpoint = 40000');
    }
    const migrations = loadMigrations(opts.migrationsDir);
    const latest = migrations.at(-1)?.version ?? 0;
    const current = schemaVersion(db);
    if (current > latest) {
      db.close();
      throw new SchemaTooNewError(path, current, latest);
    }
    // read-only on a file with no schema (a zero-byte file, another program's database): say so now, not as "no such table"
    if (opts.readonly && !memory && current === 0) {
      throw new DatabaseError(
        path,
        `database ${path} holds no adesync tables (${statSync(path).size === 0 ? 'an empty file' : "another program's database?"}): ` +
          `run "adesync migrate" if it is new, or check "database:" in the config`,
      );
    }
    if (opts.migrate !== false && !opts.readonly) migrate(db, migrations);
  } catch (e) {
    if (db?.open) db.close();
    throw explainDatabaseError(e, memory ? undefined : path);
  }
  if (!exists) opts.onCreate?.(path);
  return db;
}

export function schemaVersion(db: DB): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'").get();
  if (!has) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/** Apply pending migrations, each in its own transaction, recording what ran. Returns the names applied. */
export function migrate(db: DB, migrations = loadMigrations()): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const current = schemaVersion(db);
  const applied: string[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }).immediate();
    applied.push(m.name);
  }
  return applied;
}

/** The database answers (the admin listener's /healthz). */
export function ping(db: DB): void {
  db.prepare('SELECT 1').get();
}

/** What SQLite's integrity_check finds wrong (empty: nothing). */
export function integrityProblems(db: DB): string[] {
  return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== 'ok');
}

/** Copy the WAL back into the database file and empty it: a foreground command leaves no large -wal behind. */
export function checkpointTruncate(db: DB): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** `?` placeholders for a statement built from clauses (the builders both engines share take `param`), with their values in order. */
export function positional(): { values: unknown[]; param: (v: unknown) => string } {
  const values: unknown[] = [];
  return {
    values,
    param: (v) => {
      values.push(v);
      return '?';
    },
  };
}
