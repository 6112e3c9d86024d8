import type { Command } from 'commander';
import { runDemo } from '../demo/run.ts';
import { ExitError } from './common.ts';

export function register(program: Command): void {
  program.command('demo')
    .description('the whole product on this machine, no Apple account: simulator, daemon, sync, assignment, enrollments, status (DEMO-ONLY certificates)')
    .option('--dir <path>', 'where the demo state goes (wiped first)', 'demo-state')
    .option('--devices <n>', 'devices in the simulated Apple account', '3000')
    .option('--seed <n>', 'simulator seed', '1')
    .action(async (o: { dir: string; devices: string; seed: string }) => {
      const r = await runDemo({ dir: o.dir, devices: Number(o.devices), seed: Number(o.seed) });
      if (!r.ok) throw new ExitError('demo failed', 1);
    });
}
