import type { RuleConfig } from '../config/schema.ts';

/** What the policy needs to know about a device: its current state as Apple last told us. */
export interface DeviceState {
  token: string;
  serial_number: string;
  device_family: string | null;
  os: string | null;
  model: string | null;
  profile_status: string; // empty | assigned | pushed | removed
  profile_uuid: string | null;
  deleted: boolean;
}

/** A rule after loading: serial lists read into sets. */
export interface Rule extends Omit<RuleConfig, 'match'> {
  match: { token?: string[]; device_family?: string[]; os?: string[]; model?: string[]; serials?: Set<string> };
}

export interface PolicyContext {
  rules: Rule[];
  /** Per token: the profile a device gets when no rule matched (or none). */
  defaults: Record<string, string | undefined>;
  /** Per token and profile name: Apple's UUID of the current definition (null until defined). */
  uuids: (token: string, profile: string) => string | null;
}

export type Verdict =
  | { state: 'pending'; profile: string; uuid: string | null; reason: string; rule: string }
  | { state: 'assigned'; profile: string; uuid: string; reason: string; rule: string }
  | { state: 'excluded' | 'held'; profile: null; uuid: null; reason: string; rule: string }
  | { state: 'unmanaged'; profile: null; uuid: null; reason: string; rule: string }
  | { state: 'gone'; profile: null; uuid: null; reason: string; rule: string };

function globMatch(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return pattern === value;
  const re = new RegExp(
    '^' +
      pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );
  return re.test(value);
}

function matches(rule: Rule, d: DeviceState): boolean {
  const m = rule.match;
  if (m.token && !m.token.includes(d.token)) return false;
  if (m.device_family && !(d.device_family && m.device_family.includes(d.device_family))) return false;
  if (m.os && !(d.os && m.os.includes(d.os))) return false;
  if (m.model && !(d.model && m.model.some((p) => globMatch(p, d.model!)))) return false;
  if (m.serials && !m.serials.has(d.serial_number)) return false;
  return true;
}

/** The rule that decides a device: the first match, else the token's default. */
export function chooseProfile(d: DeviceState, ctx: PolicyContext): { action: 'assign' | 'exclude' | 'hold' | 'none'; profile?: string; rule: string } {
  for (let i = 0; i < ctx.rules.length; i++) {
    const r = ctx.rules[i];
    if (matches(r, d)) return { action: r.action, profile: r.profile, rule: r.name ?? `rules[${i}]` };
  }
  const def = ctx.defaults[d.token];
  return def ? { action: 'assign', profile: def, rule: 'default' } : { action: 'none', rule: 'no rule' };
}

/**
 * State-based, not event-based (peers.md §2 items 3–5): a device is assigned when Apple's record does not already
 * carry the profile we want, whatever event told us about it — initial fetch with empty status, a move from another
 * MDM server (modified, removed), a stale UUID after a redefinition.
 */
export function evaluate(d: DeviceState, ctx: PolicyContext): Verdict {
  if (d.deleted) return { state: 'gone', profile: null, uuid: null, reason: 'no longer assigned to this MDM server', rule: '' };
  const c = chooseProfile(d, ctx);
  if (c.action === 'none') return { state: 'unmanaged', profile: null, uuid: null, reason: 'no rule and no default profile', rule: c.rule };
  if (c.action === 'exclude') return { state: 'excluded', profile: null, uuid: null, reason: `excluded by ${c.rule}`, rule: c.rule };
  if (c.action === 'hold') return { state: 'held', profile: null, uuid: null, reason: `held by ${c.rule}`, rule: c.rule };
  const profile = c.profile!;
  const uuid = ctx.uuids(d.token, profile);
  const status = d.profile_status || 'empty';
  if (uuid && d.profile_uuid === uuid && (status === 'assigned' || status === 'pushed')) {
    return { state: 'assigned', profile, uuid, reason: `has ${profile} (${status})`, rule: c.rule };
  }
  const reason = !uuid
    ? 'profile not yet defined at Apple'
    : status === 'empty'
      ? 'no profile'
      : status === 'removed'
        ? 'profile removed'
        : d.profile_uuid !== uuid
          ? d.profile_uuid
            ? 'carries another profile'
            : 'no profile'
          : `status ${status}`;
  return { state: 'pending', profile, uuid, reason, rule: c.rule };
}
