import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { configFrom, openDb, table, printJson, intOption, tokenOption, ExitError, JSON_HELP } from './common.ts';
import { ConfigError } from '../config/load.ts';
import type { Config } from '../config/schema.ts';
import type { Profile } from '../apple/types.ts';
import { planAssignments } from '../assign/plan.ts';
import { buildProfiles } from '../daemon/runtime.ts';
import { certToDer, profileHash } from '../profile/ade.ts';
import { allDefinitions } from '../store/profiles.ts';
import { hasToken, storedSerial } from '../store/report.ts';

/**
 * Every profile's certificate files read first, so a missing or unreadable one is a config error naming the key, the
 * file and the fix (exit 2), not a raw ENOENT.
 */
export function profilesOrConfigError(config: Config, path: string): Record<string, Profile> {
  const problems: string[] = [];
  for (const [name, p] of Object.entries(config.profiles)) {
    for (const key of ['anchor_cert_files', 'supervising_host_cert_files'] as const) {
      (p[key] ?? []).forEach((file, i) => {
        try {
          certToDer(readFileSync(file));
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          problems.push(
            `profiles.${name}.${key}[${i}]: ${code === 'ENOENT' ? `${file} does not exist` : code ? `cannot read ${file} (${code})` : `${file} is not a certificate (${(e as Error).message})`}: ` +
              (code
                ? "put the certificate there (PEM or DER), or correct the path (relative paths start at the config file's folder)"
                : 'point it at a PEM or DER certificate'),
          );
        }
      });
    }
  }
  if (problems.length) throw new ConfigError(path, problems);
  return buildProfiles(config, Object.keys(config.profiles));
}

export function register(program: Command): void {
  const profile = program.command('profile').description('ADE profiles: what we define at Apple, and what the next round would assign');
  profile
    .command('show')
    .description('each configured ADE profile as the JSON sent to Apple, its hash, and its UUID per token')
    .option('--json', `${JSON_HELP}: [{name, content_hash, definition, at_apple}]`)
    .action((opts: { json?: boolean }, cmd: Command) => {
      const { config, path } = configFrom(cmd);
      const built = profilesOrConfigError(config, path);
      const db = openDb(config, true);
      const defined = allDefinitions(db);
      db.close();
      const out = Object.entries(built).map(([name, p]) => ({
        name,
        content_hash: profileHash(p),
        definition: p,
        at_apple: defined.filter((d) => d.name === name),
      }));
      if (opts.json) {
        printJson(out);
        return;
      }
      for (const o of out) {
        process.stdout.write(`${o.name}  ${o.content_hash.slice(0, 12)}\n${JSON.stringify(o.definition, null, 2).replace(/^/gm, '  ')}\n`);
        for (const d of o.at_apple)
          process.stdout.write(
            `  ${d.token}: ${d.profile_uuid ?? '(not defined)'} ${d.content_hash === o.content_hash ? 'current' : 'older content'}${d.superseded_at ? ' superseded' : ''}\n`,
          );
      }
    });
  profile
    .command('plan')
    .description('before anything is sent to Apple: profiles that would be (re)defined, devices that would be assigned, and why')
    .option('--serial <serial>', 'only this device (any case): what the next round would do with it, and why')
    .option('--token <name>', 'only the devices of this token (a name under tokens: in the config)')
    .option('--limit <n>', 'list at most this many devices, 1 to 1,000,000 (default: 50)')
    .option('--json', `${JSON_HELP}: {profiles, summary, devices, waiting}`)
    .action((opts: { limit?: string; serial?: string; token?: string; json?: boolean }, cmd: Command) => {
      const { config, path } = configFrom(cmd);
      const limit = opts.limit === undefined ? 50 : intOption('--limit', opts.limit, 1, 1_000_000);
      const built = profilesOrConfigError(config, path);
      const db = openDb(config, true);
      let plan: ReturnType<typeof planAssignments>;
      try {
        const token = tokenOption(config, opts.token, (n) => hasToken(db, n));
        const serial = opts.serial === undefined ? undefined : storedSerial(db, opts.serial.trim());
        plan = planAssignments(db, config, built, { limit, serial, token });
      } finally {
        db.close();
      }
      if (opts.serial && !plan.devices.length && !plan.unchanged.length)
        throw new ExitError(`no device with serial ${opts.serial} in ${opts.token ? `token ${opts.token}` : 'any token'}`, 1);
      if (opts.json) {
        printJson(plan);
        return;
      }
      process.stdout.write(table(plan.profiles as never, ['token', 'profile', 'action', 'profile_uuid']) + '\n\n');
      const none = opts.serial ? `device ${opts.serial.trim().toUpperCase()} needs no assignment` : 'no device needs an assignment';
      process.stdout.write(
        plan.summary.length
          ? table(plan.summary as never, ['token', 'profile', 'reason', 'devices']) + '\n'
          : `${none}${plan.unchanged.length ? `: ${plan.unchanged.map((u) => `${u.token} ${u.state}${u.reason ? ` (${u.reason})` : ''}`).join('; ')}` : ''}\n`,
      );
      if (plan.devices.length)
        process.stdout.write('\n' + table(plan.devices as never, ['token', 'serial_number', 'profile', 'rule', 'reason', 'current_state']) + '\n');
      if (plan.waiting.length) process.stdout.write('\nwaiting on Apple:\n' + table(plan.waiting as never, ['token', 'state', 'devices']) + '\n');
    });
}
