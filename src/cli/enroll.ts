import type { Command } from 'commander';
import { configPath, loadConfig } from '../config/load.ts';
import { createLogger, type Logger } from '../log.ts';
import { startBackground } from '../store/background.ts';
import { openStore, type SqliteStore } from '../store/index.ts';
import { startEnrollment } from '../daemon/enrollment.ts';
import { createMetrics } from '../daemon/metrics.ts';
import { announceNewDatabase } from './common.ts';

/** `adesync enroll`: run the enrollment endpoint alone, on either engine (the daemon embeds the same endpoint). */
export function register(program: Command): void {
  program
    .command('enroll')
    .description('serve the ADE enrollment endpoint (signed MachineInfo in, signed .mobileconfig out) until SIGINT/SIGTERM')
    .option('-c, --config <path>', 'config file (same as the global --config)')
    .action(async (opts: { config?: string }, cmd: Command) => {
      const root = cmd.optsWithGlobals() as { config?: string };
      const path = configPath(opts.config ?? root.config);
      const config = loadConfig(path);
      const logger = createLogger({ level: config.log_level, base: { component: 'enroll' } });
      if (!config.enrollment) {
        throw Object.assign(new Error(`${path}: no "enrollment:" section: add one (see config/adesync.example.yaml)`), { code: 'CONFIG_INVALID' });
      }
      // enrollment events are recorded here (SQLite's outbox, PostgreSQL's outbox table) and delivered by the daemon
      const store = await openStore(config, {
        onCreate: announceNewDatabase,
        onIdleError: (e) => logger.warn('database connection dropped: reconnecting at the next query', { error: e.message }),
      });
      const background = store.engine === 'sqlite' ? startWalCheckpoints(store, logger) : undefined;
      // the daemon's endpoint: the same profile rule per record, and the login-first flows when enrollment.login is set;
      // its metrics have no listener here (no admin server), they only satisfy the hooks
      const enrollment = await startEnrollment({
        config: config.enrollment,
        store,
        logger,
        metrics: createMetrics({ logger, defaultMetrics: false }),
        rules: () => config,
      }).catch(async (e: unknown) => {
        await background?.stop();
        await store.close().catch(() => {});
        throw e;
      });
      // host:port/path, as before (the URL without its scheme; a default port stays written)
      process.stdout.write(`adesync enroll: listening on ${enrollment.url.replace(/^https?:\/\//, '')}\n`);
      await new Promise<void>((resolve) => {
        const stop = (sig: string) => {
          logger.info('stopping enrollment endpoint', { signal: sig });
          // in-flight requests answered and their records written, then the checkpointer, then the file or the pool
          enrollment
            .close()
            .then(() => background?.stop())
            .then(() => store.close())
            .then(resolve);
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}

/** SQLite: the WAL checkpointer off the event loop, as the daemon runs it. */
function startWalCheckpoints(store: SqliteStore, logger: Logger) {
  return startBackground(store.db, { onError: (error) => logger.warn('background WAL checkpoint failed', { error }) });
}
