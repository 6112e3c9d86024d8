import type { Command } from 'commander';
import { configPath, loadConfig } from '../config/load.ts';
import { createLogger, type Logger } from '../log.ts';
import { startBackground } from '../store/background.ts';
import { openStore, type SqliteStore } from '../store/index.ts';
import { startEnrollment, type EnrollmentHandle } from '../daemon/enrollment.ts';
import type { Config, EnrollmentConfig } from '../config/schema.ts';
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
      // a signal while the database is still connecting stops the endpoint once it is up, not by the default kill
      const signalled = new Promise<string>((resolve) => {
        for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => resolve(sig));
      });
      const enrollment = await serve(config, config.enrollment, logger);
      // host:port/path, as before (the URL without its scheme; a default port stays written)
      process.stdout.write(`adesync enroll: listening on ${enrollment.url.replace(/^https?:\/\//, '')}\n`);
      logger.info('stopping enrollment endpoint', { signal: await signalled });
      await enrollment.close();
    });
}

/**
 * The store the daemon would open (openStore: the SQLite file or the PostgreSQL pool, migrated) and the daemon's
 * endpoint on it: the same profile rule per record, the login-first flows when enrollment.login is set. Enrollment
 * events are recorded in the store (SQLite's outbox, PostgreSQL's outbox table); the daemon delivers them.
 */
async function serve(config: Config, enrollment: EnrollmentConfig, logger: Logger): Promise<EnrollmentHandle> {
  const store = await openStore(config, {
    onCreate: announceNewDatabase,
    onIdleError: (e) => logger.warn('database connection dropped: reconnecting at the next query', { error: e.message }),
  });
  const background = store.engine === 'sqlite' ? startWalCheckpoints(store, logger) : undefined;
  const shut = async () => {
    await background?.stop();
    await store.close();
  };
  try {
    // its metrics have no listener here (no admin server): they only take the endpoint's hooks
    const handle = await startEnrollment({ config: enrollment, store, logger, metrics: createMetrics({ logger, defaultMetrics: false }), rules: () => config });
    // in-flight requests answered and their records written, then the checkpointer, then the file or the pool
    return { ...handle, close: () => handle.close().then(shut) };
  } catch (e) {
    await shut().catch(() => {});
    throw e;
  }
}

/** SQLite: the WAL checkpointer off the event loop, as the daemon runs it. */
function startWalCheckpoints(store: SqliteStore, logger: Logger) {
  return startBackground(store.db, { onError: (error) => logger.warn('background WAL checkpoint failed', { error }) });
}
