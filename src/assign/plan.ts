import type { Config } from '../config/schema.ts';
import type { Profile } from '../apple/types.ts';
import { evaluate, type PolicyContext } from './policy.ts';
import { loadRules, profilesForToken } from './context.ts';
import type { PlanReads } from '../store/plan.ts';
import { profileHash } from '../profile/ade.ts';

interface PlanProfile {
  token: string;
  profile: string;
  action: 'define' | 'redefine' | 'keep';
  profile_uuid: string | null;
  content_hash: string;
}
interface PlanDevice {
  token: string;
  serial_number: string;
  profile: string;
  reason: string;
  rule: string;
  current_state: string | null;
}
export interface Plan {
  profiles: PlanProfile[];
  summary: { token: string; profile: string; reason: string; devices: number }[];
  devices: PlanDevice[];
  waiting: { token: string; state: string; devices: number }[];
  /** With `serial`: that device's verdict when it needs no assignment (already assigned, excluded, held…), and why. */
  unchanged: { token: string; serial_number: string; state: string; profile: string | null; reason: string; rule: string }[];
}

/**
 * What the next assignment round would do under this config, before anything is sent to Apple: which profiles would be
 * (re)defined, and which devices would be assigned and why. Reads the store only (either engine: store/plan.ts).
 */
export async function planAssignments(
  reads: PlanReads,
  config: Config,
  built: Record<string, Profile>,
  opts: { limit?: number; serial?: string; token?: string } = {},
): Promise<Plan> {
  const rules = loadRules(config);
  const plan: Plan = { profiles: [], summary: [], devices: [], waiting: [], unchanged: [] };
  const pseudo = new Map<string, string | null>();
  const current = new Map<string, string | null>();
  for (const t of config.tokens.filter((x) => !opts.token || x.name === opts.token)) {
    const defined = await reads.currentDefinitions(t.name);
    for (const name of profilesForToken(config, t.name)) {
      const hash = profileHash(built[name]);
      const d = defined.get(name);
      const uuid = d?.profile_uuid ?? null;
      const action = !d ? 'define' : d.content_hash !== hash ? 'redefine' : 'keep';
      plan.profiles.push({ token: t.name, profile: name, action, profile_uuid: uuid, content_hash: hash });
      // a profile to be (re)defined gets a UUID no device carries yet
      pseudo.set(`${t.name}\u0000${name}`, action === 'keep' ? uuid : `(new ${name})`);
      current.set(`${t.name}\u0000${name}`, uuid);
    }
  }
  const ctx: PolicyContext = {
    rules,
    defaults: Object.fromEntries(config.tokens.map((t) => [t.name, t.default_profile])),
    uuids: (token, profile) => pseudo.get(`${token}\u0000${profile}`) ?? null,
  };
  const counts = new Map<string, number>();
  const limit = opts.limit ?? 1000;
  await reads.candidates(opts, (r) => {
    if (!config.tokens.some((t) => t.name === r.token)) return;
    const v = evaluate({ ...r, deleted: false }, ctx);
    if (v.state !== 'pending' || r.current_state === 'not_accessible') {
      if (opts.serial !== undefined)
        plan.unchanged.push({
          token: r.token,
          serial_number: r.serial_number,
          state: r.current_state === 'not_accessible' ? 'not_accessible' : v.state,
          profile: v.profile,
          reason: r.current_state === 'not_accessible' ? 'not accessible by this MDM server at Apple' : v.reason,
          rule: v.rule,
        });
      return;
    }
    const carriesOld = r.profile_uuid !== null && r.profile_uuid === current.get(`${r.token}\u0000${v.profile}`);
    const reason = v.uuid?.startsWith('(new ') && carriesOld ? 'profile will be redefined' : v.reason;
    const key = `${r.token}\u0000${v.profile}\u0000${reason}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (plan.devices.length < limit)
      plan.devices.push({ token: r.token, serial_number: r.serial_number, profile: v.profile, reason, rule: v.rule, current_state: r.current_state });
  });
  plan.summary = [...counts].map(([k, n]) => {
    const [token, profile, reason] = k.split('\u0000');
    return { token, profile, reason, devices: n };
  });
  plan.waiting = opts.serial !== undefined ? [] : (await reads.waiting()).filter((w) => !opts.token || w.token === opts.token);
  return plan;
}
