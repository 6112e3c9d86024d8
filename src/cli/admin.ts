import type { Command } from 'commander';
import { configFrom, printJson, table, ExitError } from './common.ts';
import { configPath } from '../config/load.ts';
import { loadMigrations, migrate, openDatabase, schemaVersion } from '../store/db.ts';
import { needsAdmin, runDoctor, type CheckResult } from '../daemon/doctor.ts';

const MARK: Record<CheckResult['status'], string> = { ok: 'ok', warn: 'WARN', error: 'ERROR', skip: 'skip' };

export function printDoctor(results: CheckResult[], out: (s: string) => void = (s) => process.stdout.write(s)): void {
  out(table(results.map((r) => ({ status: MARK[r.status], check: r.check, detail: r.detail.replace(/\n\s*/g, ' ') })), ['status', 'check', 'detail']) + '\n');
  const fixes = results.filter((r) => r.fix && (r.status === 'warn' || r.status === 'error'));
  if (fixes.length) {
    out('\nto fix:\n');
    for (const r of fixes) out(`  ${r.check}: ${r.fix}\n`);
  }
  const bad = results.filter((r) => r.status === 'warn' || r.status === 'error').length;
  out(bad ? `\n${bad} check${bad === 1 ? '' : 's'} need${bad === 1 ? 's' : ''} an admin\n` : '\nall good\n');
}

export function register(program: Command): void {
  program.command('doctor')
    .description('check config, state dir, secret file modes, certificates, database and (online) each token against Apple; exit 3 if an admin is needed')
    .option('--no-online', 'skip the live GET /account per token')
    .option('--json', 'machine-readable output: [{check, status, detail, fix}]')
    .action(async (opts: { online: boolean; json?: boolean }, cmd: Command) => {
      const root = cmd.optsWithGlobals() as { config?: string };
      const results = await runDoctor({ configPath: configPath(root.config), online: opts.online });
      if (opts.json) printJson({ ok: !needsAdmin(results), checks: results });
      else printDoctor(results);
      if (needsAdmin(results)) throw new ExitError('', 3);
    });

  program.command('migrate')
    .description('create the database if needed and apply pending schema migrations')
    .option('--json', 'machine-readable output')
    .action((opts: { json?: boolean }, cmd: Command) => {
      const { config } = configFrom(cmd);
      const path = config.database!;
      const db = openDatabase(path, { migrate: false });
      try {
        const from = schemaVersion(db);
        const applied = migrate(db, loadMigrations());
        const to = schemaVersion(db);
        if (opts.json) printJson({ database: path, from, to, applied });
        else process.stdout.write(applied.length
          ? `${path}: schema ${from} → ${to}, applied ${applied.join(', ')}\n`
          : `${path}: schema ${to}, up to date\n`);
      } finally { db.close(); }
    });
}
