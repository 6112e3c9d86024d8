import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { loadAll } from 'js-yaml';
import type { z } from 'zod';
import { configSchema, type Config } from './schema.ts';

export const DEFAULT_CONFIG_PATH = '/etc/adesync/config.yaml';

/** Where the config is: --config, then $ADESYNC_CONFIG, then $CONFIGURATION_DIRECTORY/config.yaml (systemd), then /etc. */
export function configPath(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return flag;
  if (env.ADESYNC_CONFIG) return env.ADESYNC_CONFIG;
  if (env.CONFIGURATION_DIRECTORY) return resolve(env.CONFIGURATION_DIRECTORY.split(':')[0], 'config.yaml');
  return DEFAULT_CONFIG_PATH;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly path: string, readonly problems: string[]) {
    super(`${path}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` + problems.map((p) => `  - ${p}`).join('\n'));
  }
}

function showValue(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? 'nothing' : s.length > 80 ? s.slice(0, 77) + '...' : s;
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) { if (v === null || typeof v !== 'object') return undefined; v = (v as Record<PropertyKey, unknown>)[k]; }
  return v;
}

/** One line per problem: the key, the bad value, and what to write instead. */
export function describeIssues(raw: unknown, issues: z.core.$ZodIssue[]): string[] {
  return issues.map((i) => {
    const key = i.path.length ? i.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') : '(top level)';
    let fix = i.message;
    if (i.code === 'unrecognized_keys') fix = `unknown key${i.keys.length > 1 ? 's' : ''} ${i.keys.join(', ')}: remove or correct the spelling (see config/adesync.example.yaml)`;
    else if (i.code === 'invalid_type' && valueAt(raw, i.path) === undefined) fix = `required: add it (${i.message})`;
    return `${key}: ${fix} (got ${showValue(valueAt(raw, i.path))})`;
  });
}

/** Parse and validate config text. Relative paths resolve against `baseDir`. */
export function parseConfig(text: string, source = 'config', baseDir = process.cwd()): Config {
  let raw: unknown;
  try {
    // YAML 1.2 core schema (no implicit dates, no merge keys), duplicate keys refused; an empty file is an empty config
    const docs = loadAll(text);
    if (docs.length > 1) throw new Error(`${docs.length} YAML documents (--- separators): the config is one document`);
    raw = docs[0] ?? {};
  } catch (e) {
    throw new ConfigError(source, [`not valid YAML: ${(e as Error).message.split('\n')[0]}`]);
  }
  const r = configSchema.safeParse(raw);
  if (!r.success) throw new ConfigError(source, describeIssues(raw, r.error.issues));
  return resolvePaths(r.data, baseDir);
}

export function loadConfig(path: string): Config {
  let text: string;
  try { text = readFileSync(path, 'utf8'); } catch (e) {
    throw new ConfigError(path, [`cannot read the config file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): pass --config PATH or set ADESYNC_CONFIG`]);
  }
  return parseConfig(text, path, dirname(resolve(path)));
}

const abs = (base: string, p: string) => (isAbsolute(p) ? p : resolve(base, p));

function resolvePaths(c: Config, base: string): Config {
  const stateDir = abs(base, process.env.STATE_DIRECTORY && c.state_dir === '/var/lib/adesync' ? process.env.STATE_DIRECTORY.split(':')[0] : c.state_dir);
  const out: Config = { ...c, state_dir: stateDir, database: abs(base, c.database ?? resolve(stateDir, 'adesync.db')) };
  out.tokens = c.tokens.map((t) => ({ ...t, file: abs(base, t.file ?? resolve(stateDir, 'tokens', `${t.name}.json`)) }));
  out.profiles = Object.fromEntries(Object.entries(c.profiles).map(([k, p]) => [k, {
    ...p,
    anchor_cert_files: p.anchor_cert_files?.map((f) => abs(base, f)),
    supervising_host_cert_files: p.supervising_host_cert_files?.map((f) => abs(base, f)),
  }]));
  out.webhooks = c.webhooks.map((w) => ({ ...w, secret_file: abs(base, w.secret_file) }));
  out.rules = c.rules.map((r) => ({ ...r, match: { ...r.match, serials_file: r.match.serials_file && abs(base, r.match.serials_file) } }));
  if (c.enrollment) {
    const e = c.enrollment;
    type Identity = NonNullable<Config['enrollment']>['profile']['identity'];
    const resolveIdentity = (id: Identity): Identity => id.type === 'pkcs12' ? { ...id, file: abs(base, id.file), password_file: id.password_file && abs(base, id.password_file) }
      : id.type === 'scep' ? { ...id, challenge_file: id.challenge_file && abs(base, id.challenge_file) } : id;
    const id = e.profile.identity;
    out.enrollment = {
      ...e,
      tls: e.tls && { cert_file: abs(base, e.tls.cert_file), key_file: abs(base, e.tls.key_file) },
      device_ca: e.device_ca && { ...e.device_ca, pinned_ca_file: abs(base, e.device_ca.pinned_ca_file), chain_files: e.device_ca.chain_files.map((f) => abs(base, f)) },
      profile: {
        ...e.profile,
        trust_cert_files: e.profile.trust_cert_files.map((f) => abs(base, f)),
        identity: resolveIdentity(id),
        fallback_identity: e.profile.fallback_identity && resolveIdentity(e.profile.fallback_identity) as typeof e.profile.fallback_identity,
      },
      signing: { cert_file: abs(base, e.signing.cert_file), key_file: abs(base, e.signing.key_file), chain_files: e.signing.chain_files.map((f) => abs(base, f)) },
    };
  }
  return out;
}
