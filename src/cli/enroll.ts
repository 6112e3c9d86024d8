import type { Command } from 'commander';
import { configPath, loadConfig } from '../config/load.ts';
import { createEnrollmentServer } from '../enroll/server.ts';
import { createLogger } from '../log.ts';
import { openDatabase } from '../store/db.ts';
import { startBackground } from '../store/background.ts';
import { announceNewDatabase } from './common.ts';
import { createOutbox } from '../events/outbox.ts';

/** `adesync enroll`: run the enrollment endpoint alone (the daemon embeds the same server). */
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
      const db = openDatabase(config.database!, { createUnder: config.state_dir, onCreate: announceNewDatabase });
      const background = startBackground(db, { onError: (error) => logger.warn('background WAL checkpoint failed', { error }) });
      // enrollment events are recorded here and delivered by the daemon
      const server = createEnrollmentServer({ config: config.enrollment, db, logger, outbox: createOutbox(db, config.webhooks) });
      const addr = await server.listen();
      process.stdout.write(`adesync enroll: listening on ${addr.address}:${addr.port}${config.enrollment.path}\n`);
      await new Promise<void>((resolve) => {
        const stop = (sig: string) => {
          logger.info('stopping enrollment endpoint', { signal: sig });
          server
            .close()
            .then(() => background.stop())
            .then(() => {
              db.close();
              resolve();
            });
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}
