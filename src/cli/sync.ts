import type { Command } from 'commander';
import { configFrom, openDb, cliLogger, printJson, ExitError, tokenOption } from './common.ts';
import { createRuntime, type CycleResult } from '../daemon/runtime.ts';
import { createSyncProgress } from './progress.ts';
import { countDevices } from '../store/report.ts';
import { adminBaseUrl, askDaemon } from './adminapi.ts';

/**
 * adesync sync: one cycle (sync, then assignment) per token, in the foreground. Exit 0 when every token synced,
 * 1 when one failed, 4 when Apple was unavailable. With --now, ask the running daemon through its admin listener.
 */
export function register(program: Command): void {
  program.command('sync')
    .description('run one sync + assignment cycle now, in the foreground (or --now: tell the running daemon)')
    .option('--token <name>', 'only this token (a name under tokens: in the config)')
    .option('--full', 'drop the cursor and fetch every device again (then mark what Apple no longer lists as gone)')
    .option('--no-assign', 'sync only')
    .option('--now', 'ask the running daemon (admin listener) to sync now instead of syncing here')
    .option('--json', 'machine-readable output (JSON on stdout): one result per token; logs below warn are not printed')
    .action(async (opts: { token?: string; full?: boolean; assign: boolean; now?: boolean; json?: boolean }, cmd: Command) => {
      const { config } = configFrom(cmd);
      if (opts.now) {
        const q = new URLSearchParams();
        if (opts.token) q.set('token', opts.token);
        if (opts.full) q.set('full', '1');
        const path = `/sync?${q}`;
        const r = await askDaemon(config, path, { method: 'POST' })
          .catch((e: Error) => { throw new ExitError(`cannot reach the daemon at ${adminBaseUrl(config.admin.listen)}${path}: ${e.message} (is it running?)`, 1); });
        const body = await r.text();
        if (!r.ok) throw new ExitError(`daemon answered ${r.status}: ${body}`, 1);
        process.stdout.write(body.endsWith('\n') ? body : body + '\n');
        return;
      }
      // a terminal gets a progress line on stderr, with log lines printed above it
      const progress = process.stderr.isTTY && !opts.json ? createSyncProgress() : undefined;
      const logger = cliLogger(config, opts.json ? 'warn' : undefined, progress?.log);
      const db = openDb(config);
      const rt = createRuntime({ config, db, logger });
      const names = opts.token ? [tokenOption(config, opts.token)!] : config.tokens.map((t) => t.name);
      if (!names.length) throw new ExitError('no tokens in the config: add one under tokens: and import its server token', 2);
      const results: CycleResult[] = [];
      let failed = 0;
      let unavailable = 0;
      for (const name of names) {
        try {
          const r = await rt.runCycle(name, {
            full: opts.full, trigger: 'cli', assign: opts.assign,
            onPage: progress?.start(name, countDevices(db, { token: name })),
          });
          progress?.done();
          results.push(r);
          const err = r.sync.error ?? r.assign?.error;
          if (err) { failed++; if (err.status === 'unavailable') unavailable++; }
        } catch (e) {
          progress?.done();
          failed++;
          process.stderr.write(`${name}: ${(e as Error).message}\n`);
        }
      }
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      if (opts.json) printJson(results);
      else for (const r of results) {
        const s = r.sync;
        process.stdout.write(`${r.token}: ${s.ok ? 'ok' : `FAILED ${s.error?.code}: ${s.error?.message}`} — ${s.pages} pages, ${s.devices} devices (+${s.added} ~${s.modified} -${s.deleted}${s.gone ? `, ${s.gone} gone` : ''})` +
          (r.assign ? `; assigned ${r.assign.results.SUCCESS ?? 0} of ${r.assign.sent} sent${r.assign.defined.length ? `, defined ${r.assign.defined.join(', ')}` : ''}${r.assign.error ? `; assignment stopped: ${r.assign.error.code}` : ''}` : '') + '\n');
      }
      if (failed) throw new ExitError('', unavailable === failed ? 4 : 1);
    });
}
