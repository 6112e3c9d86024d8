import type { Command } from 'commander';
import { configFrom, openDb, table, printJson } from './common.ts';
import { planAssignments } from '../assign/plan.ts';
import { buildProfiles } from '../daemon/runtime.ts';
import { profileHash } from '../profile/ade.ts';

export function register(program: Command): void {
  const profile = program.command('profile').description('ADE profiles: what we define at Apple, and what the next round would assign');
  profile.command('show')
    .description('each configured ADE profile as the JSON sent to Apple, its hash, and its UUID per token')
    .option('--json')
    .action((opts: { json?: boolean }, cmd: Command) => {
      const { config } = configFrom(cmd);
      const built = buildProfiles(config, Object.keys(config.profiles));
      const db = openDb(config, true);
      const defined = db.prepare('SELECT token, name, content_hash, profile_uuid, defined_at, superseded_at FROM profiles ORDER BY token, name, id').all() as Record<string, unknown>[];
      db.close();
      const out = Object.entries(built).map(([name, p]) => ({ name, content_hash: profileHash(p), definition: p,
        at_apple: defined.filter((d) => d.name === name) }));
      if (opts.json) { printJson(out); return; }
      for (const o of out) {
        process.stdout.write(`${o.name}  ${o.content_hash.slice(0, 12)}\n${JSON.stringify(o.definition, null, 2).replace(/^/gm, '  ')}\n`);
        for (const d of o.at_apple) process.stdout.write(`  ${d.token}: ${d.profile_uuid ?? '(not defined)'} ${d.content_hash === o.content_hash ? 'current' : 'older content'}${d.superseded_at ? ' superseded' : ''}\n`);
      }
    });
  profile.command('plan')
    .description('before anything is sent to Apple: profiles that would be (re)defined, devices that would be assigned, and why')
    .option('--limit <n>', 'list at most this many devices', '50')
    .option('--json')
    .action((opts: { limit: string; json?: boolean }, cmd: Command) => {
      const { config } = configFrom(cmd);
      const db = openDb(config, true);
      const plan = planAssignments(db, config, buildProfiles(config, Object.keys(config.profiles)), { limit: Number(opts.limit) });
      db.close();
      if (opts.json) { printJson(plan); return; }
      process.stdout.write(table(plan.profiles as never, ['token', 'profile', 'action', 'profile_uuid']) + '\n\n');
      process.stdout.write(plan.summary.length ? table(plan.summary as never, ['token', 'profile', 'reason', 'devices']) + '\n' : 'no device needs an assignment\n');
      if (plan.devices.length) process.stdout.write('\n' + table(plan.devices as never, ['token', 'serial_number', 'profile', 'rule', 'reason', 'current_state']) + '\n');
      if (plan.waiting.length) process.stdout.write('\nwaiting on Apple:\n' + table(plan.waiting as never, ['token', 'state', 'devices']) + '\n');
    });
}
