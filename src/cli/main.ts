#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.ts';

type CommandModule = { register(program: Command): void };
/** Each top-level command and the module that defines it: only the one asked for is loaded, so the CLI starts fast. */
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  daemon: () => import('./daemon.ts'),
  sync: () => import('./sync.ts'),
  status: () => import('./status.ts'),
  devices: () => import('./devices.ts'),
  device: () => import('./devices.ts'),
  enrollments: () => import('./enrollments.ts'),
  profile: () => import('./profile.ts'),
  token: () => import('./token.ts'),
  doctor: () => import('./admin.ts'),
  migrate: () => import('./admin.ts'),
  enroll: () => import('./enroll.ts'),
  events: () => import('./events.ts'),
  sim: () => import('./sim.ts'),
  demo: () => import('./demo.ts'),
};

/** The command word in argv (skipping global options), if it is one of ours. */
function commandIn(argv: string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-c' || a === '--config') {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    return a in COMMANDS ? a : undefined;
  }
  return undefined;
}

/** Exit codes: 0 ok, 1 failure, 2 usage or config error, 3 something needs an admin (status), 4 Apple unavailable. */
export async function buildProgram(argv: string[] = process.argv): Promise<Command> {
  const program = new Command('adesync')
    .description('Apple Automated Device Enrollment: sync, supervised assignment, signed enrollment profiles')
    .version(VERSION)
    .option('-c, --config <path>', 'config file (default: $ADESYNC_CONFIG, $CONFIGURATION_DIRECTORY/config.yaml, /etc/adesync/config.yaml)')
    .showHelpAfterError()
    .exitOverride();
  // help, or an unknown command: load every module so the listing (or commander's suggestion) is complete;
  // --version alone needs none
  const wanted = commandIn(argv);
  const versionOnly = !wanted && argv.slice(2).some((a) => a === '-V' || a === '--version');
  const loaders = wanted ? [COMMANDS[wanted]] : versionOnly ? [] : Object.values(COMMANDS);
  // several names share a module: the same namespace object comes back, register it once
  for (const m of new Set(await Promise.all(loaders.map((l) => l())))) m.register(program);
  return program;
}

async function main() {
  const program = await buildProgram();
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
    let err = e as Error & { code?: string; exitCode?: number };
    // an SQLite error raised by a query after the open (corruption deep in the file): name the file and the fix
    if (typeof err.code === 'string' && err.code.startsWith('SQLITE_')) err = (await import('../store/db.ts')).explainDatabaseError(err);
    if (err.message) process.stderr.write(`adesync: ${err.message}\n`);
    process.exit(err.exitCode ?? (err.code === 'CONFIG_INVALID' ? 2 : 1));
  }
}

await main();
