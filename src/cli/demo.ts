import type { Command } from 'commander';
import { runDemo } from '../demo/run.ts';
import { ExitError, intOption } from './common.ts';

export function register(program: Command): void {
  program
    .command('demo')
    .description('the whole product on this machine, no Apple account: simulator, daemon, sync, assignment, enrollments, status (DEMO-ONLY certificates)')
    .option(
      '--dir <path>',
      'where the demo state goes: a new or empty folder, or one an earlier demo made (then replaced); a folder holding anything else is refused',
      'demo-state',
    )
    .option('--devices <n>', 'devices in the simulated Apple account, 1 to 1,000,000 (default: 3000)')
    .option('--seed <n>', 'simulator seed (default: 1)')
    .action(async (o: { dir: string; devices?: string; seed?: string }) => {
      const devices = o.devices === undefined ? 3000 : intOption('--devices', o.devices, 1, 1_000_000);
      const seed = o.seed === undefined ? 1 : intOption('--seed', o.seed, 0, 2 ** 32 - 1);
      const r = await runDemo({ dir: o.dir, devices, seed });
      if (!r.ok) throw new ExitError('demo failed', 1);
    });
}
