import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { loadAll } from 'js-yaml';
import type { z } from 'zod';
import { configSchema, isPostgresUrl, storeSchema, type Config } from './schema.ts';

const DEFAULT_CONFIG_PATH = '/etc/adesync/config.yaml';

/** Where the config is: --config, then $ADESYNC_CONFIG, then $CONFIGURATION_DIRECTORY/config.yaml (systemd), then /etc. */
export function configPath(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return flag;
  if (env.ADESYNC_CONFIG) return env.ADESYNC_CONFIG;
  if (env.CONFIGURATION_DIRECTORY) return resolve(env.CONFIGURATION_DIRECTORY.split(':')[0], 'config.yaml');
  return DEFAULT_CONFIG_PATH;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`${path}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` + problems.map((p) => `  - ${p}`).join('\n'));
  }
}

/** A URL's password shown as *** (a config error must not print the secret it refuses). */
// greedy to the last "@": a password with an unencoded "/" or "@" in it is hidden whole too
const redact = (s: string) => s.replace(/(\/\/[^/:@\s"]*):[^\s"]*@/g, '$1:***@');

function showValue(v: unknown): string {
  const json = JSON.stringify(v);
  const s = json === undefined ? undefined : redact(json);
  return s === undefined ? 'nothing' : s.length > 80 ? s.slice(0, 77) + '...' : s;
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** Levenshtein distance, for "did you mean". */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The known key closest to `key`, if close enough to be a likely misspelling. */
function nearestKey(key: string, known: string[]): string | undefined {
  let best: { k: string; d: number } | undefined;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (!best || d < best.d) best = { k, d };
  }
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.k : undefined;
}

// zod 4 schemas, walked through their definitions to find the keys allowed at a path
type Def = {
  type: string;
  innerType?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  options?: Schema[];
  discriminator?: string;
};
type Schema = { _zod: { def: Def } };
function unwrap(s: Schema): Schema {
  for (;;) {
    const d = s._zod.def;
    if (d.innerType && ['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional'].includes(d.type)) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else return s;
  }
}

/** The keys an object at `path` may have (the value decides between union alternatives). */
function knownKeys(path: PropertyKey[], raw: unknown): string[] {
  let s: Schema | undefined = configSchema as unknown as Schema;
  let v: unknown = raw;
  const pick = (x: Schema) => {
    const d = unwrap(x)._zod.def;
    if (d.type !== 'union' || !d.options) return unwrap(x);
    const tag = d.discriminator && v && typeof v === 'object' ? (v as Record<string, unknown>)[d.discriminator] : undefined;
    const opts = d.options.map(unwrap);
    return opts.find((o) => (o._zod.def.shape?.[d.discriminator ?? '']?._zod.def as { values?: unknown[] } | undefined)?.values?.includes(tag)) ?? opts[0];
  };
  for (const k of path) {
    const d: Def = pick(s!)._zod.def;
    s = typeof k === 'number' ? d.element : d.type === 'record' ? d.valueType : d.shape?.[String(k)];
    v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
    if (!s) return [];
  }
  return Object.keys(pick(s!)._zod.def.shape ?? {});
}

/** One line per problem: the key, the bad value, and what to write instead. */
function describeIssues(raw: unknown, issues: z.core.$ZodIssue[]): string[] {
  const keyOf = (path: PropertyKey[]) =>
    path.length
      ? path
          .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
          .join('.')
          .replace(/\.\[/g, '[')
      : '(top level)';
  return issues.flatMap((i) => {
    if (i.code === 'unrecognized_keys') {
      // one line per unknown key, with the nearest valid one: never the whole object around it
      const known = knownKeys(i.path, raw);
      return i.keys.map((k) => {
        const near = nearestKey(k, known);
        return (
          `${keyOf([...i.path, k])}: unknown key${near ? `: did you mean "${near}"?` : `; ${keyOf(i.path) === '(top level)' ? 'top-level' : keyOf(i.path)} keys are ${known.join(', ')}`}` +
          ` (see config/adesync.example.yaml)`
        );
      });
    }
    let fix = i.message;
    if (i.code === 'invalid_type' && valueAt(raw, i.path) === undefined) fix = `required: add it (${i.message})`;
    return [`${keyOf(i.path)}: ${fix} (got ${showValue(valueAt(raw, i.path))})`];
  });
}

/** js-yaml's error as: where, what, the lines around it, and a hint for the usual slips its message does not name. */
function describeYamlError(e: Error & { reason?: string; mark?: { line: number; column: number; snippet?: string } }, text: string): string {
  if (!e.mark) return `not valid YAML: ${e.message.split('\n')[0]}`;
  const lines = text.split(/\r?\n/);
  const at = e.mark.line;
  let hint = '';
  // an unquoted value starting with a YAML indicator: "schedule: */5 * * * *" reads as an alias and fails oddly
  for (let n = at; n >= Math.max(0, at - 1) && !hint; n--) {
    const m = /^\s*(?:-\s+)?([A-Za-z0-9_.-]+):\s+([*&!%@`|>])/.exec(lines[n] ?? '');
    if (m && !(m[2] === '|' || m[2] === '>'))
      hint = `line ${n + 1}: a value starting with "${m[2]}" must be quoted, e.g. ${m[1]}: "${(lines[n] ?? '').split(/:\s+/).slice(1).join(': ').trim()}"`;
  }
  // a quote or bracket opened on an earlier line and never closed: js-yaml notices only further down
  for (let n = at; n >= Math.max(0, at - 20) && !hint; n--) {
    const l = (lines[n] ?? '').replace(/\s#.*$/, '');
    const dq = (l.match(/(?<!\\)"/g) ?? []).length;
    const sq = (l.match(/'/g) ?? []).length;
    const open = (l.match(/[[{]/g) ?? []).length - (l.match(/[\]}]/g) ?? []).length;
    if (n < at && (dq % 2 === 1 || sq % 2 === 1)) hint = `line ${n + 1} opens a quote that is not closed on that line`;
    else if (n < at && open > 0) hint = `line ${n + 1} opens a [ or { that is not closed on that line`;
  }
  const snippet = e.mark.snippet
    ? '\n' +
      e.mark.snippet
        .split('\n')
        .map((l) => `      ${l}`)
        .join('\n')
    : '';
  return `not valid YAML at line ${at + 1}, column ${e.mark.column + 1}: ${e.reason ?? e.message.split('\n')[0]}${hint ? `\n    hint: ${hint}` : ''}${snippet}`;
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
    throw new ConfigError(source, [describeYamlError(e as Error, text)]);
  }
  const r = configSchema.safeParse(raw);
  if (!r.success) throw new ConfigError(source, describeIssues(raw, r.error.issues));
  return resolvePaths(r.data, baseDir);
}

export function loadConfig(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(path, [
      `cannot read the config file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): pass --config PATH or set ADESYNC_CONFIG`,
    ]);
  }
  return parseConfig(text, path, dirname(resolve(path)));
}

const abs = (base: string, p: string) => (isAbsolute(p) ? p : resolve(base, p));

/**
 * SQLite: `database` is the file's absolute path and `store` is absent. PostgreSQL (`database: postgresql://…` or a
 * `store:` block): `store` holds every setting with its files resolved, and `database` is the URL (never a password).
 */
function resolveStore(c: Config, base: string, stateDir: string): Pick<Config, 'database' | 'store'> {
  const store = c.store ?? (c.database && isPostgresUrl(c.database) ? storeSchema.parse({ engine: 'postgresql', url: c.database }) : undefined);
  if (!store) return { database: abs(base, c.database ?? resolve(stateDir, 'adesync.db')), store: undefined };
  const file = (f: string | undefined) => f && abs(base, f);
  const tls = store.tls && { ...store.tls, ca_file: file(store.tls.ca_file), cert_file: file(store.tls.cert_file), key_file: file(store.tls.key_file) };
  return { database: store.url, store: { ...store, password_file: file(store.password_file), tls } };
}

function resolvePaths(c: Config, base: string): Config {
  const stateDir = abs(base, process.env.STATE_DIRECTORY && c.state_dir === '/var/lib/adesync' ? process.env.STATE_DIRECTORY.split(':')[0] : c.state_dir);
  const out: Config = { ...c, state_dir: stateDir, ...resolveStore(c, base, stateDir) };
  out.tokens = c.tokens.map((t) => ({ ...t, file: abs(base, t.file ?? resolve(stateDir, 'tokens', `${t.name}.json`)) }));
  out.profiles = Object.fromEntries(
    Object.entries(c.profiles).map(([k, p]) => [
      k,
      {
        ...p,
        anchor_cert_files: p.anchor_cert_files?.map((f) => abs(base, f)),
        supervising_host_cert_files: p.supervising_host_cert_files?.map((f) => abs(base, f)),
      },
    ]),
  );
  out.admin = { ...c.admin, token_file: c.admin.token_file && abs(base, c.admin.token_file) };
  out.webhooks = c.webhooks.map((w) => ({ ...w, secret_file: abs(base, w.secret_file) }));
  out.rules = c.rules.map((r) => ({ ...r, match: { ...r.match, serials_file: r.match.serials_file && abs(base, r.match.serials_file) } }));
  if (c.enrollment) {
    const e = c.enrollment;
    type Identity = NonNullable<Config['enrollment']>['profile']['identity'];
    const resolveIdentity = (id: Identity): Identity =>
      id.type === 'pkcs12'
        ? { ...id, file: abs(base, id.file), password_file: id.password_file && abs(base, id.password_file) }
        : id.type === 'scep'
          ? { ...id, challenge_file: id.challenge_file && abs(base, id.challenge_file) }
          : id;
    const id = e.profile.identity;
    out.enrollment = {
      ...e,
      tls: e.tls && { cert_file: abs(base, e.tls.cert_file), key_file: abs(base, e.tls.key_file) },
      device_ca: e.device_ca && {
        ...e.device_ca,
        pinned_ca_file: abs(base, e.device_ca.pinned_ca_file),
        chain_files: e.device_ca.chain_files.map((f) => abs(base, f)),
      },
      profile: {
        ...e.profile,
        trust_cert_files: e.profile.trust_cert_files.map((f) => abs(base, f)),
        identity: resolveIdentity(id),
        fallback_identity: e.profile.fallback_identity && (resolveIdentity(e.profile.fallback_identity) as typeof e.profile.fallback_identity),
      },
      psso: e.psso && {
        ...e.psso,
        profile_file: abs(base, e.psso.profile_file),
        package: {
          ...e.psso.package,
          manifest_file: e.psso.package.manifest_file && abs(base, e.psso.package.manifest_file),
          pinning_cert_files: e.psso.package.pinning_cert_files.map((f) => abs(base, f)),
        },
      },
      signing: {
        cert_file: abs(base, e.signing.cert_file),
        key_file: abs(base, e.signing.key_file),
        chain_files: e.signing.chain_files.map((f) => abs(base, f)),
      },
    };
  }
  return out;
}
