// A real PostgreSQL for the tests (and benchmarks) that need one: initdb into a temporary folder, pg_ctl on a free
// loopback port, one fresh database per test, stopped when the file ends. ADESYNC_TEST_PG_URL (a superuser URL such as
// postgresql://postgres@127.0.0.1:5432/postgres) uses that server instead. A test that needs PostgreSQL FAILS with the
// cause when none can be started: it never skips.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import pg from 'pg';

export interface PgServer {
  /** Superuser URL of database `db` (trust auth on loopback, no password). */
  url(db?: string): string;
  host: string;
  port: number;
  /** The data folder (undefined for ADESYNC_TEST_PG_URL). */
  dataDir?: string;
  /** pg_ctl as the server's owner: stop -m immediate, start again (outage tests). */
  ctl?(...args: string[]): void;
  stop(): void;
}

/** The newest /usr/lib/postgresql/N/bin (Debian), or ADESYNC_TEST_PG_BIN, or PATH. */
export function pgBinDir(): string {
  if (process.env.ADESYNC_TEST_PG_BIN) return process.env.ADESYNC_TEST_PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length) return join(root, versions[0], 'bin');
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (which.status === 0) return join(which.stdout.trim(), '..');
  throw new Error(
    'no PostgreSQL server binaries (initdb, pg_ctl) found in /usr/lib/postgresql/*/bin or PATH: apt-get install postgresql ' +
      '(.ci/run does), set ADESYNC_TEST_PG_BIN, or point ADESYNC_TEST_PG_URL at a running server',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** initdb refuses root: as root the server runs as the `postgres` system user, in a folder chowned to it. */
function runAs(): { wrap: (cmd: string, args: string[]) => [string, string[]]; owner?: { uid: number; gid: number } } {
  if (process.getuid?.() !== 0) return { wrap: (c, a) => [c, a] };
  let uid: number;
  let gid: number;
  try {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  } catch {
    throw new Error('running as root, and there is no "postgres" system user to run the test server as (apt-get install postgresql creates it)');
  }
  return { wrap: (c, a) => ['runuser', ['-u', 'postgres', '--', c, ...a]], owner: { uid, gid } };
}

function run(cmd: string, args: string[], what: string, log?: string): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) {
    const tail = log && existsSync(log) ? `\n--- server log ---\n${readFileSync(log, 'utf8').slice(-4000)}` : '';
    throw new Error(`${what} failed (${r.error?.message ?? `exit ${r.status}`}): ${cmd} ${args.join(' ')}\n${r.stderr}${r.stdout}${tail}`);
  }
}

/** Start a throwaway server; the caller stops it. */
export async function startPostgres(opts: { conf?: string[] } = {}): Promise<PgServer> {
  const bin = pgBinDir();
  const { wrap, owner } = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'adesync-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const exec = (tool: string, args: string[], what: string) => run(...wrap(join(bin, tool), args), what, log);
  exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'], 'initdb');
  // loopback only; the superuser without a password (tests), every other role by SCRAM password (the password_file tests)
  writeFileSync(
    join(data, 'pg_hba.conf'),
    ['local all all trust', 'host all postgres 127.0.0.1/32 trust', 'host all all 127.0.0.1/32 scram-sha-256', ''].join('\n'),
  );
  const conf = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=200', ...(opts.conf ?? [])];
  writeFileSync(join(data, 'postgresql.auto.conf'), conf.map((c) => c.replace('=', ' = ')).join('\n') + '\n');
  let port = 0;
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      exec('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', log, '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}`], 'pg_ctl start');
      break;
    } catch (e) {
      // another process took the port between our probe and the server's bind: try another
      if (attempt < 3 && /could not bind|already in use/i.test((e as Error).message)) continue;
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
  }
  let stopped = false;
  return {
    host: '127.0.0.1',
    port,
    dataDir: data,
    url: (db = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${db}`,
    ctl: (...args) => exec('pg_ctl', [...args, '-D', data, '-l', log, '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}`], `pg_ctl ${args[0]}`),
    stop: () => {
      if (stopped) return;
      stopped = true;
      spawnSync(...wrap(join(bin, 'pg_ctl'), ['stop', '-m', 'immediate', '-D', data]), { timeout: 60_000 });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function external(url: string): PgServer {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    url: (db = u.pathname.slice(1) || 'postgres') => {
      const v = new URL(url);
      v.pathname = `/${db}`;
      return v.toString();
    },
    stop: () => {},
  };
}

let shared: Promise<PgServer> | undefined;

/** This test file's server: started once, stopped in after(). */
export function pgServer(): Promise<PgServer> {
  if (!shared) {
    const env = process.env.ADESYNC_TEST_PG_URL;
    shared = env ? Promise.resolve(external(env)) : startPostgres();
    after(async () => (await shared!).stop());
  }
  return shared;
}

let seq = 0;

/** A new, empty database on this file's server; its URL (superuser, no password). Dropped when the file ends. */
export async function freshDatabase(): Promise<string> {
  const server = await pgServer();
  const name = `adesync_t${process.pid}_${++seq}_${Date.now().toString(36)}`;
  await adminQuery(server, `CREATE DATABASE ${name} TEMPLATE template0`);
  if (process.env.ADESYNC_TEST_PG_URL) after(() => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  return server.url(name);
}

/** One statement as the superuser on the server's maintenance database. */
export async function adminQuery(server: PgServer, sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: server.url(), connectionTimeoutMillis: 30_000 });
  await c.connect();
  try {
    return await c.query(sql, params);
  } finally {
    await c.end();
  }
}
