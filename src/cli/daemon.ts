import type { Command } from 'commander';
import { configPath } from '../config/load.ts';
import { runDaemon } from '../daemon/daemon.ts';

export function register(program: Command): void {
  program.command('daemon')
    .description('run every token\'s sync worker, the enrollment endpoint and the admin listener (systemd: Type=notify)')
    .action(async (_o: unknown, cmd: Command) => {
      const root = cmd.optsWithGlobals() as { config?: string };
      await runDaemon(configPath(root.config));
    });
}
