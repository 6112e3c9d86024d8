import type { Command } from 'commander';
import { checkpointTruncate } from '../store/db.ts';
import { configFrom, cliLogger, printJson, ExitError, tokenOption, announceNewDatabase } from './common.ts';
import { createRuntime, type CycleResult } from '../daemon/runtime.ts';
import { createSyncProgress } from './progress.ts';
import { countDevices } from '../store/report.ts';
import { adminBaseUrl, askDaemon } from './adminapi.ts';
import { LeaseBusyError } from '../store/leases.ts';
import { openStore } from '../store/index.ts';

/** Exit code when another process (the daemon, another `adesync sync`) is syncing the token: try again later (EX_TEMPFAIL). */
export const EXIT_BUSY = 75;
/** On PostgreSQL the leading daemon holds the lease between its cycles too: the way through is to ask it. */
const busyHint = (engine: string) =>
  engine === 'postgresql'
    ? 'a daemon leads this token (it holds the lease between syncs too): "adesync sync --now" asks it to sync now'
    : 'try again when it has finished';

/** Exit codes for a foreground sync stopped by a signal: 128 + the signal's number, as shells report it. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
/** How long a signalled sync waits for its store to record the interruption before exiting anyway. */
const INTERRUPT_WAIT_MS = 5000;

/**
 * adesync sync: one cycle (sync, then assignment) per token, in the foreground. Exit 0 when every token synced,
 * 1 when one failed, 4 when Apple was unavailable, 75 when another process was already syncing a token (nothing was sent
 * to Apple for it), 130/143 when stopped by SIGINT/SIGTERM. With --now, ask the running daemon through its admin listener.
 */
export function register(program: Command): void {
  program
    .command('sync')
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
        const r = await askDaemon(config, path, { method: 'POST' }).catch((e: Error) => {
          throw new ExitError(`cannot reach the daemon at ${adminBaseUrl(config.admin.listen)}${path}: ${e.message} (is it running?)`, 1);
        });
        const body = await r.text();
        if (!r.ok) throw new ExitError(`daemon answered ${r.status}: ${body}`, 1);
        process.stdout.write(body.endsWith('\n') ? body : body + '\n');
        return;
      }
      // a terminal gets a progress line on stderr, with log lines printed above it
      const progress = process.stderr.isTTY && !opts.json ? createSyncProgress() : undefined;
      const logger = cliLogger(config, opts.json ? 'warn' : undefined, progress?.log);
      const names = opts.token ? [tokenOption(config, opts.token)!] : config.tokens.map((t) => t.name);
      // the database first: a new one is announced, a broken one named with its fix, whatever else is missing
      const store = await openStore(config, { onCreate: announceNewDatabase });
      if (!names.length) {
        await store.close();
        throw new ExitError('no tokens in the config: add one under tokens: and import its server token', 2);
      }
      const rt = createRuntime({ config, store, logger });
      const results: CycleResult[] = [];
      let failed = 0;
      let unavailable = 0;
      let busy = 0;
      // A signal ends the process at once: a page is one transaction, so none is ever half-committed (SQLite's are
      // synchronous; PostgreSQL rolls back one cut off by the exit); the run is marked interrupted and the lease freed
      // before exiting, and the cursor holds the last committed page.
      const onSignal = (sig: keyof typeof SIGNAL_EXIT) => {
        const exit = () => {
          progress?.done();
          process.stderr.write(
            `${sig === 'SIGINT' ? 'interrupted' : 'stopped (SIGTERM)'}: every page received so far is saved; the next sync resumes from the cursor\n`,
          );
          process.exit(SIGNAL_EXIT[sig]);
        };
        // a database that does not answer must not hold the exit: the lease expires by itself, the next sync marks the run
        setTimeout(exit, INTERRUPT_WAIT_MS).unref();
        rt.interrupt()
          .catch(() => {})
          .then(() => store.close())
          .catch(() => {
            /* closing is best effort: the WAL (or the server) is consistent either way */
          })
          .finally(exit);
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      for (const name of names) {
        try {
          const r = await rt.runCycle(name, {
            full: opts.full,
            trigger: 'cli',
            assign: opts.assign,
            onPage: progress?.start(name, store.engine === 'sqlite' ? countDevices(store.db, { token: name }) : null),
          });
          progress?.done();
          results.push(r);
          const err = r.sync.error ?? r.assign?.error;
          if (err) {
            failed++;
            if (err.status === 'unavailable') unavailable++;
          }
        } catch (e) {
          progress?.done();
          if (e instanceof LeaseBusyError) busy++;
          else failed++;
          process.stderr.write(
            `${e instanceof LeaseBusyError ? '' : `${name}: `}${(e as Error).message}${e instanceof LeaseBusyError ? `: nothing was sent to Apple; ${busyHint(store.engine)}` : ''}\n`,
          );
        }
      }
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      if (store.engine === 'sqlite') checkpointTruncate(store.db);
      await store.close();
      if (opts.json) printJson(results);
      else
        for (const r of results) {
          const s = r.sync;
          process.stdout.write(
            `${r.token}: ${s.ok ? 'ok' : `FAILED ${s.error?.code}: ${s.error?.message}`} — ${s.pages} pages, ${s.devices} devices (+${s.added} ~${s.modified} -${s.deleted}${s.gone ? `, ${s.gone} gone` : ''})` +
              (r.assign
                ? `; ${r.assign.defined.length ? `profile${r.assign.defined.length > 1 ? 's' : ''} ${r.assign.defined.join(', ')} defined at Apple; ` : ''}` +
                  `assigned ${r.assign.results.SUCCESS ?? 0} of ${r.assign.sent} sent${r.assign.error ? `; assignment stopped: ${r.assign.error.code}` : ''}`
                : '') +
              '\n',
          );
        }
      if (failed) throw new ExitError('', unavailable === failed ? 4 : 1);
      if (busy) throw new ExitError('', EXIT_BUSY);
    });
}
