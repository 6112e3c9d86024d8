import type { Command } from 'commander';
import { configPath } from '../config/load.ts';
import { runDaemon } from '../daemon/daemon.ts';

export function register(program: Command): void {
  program
    .command('daemon')
    .summary('run the sync workers, the enrollment endpoint and the admin listener (SIGHUP reloads, SIGTERM stops)')
    .description(
      "run every token's sync worker, the enrollment endpoint and the admin listener (systemd: Type=notify). " +
        'SIGHUP reloads the config (a bad one is refused and logged; the running one stays); SIGTERM or SIGINT finishes the page in flight and exits 0',
    )
    .action(async (_o: unknown, cmd: Command) => {
      const root = cmd.optsWithGlobals() as { config?: string };
      await runDaemon(configPath(root.config));
    });
}
