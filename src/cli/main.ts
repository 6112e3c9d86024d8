#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.ts';
import * as sim from './sim.ts';
import * as token from './token.ts';
import * as sync from './sync.ts';
import * as status from './status.ts';
import * as profile from './profile.ts';
import * as admin from './admin.ts';
import * as daemon from './daemon.ts';
import * as enroll from './enroll.ts';
import * as demo from './demo.ts';

/** Exit codes: 0 ok, 1 failure, 2 usage or config error, 3 something needs an admin (status), 4 Apple unavailable. */
export function buildProgram(): Command {
  const program = new Command('adesync')
    .description('Apple Automated Device Enrollment: sync, supervised assignment, signed enrollment profiles')
    .version(VERSION)
    .option('-c, --config <path>', 'config file (default: $ADESYNC_CONFIG, $CONFIGURATION_DIRECTORY/config.yaml, /etc/adesync/config.yaml)')
    .showHelpAfterError()
    .exitOverride();
  for (const m of [daemon, sync, status, profile, token, admin, enroll, sim, demo]) m.register(program);
  return program;
}

async function main() {
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
    const err = e as Error & { code?: string; exitCode?: number };
    if (err.message) process.stderr.write(`adesync: ${err.message}\n`);
    process.exit(err.exitCode ?? (err.code === 'CONFIG_INVALID' ? 2 : 1));
  }
}

await main();
