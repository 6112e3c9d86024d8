import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { z } from 'zod';
import { parseConfig } from '../../src/config/load.ts';
import { configSchema } from '../../src/config/schema.ts';

const EXAMPLE = fileURLToPath(new URL('../../config/adesync.example.yaml', import.meta.url));
const text = readFileSync(EXAMPLE, 'utf8');

// Walk zod 4 schemas through their definitions. Paths: "a.b", "tokens[].name", "profiles.*.url"; union alternatives
// (identity types) share their prefix.
type Def = { type: string; innerType?: Schema; in?: Schema; shape?: Record<string, Schema>; element?: Schema; valueType?: Schema; options?: Schema[] };
type Schema = z.ZodType & { _zod: { def: Def } };
const def = (s: Schema) => s._zod.def;

function unwrap(s: Schema): Schema {
  for (;;) {
    const d = def(s);
    if (d.innerType && ['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional'].includes(d.type)) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else return s;
  }
}
const join = (prefix: string, k: string) => (prefix ? `${prefix}.${k}` : k);

function schemaPaths(s: Schema, prefix = '', out = new Set<string>()): Set<string> {
  const d = def(unwrap(s));
  if (d.type === 'object')
    for (const [k, v] of Object.entries(d.shape!)) {
      out.add(join(prefix, k));
      schemaPaths(v, join(prefix, k), out);
    }
  else if (d.type === 'array') schemaPaths(d.element!, `${prefix}[]`, out);
  else if (d.type === 'record') schemaPaths(d.valueType!, join(prefix, '*'), out);
  else if (d.type === 'union') for (const o of d.options!) schemaPaths(o, prefix, out);
  return out;
}

/** The schema paths a YAML value actually fills. */
function presentPaths(s: Schema, v: unknown, prefix = '', out = new Set<string>()): Set<string> {
  const d = def(unwrap(s));
  if (d.type === 'object' && v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v))
      if (d.shape![k]) {
        out.add(join(prefix, k));
        presentPaths(d.shape![k], x, join(prefix, k), out);
      }
  } else if (d.type === 'array' && Array.isArray(v)) for (const x of v) presentPaths(d.element!, x, `${prefix}[]`, out);
  else if (d.type === 'record' && v && typeof v === 'object') for (const x of Object.values(v)) presentPaths(d.valueType!, x, join(prefix, '*'), out);
  else if (d.type === 'union') for (const o of d.options!) presentPaths(o, v, prefix, out);
  return out;
}

/** The sub-schema at a path such as "enrollment.profile.identity" or "tokens[]". */
function schemaAt(path: string): Schema {
  let s = configSchema as unknown as Schema;
  for (const part of path.split('.')) {
    const [key, ...arr] = part.split('[]');
    if (key) {
      const d = def(unwrap(s));
      s = key === '*' ? d.valueType! : d.shape![key];
      assert.ok(s, `no schema key ${path}`);
    }
    for (let i = 0; i < arr.length; i++) s = def(unwrap(s)).element!;
  }
  return s;
}

/** "# >>> PATH" … "# <<<" blocks: commented-out alternatives for PATH. */
function alternatives(): { path: string; value: unknown }[] {
  const out: { path: string; value: unknown }[] = [];
  for (const m of text.matchAll(/^[ \t]*# >>> (\S+)\n([\s\S]*?)^[ \t]*# <<<$/gm)) {
    const body = m[2]
      .split('\n')
      .map((l) => l.replace(/^[ \t]*# ?/, ''))
      .join('\n');
    // a block for one key may be written as the line to uncomment ("# database: /srv/…"): its value is the alternative
    let value = load(body);
    const key = m[1].split('.').at(-1)!.replace(/\[\]$/, '');
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && key in value)
      value = (value as Record<string, unknown>)[key];
    out.push({ path: m[1], value });
  }
  return out;
}

test('the example config parses with parseConfig', () => {
  const c = parseConfig(text, EXAMPLE, '/etc/adesync');
  assert.equal(c.tokens[0].name, 'main');
  assert.equal(c.enrollment?.profile.identity.type, 'acme');
  assert.equal(c.enrollment?.signing.key_file, '/etc/adesync/keys/profile-signing.key');
  assert.equal(c.admin.allow_non_loopback, false);
  assert.equal(c.profiles.supervised.is_mdm_removable, false);
});

test('every commented-out alternative is valid for its key', () => {
  const alts = alternatives();
  assert.ok(alts.length >= 5, `found only ${alts.length} alternative blocks`);
  for (const a of alts) {
    const r = schemaAt(a.path).safeParse(a.value);
    assert.ok(r.success, `alternative for ${a.path} does not validate: ${JSON.stringify(r.error?.issues)}`);
  }
});

test('every key of the schema appears in the example (active or as an alternative)', () => {
  const all = schemaPaths(configSchema as unknown as Schema);
  assert.ok(all.size > 100, `walker found only ${all.size} paths: is it still reading zod's definitions?`);
  const present = presentPaths(configSchema as unknown as Schema, load(text));
  for (const a of alternatives()) {
    present.add(a.path);
    presentPaths(schemaAt(a.path), a.value, a.path, present);
  }
  const missing = [...all].filter((p) => !present.has(p)).sort();
  assert.deepEqual(missing, [], `keys not documented in config/adesync.example.yaml:\n  ${missing.join('\n  ')}`);
  for (const p of [
    'enrollment.profile.identity.challenge_url',
    'enrollment.device_ca.i_understand_this_is_not_apple',
    'admin.allow_non_loopback',
    'rules[].match.serials_file',
    'profiles.*.skip_setup_items',
  ]) {
    assert.ok(all.has(p), `walker missed ${p}`);
  }
});

test('the example leaves the paths that follow state_dir commented out: with STATE_DIRECTORY set, nothing points at /var/lib/adesync', () => {
  const saved = process.env.STATE_DIRECTORY;
  process.env.STATE_DIRECTORY = '/home/admin/adesync-state';
  try {
    const c = parseConfig(text, EXAMPLE, '/etc/adesync');
    assert.equal(c.state_dir, '/home/admin/adesync-state');
    assert.equal(c.database, '/home/admin/adesync-state/adesync.db');
    assert.deepEqual(
      c.tokens.map((t) => t.file),
      ['/home/admin/adesync-state/tokens/main.json'],
    );
  } finally {
    if (saved === undefined) delete process.env.STATE_DIRECTORY;
    else process.env.STATE_DIRECTORY = saved;
  }
  assert.doesNotMatch(text, /^\s*(database|file):/m, 'no active database: or tokens[].file:');
  const alts = alternatives().map((a) => a.path);
  assert.ok(alts.includes('database') && alts.includes('tokens[].file'), 'both still documented, as alternatives');
});
