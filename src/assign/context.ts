import { readFileSync } from 'node:fs';
import type { Config } from '../config/schema.ts';
import type { DB } from '../store/db.ts';
import type { PolicyContext, Rule } from './policy.ts';
import { currentUuids } from '../store/profiles.ts';

/** Rules as the policy reads them: serial lists (inline and from files) as sets. Reads files: call at load/reload. */
export function loadRules(config: Config): Rule[] {
  return config.rules.map((r) => {
    const serials = [...(r.match.serials ?? [])];
    if (r.match.serials_file) {
      serials.push(
        ...readFileSync(r.match.serials_file, 'utf8')
          .split(/\r?\n/)
          .map((s) => s.trim())
          .filter((s) => s && !s.startsWith('#')),
      );
    }
    return {
      ...r,
      match: {
        token: r.match.token,
        device_family: r.match.device_family,
        os: r.match.os,
        model: r.match.model,
        serials: r.match.serials || r.match.serials_file ? new Set(serials) : undefined,
      },
    };
  });
}

/** The profile names a token may assign: its default and every assigning rule that can match it. */
export function profilesForToken(config: Config, token: string): string[] {
  const names = new Set<string>();
  const t = config.tokens.find((x) => x.name === token);
  if (t?.default_profile) names.add(t.default_profile);
  for (const r of config.rules) if (r.action === 'assign' && r.profile && (!r.match.token || r.match.token.includes(token))) names.add(r.profile);
  return [...names];
}

/** A policy context whose UUID lookups read the profiles table (cached until `refresh`). */
export function policyContext(db: DB, config: Config, rules = loadRules(config)) {
  const cache = new Map<string, Map<string, string | null>>();
  const ctx: PolicyContext & { refresh(): void } = {
    rules,
    defaults: Object.fromEntries(config.tokens.map((t) => [t.name, t.default_profile])),
    uuids: (token, profile) => {
      let m = cache.get(token);
      if (!m) {
        m = currentUuids(db, token);
        cache.set(token, m);
      }
      return m.get(profile) ?? null;
    },
    refresh: () => cache.clear(),
  };
  return ctx;
}

/**
 * A policy context whose UUIDs an engine loads ahead (PostgreSQL: no synchronous reads). `load` is awaited by the
 * returned getter before each use, so a profile defined a moment ago is seen, as with policyContext's refresh.
 */
export function loadedPolicyContext(config: Config, rules: Rule[], uuidsOf: (token: string) => Promise<Map<string, string | null>>, tokens: string[]) {
  const maps = new Map<string, Map<string, string | null>>();
  const ctx: PolicyContext = {
    rules,
    defaults: Object.fromEntries(config.tokens.map((t) => [t.name, t.default_profile])),
    uuids: (token, profile) => maps.get(token)?.get(profile) ?? null,
  };
  return async (): Promise<PolicyContext> => {
    for (const t of tokens) maps.set(t, await uuidsOf(t));
    return ctx;
  };
}
