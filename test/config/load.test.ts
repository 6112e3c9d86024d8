import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig, ConfigError, configPath } from '../../src/config/load.ts';

const base = `
tokens:
  - name: main
    default_profile: supervised
profiles:
  supervised:
    profile_name: Supervised
    url: https://enroll.example.com/enroll
`;

test('defaults make profiles supervised, mandatory and non-removable', () => {
  const c = parseConfig(base, 't.yaml', '/etc/adesync');
  const p = c.profiles.supervised;
  assert.equal(p.is_supervised, true);
  assert.equal(p.is_mandatory, true);
  assert.equal(p.is_mdm_removable, false);
  assert.equal(c.tokens[0].file, '/var/lib/adesync/tokens/main.json');
  assert.equal(c.apple.protocol_version, 10);
  assert.equal(c.sync.schedule, '*/5 * * * *');
});

function problems(text: string): string[] {
  try { parseConfig(text, 't.yaml'); } catch (e) { assert.ok(e instanceof ConfigError); return e.problems; }
  assert.fail('expected a ConfigError');
}

test('each error names the key, the bad value and the fix', () => {
  const p = problems(base.replace('https://enroll', 'http://enroll'));
  assert.equal(p.length, 1);
  assert.match(p[0], /^profiles\.supervised\.url: must be an https:\/\/ URL/);
  assert.match(p[0], /got "http:\/\/enroll\.example\.com\/enroll"/);
  assert.match(problems(base + 'sync:\n  schedul: x\n')[0], /sync: unknown key schedul/);
  assert.match(problems(base.replace('default_profile: supervised', 'default_profile: nope'))[0], /tokens\[0\]\.default_profile: no profile named "nope"/);
  assert.match(problems(base + '    is_supervised: false\n')[0], /is_mdm_removable: false needs is_supervised: true/);
  assert.match(problems('tokens: [\n')[0], /not valid YAML/);
  assert.match(problems(base + '    skip_setup_items: [Siri, Sirri]\n')[0], /skip_setup_items\[1\]: unknown skip key/);
});

test('config path: flag, then environment, then systemd ConfigurationDirectory, then /etc', () => {
  assert.equal(configPath('x.yaml', {}), 'x.yaml');
  assert.equal(configPath(undefined, { ADESYNC_CONFIG: '/a.yaml' }), '/a.yaml');
  assert.equal(configPath(undefined, { CONFIGURATION_DIRECTORY: '/etc/adesync' }), '/etc/adesync/config.yaml');
  assert.equal(configPath(undefined, {}), '/etc/adesync/config.yaml');
});

test('YAML: an empty file is an empty config, several documents, duplicate keys and tabs are refused with their place', () => {
  assert.deepEqual(parseConfig('# nothing but a comment\n', 't.yaml').tokens, []);
  assert.deepEqual(parseConfig('', 't.yaml').tokens, []);
  assert.match(problems('tokens: []\n---\ntokens: []\n')[0], /not valid YAML: 2 YAML documents/);
  assert.match(problems('log_level: info\nlog_level: warn\n')[0], /not valid YAML: duplicated mapping key \(2:1\)/);
  assert.match(problems('tokens:\n\t- name: a\n')[0], /not valid YAML: tab characters must not be used in indentation \(2:1\)/);
  // YAML 1.2 core: a date-like or yes-like value stays the string it reads as
  const c = parseConfig(base + '    department: 2026-01-01\n    org_magic: yes\n', 't.yaml');
  assert.equal(c.profiles.supervised.department, '2026-01-01');
  assert.equal(c.profiles.supervised.org_magic, 'yes');
});
