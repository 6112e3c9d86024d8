import type { Command } from 'commander';
import { configFrom, printJson, table, ExitError } from './common.ts';
import { configPath } from '../config/load.ts';
import { loadMigrations, migrate, openDatabase, schemaVersion } from '../store/db.ts';
import { copySqliteToPostgres } from '../store/pg/copy.ts';
import { postgresUrlProblem, storeSchema } from '../config/schema.ts';
import { configInvalid, needsAdmin, runDoctor, type CheckResult } from '../daemon/doctor.ts';
import { connectPostgres, settingsFromConfig } from '../store/pg/connect.ts';
import { migratePostgres } from '../store/pg/migrate.ts';
import type { Config } from '../config/schema.ts';

interface MigrateOptions {
  json?: boolean;
  create?: boolean;
  to?: string;
  passwordFile?: string;
  caFile?: string;
}

const MARK: Record<CheckResult['status'], string> = { ok: 'ok', warn: 'WARN', error: 'ERROR', skip: 'skip' };

/** One line per check; a detail of several lines (a YAML error and the lines around it) continues indented under its row. */
export function printDoctor(results: CheckResult[], out: (s: string) => void = (s) => process.stdout.write(s)): void {
  const rows = table(
    results.map((r) => ({ status: MARK[r.status], check: r.check, detail: r.detail.split('\n')[0] })),
    ['status', 'check', 'detail'],
  ).split('\n');
  const indent = rows[0].indexOf('DETAIL');
  out(
    [
      rows[0],
      ...results.map((r, i) =>
        [
          rows[i + 1],
          ...r.detail
            .split('\n')
            .slice(1)
            .map((l) => ' '.repeat(indent) + l.trim()),
        ].join('\n'),
      ),
    ].join('\n') + '\n',
  );
  const fixes = results.filter((r) => r.fix && (r.status === 'warn' || r.status === 'error'));
  if (fixes.length) {
    out('\nto fix:\n');
    for (const r of fixes) out(`  ${r.check}: ${r.fix}\n`);
  }
  const bad = results.filter((r) => r.status === 'warn' || r.status === 'error').length;
  out(bad ? `\n${bad} check${bad === 1 ? '' : 's'} need${bad === 1 ? 's' : ''} an admin\n` : '\nall good\n');
}

export function register(program: Command): void {
  program
    .command('doctor')
    .summary('check everything an admin can get wrong; exit 2 for a bad config, 3 if anything else needs an admin')
    .description(
      'check config, state dir, secret file modes, certificates, serials files, database and (online) each token against Apple; ' +
        'exit 2 if the config is invalid (as every command), 3 if anything else needs an admin',
    )
    .option('--no-online', 'skip the live GET /account per token')
    .option('--json', 'machine-readable output (JSON on stdout): {ok, checks: [{check, status, detail, fix}]}')
    .action(async (opts: { online: boolean; json?: boolean }, cmd: Command) => {
      const root = cmd.optsWithGlobals() as { config?: string };
      const results = await runDoctor({ configPath: configPath(root.config), online: opts.online });
      if (opts.json) printJson({ ok: !needsAdmin(results), checks: results });
      else printDoctor(results);
      if (configInvalid(results)) throw new ExitError('', 2);
      if (needsAdmin(results)) throw new ExitError('', 3);
    });

  program
    .command('migrate')
    .description(
      'create the database if needed (inside state_dir only, unless --create) and apply pending schema migrations; on PostgreSQL, under a lock (nodes starting together migrate once)',
    )
    .option('--create', 'also create a new database outside state_dir (where "database:" points)')
    .option('--json', 'machine-readable output (JSON on stdout): {database, created, from, to, applied}; with --to: {from, to, tables}')
    .option('--to <url>', 'copy this SQLite installation into an empty PostgreSQL database (postgresql://USER@HOST:PORT/DB), counts checked')
    .option('--password-file <file>', "with --to: the PostgreSQL role's password, alone in a 0600 file")
    .option('--ca-file <file>', "with --to: connect with TLS, verifying the server's certificate against this CA")
    .action(async (opts: MigrateOptions, cmd: Command) => {
      const { config } = configFrom(cmd);
      if (opts.to) return copyCommand(config, opts);
      if (config.store) return migratePostgresCommand(config, !!opts.json);
      const path = config.database!;
      let created = false;
      const db = openDatabase(path, {
        migrate: false,
        createUnder: opts.create ? undefined : config.state_dir,
        onCreate: () => {
          created = true;
        },
      });
      try {
        const from = schemaVersion(db);
        const applied = migrate(db, loadMigrations());
        const to = schemaVersion(db);
        if (opts.json) printJson({ database: path, created, from, to, applied });
        else
          process.stdout.write(
            (created ? `created a new, empty database at ${path}\n` : '') +
              (applied.length ? `${path}: schema ${from} → ${to}, applied ${applied.join(', ')}\n` : `${path}: schema ${to}, up to date\n`),
          );
      } finally {
        db.close();
      }
    });
}

/** `adesync migrate` on PostgreSQL: the database exists already (the DBA creates it); several nodes may run this at once. */
async function migratePostgresCommand(config: Config, json: boolean): Promise<void> {
  const pool = await connectPostgres(settingsFromConfig(config.store!));
  try {
    const { from, to, applied } = await migratePostgres(pool);
    if (json) printJson({ database: pool.label, created: false, from, to, applied });
    else
      process.stdout.write(
        applied.length ? `${pool.label}: schema ${from} → ${to}, applied ${applied.join(', ')}\n` : `${pool.label}: schema ${to}, up to date\n`,
      );
  } finally {
    await pool.end();
  }
}

/** `adesync migrate --to URL`: the config's SQLite database copied into an empty PostgreSQL one, table by table. */
async function copyCommand(config: Config, opts: MigrateOptions): Promise<void> {
  if (config.store) throw new ExitError(`migrate --to copies from SQLite, but the config already names PostgreSQL (${config.database})`, 2);
  const problem = postgresUrlProblem(opts.to!);
  if (problem) throw new ExitError(`--to: ${problem.replace('store.password_file', '--password-file')}`, 2);
  const store = storeSchema.parse({
    engine: 'postgresql',
    url: opts.to,
    password_file: opts.passwordFile,
    tls: opts.caFile ? { ca_file: opts.caFile } : undefined,
  });
  const db = openDatabase(config.database!, { readonly: true, createUnder: config.state_dir });
  try {
    const pool = await connectPostgres({ ...settingsFromConfig(store, '--to'), statementTimeoutMs: 0 });
    try {
      const say = (s: string) => (opts.json ? undefined : process.stdout.write(s));
      say(`copying ${config.database} into ${pool.label}\n`);
      const tables = await copySqliteToPostgres(db, pool, { onTable: (t) => say(`  ${t.table.padEnd(22)} ${String(t.target).padStart(10)} rows\n`) });
      if (opts.json) printJson({ from: config.database, to: pool.label, tables });
      else say(`done: ${tables.length} tables, every count equal; point the config at it (database: ${pool.label}, or a store: block) and start adesync\n`);
    } finally {
      await pool.end();
    }
  } finally {
    db.close();
  }
}
