import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { configFrom, openReader, table, printJson, intOption, tokenOption, ExitError, JSON_HELP } from './common.ts';
import { ConfigError } from '../config/load.ts';
import type { Config } from '../config/schema.ts';
import type { Profile } from '../apple/types.ts';
import { planAssignments, type Plan } from '../assign/plan.ts';
import { buildProfiles } from '../daemon/runtime.ts';
import { certToDer, profileHash } from '../profile/ade.ts';
import type { ServedFixed } from '../store/enrollments.ts';
import type { Definition, StoreReader } from '../store/reader.ts';
import { readCertificates } from '../cms/verify.ts';
import { changedFields, fixedFields, signerSubject, type FixedField } from '../profile/fixed.ts';

export interface EnrollmentFixed {
  /** The fixed fields the config gives every profile, each with why it must not change. */
  fields: FixedField[];
  /** The signing certificate's last day (renew before: doctor warns 30 days ahead). */
  signer_not_after: string | null;
  /** What was served before (one entry per distinct set), newest first; empty before the first served profile. */
  served: ServedFixed[];
  /** Fields whose config value differs from a set served before: devices holding those cannot take the new profile as a replacement. */
  changed: { field: string; config: unknown; served: unknown; first_served_at: string; last_served_at: string }[];
}

/** The enrollment profile's fixed fields from the config, compared with what the database says was served. */
async function enrollmentFixed(config: Config, path: string, store: StoreReader): Promise<EnrollmentFixed | undefined> {
  const e = config.enrollment;
  if (!e) return undefined;
  let signer: ReturnType<typeof readCertificates>[number] | undefined;
  try {
    signer = readCertificates(e.signing.cert_file)[0];
  } catch (err) {
    throw new ConfigError(path, [`enrollment.signing.cert_file: ${(err as Error).message}: point it at the profile signing certificate (PEM or DER)`]);
  }
  const fields = fixedFields(e, signer && signerSubject(signer));
  const served = await store.servedFixedFields();
  const changed = served.flatMap((s) =>
    changedFields(fields, s.fields).map((c) => ({ ...c, first_served_at: s.first_served_at, last_served_at: s.last_served_at })),
  );
  return { fields, signer_not_after: signer ? new Date(signer.validTo).toISOString() : null, served, changed };
}

function formatEnrollmentFixed(f: EnrollmentFixed): string {
  const width = Math.max(...f.fields.map((x) => x.field.length));
  let out = 'enrollment profile: fixed in every profile served to a device (a replacement that changes one is added beside or rejected)\n';
  for (const x of f.fields) out += `  ${x.field.padEnd(width)}  ${x.value}\n  ${' '.repeat(width)}  why: ${x.why}\n`;
  if (f.signer_not_after) out += `  signer valid until ${f.signer_not_after.slice(0, 10)}: renew before then (adesync doctor warns 30 days ahead)\n`;
  if (!f.served.length) out += '  no profile served yet: nothing to compare with\n';
  for (const c of f.changed)
    out +=
      `WARNING: ${c.field} is ${JSON.stringify(c.config)} in the config but was ${JSON.stringify(c.served)} in the profiles served ` +
      `${c.first_served_at} – ${c.last_served_at}: devices enrolled then cannot take the new profile as a replacement; restore the served value\n`;
  return out;
}

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
    .option('--enrollment', "only the enrollment profile's fixed fields, why each must not change, and whether the config still matches what was served")
    .option('--json', `${JSON_HELP}: [{name, content_hash, definition, at_apple}]; with --enrollment {fields, signer_not_after, served, changed}`)
    .action(async (opts: { json?: boolean; enrollment?: boolean }, cmd: Command) => {
      const { config, path } = configFrom(cmd);
      if (opts.enrollment && !config.enrollment) throw new ExitError('--enrollment: the config has no enrollment: section', 2);
      const built = opts.enrollment ? {} : profilesOrConfigError(config, path);
      const store = await openReader(config);
      let defined: Definition[];
      let fixed: EnrollmentFixed | undefined;
      try {
        defined = await store.allDefinitions();
        fixed = await enrollmentFixed(config, path, store);
      } finally {
        await store.close();
      }
      if (opts.enrollment) {
        if (opts.json) printJson(fixed);
        else process.stdout.write(formatEnrollmentFixed(fixed!));
        if (fixed!.changed.length) process.exitCode = 3; // something needs an admin, as `adesync status` says it
        return;
      }
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
      if (fixed) process.stdout.write(`\n${formatEnrollmentFixed(fixed)}`);
    });
  profile
    .command('plan')
    .description('before anything is sent to Apple: profiles that would be (re)defined, devices that would be assigned, and why')
    .option('--serial <serial>', 'only this device (any case): what the next round would do with it, and why')
    .option('--token <name>', 'only the devices of this token (a name under tokens: in the config)')
    .option('--limit <n>', 'list at most this many devices, 1 to 1,000,000 (default: 50)')
    .option('--json', `${JSON_HELP}: {profiles, summary, devices, waiting}`)
    .action(async (opts: { limit?: string; serial?: string; token?: string; json?: boolean }, cmd: Command) => {
      const { config, path } = configFrom(cmd);
      const limit = opts.limit === undefined ? 50 : intOption('--limit', opts.limit, 1, 1_000_000);
      const built = profilesOrConfigError(config, path);
      const store = await openReader(config);
      let plan: Plan;
      try {
        const known = opts.token !== undefined && (await store.hasToken(opts.token));
        const token = tokenOption(config, opts.token, () => known);
        const serial = opts.serial === undefined ? undefined : await store.storedSerial(opts.serial.trim());
        plan = await planAssignments(store, config, built, { limit, serial, token });
      } finally {
        await store.close();
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
