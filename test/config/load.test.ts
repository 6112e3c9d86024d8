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
  try {
    parseConfig(text, 't.yaml');
  } catch (e) {
    assert.ok(e instanceof ConfigError);
    return e.problems;
  }
  assert.fail('expected a ConfigError');
}

test('each error names the key, the bad value and the fix', () => {
  const p = problems(base.replace('https://enroll', 'http://enroll'));
  assert.equal(p.length, 1);
  assert.match(p[0], /^profiles\.supervised\.url: must be an https:\/\/ URL/);
  assert.match(p[0], /got "http:\/\/enroll\.example\.com\/enroll"/);
  assert.match(problems(base + 'sync:\n  schedul: x\n')[0], /^sync\.schedul: unknown key: did you mean "schedule"\?/);
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
  assert.match(problems('log_level: info\nlog_level: warn\n')[0], /not valid YAML at line 2, column 1: duplicated mapping key/);
  assert.match(problems('tokens:\n\t- name: a\n')[0], /not valid YAML at line 2, column 1: tab characters must not be used in indentation/);
  // YAML 1.2 core: a date-like or yes-like value stays the string it reads as
  const c = parseConfig(base + '    department: 2026-01-01\n    org_magic: yes\n', 't.yaml');
  assert.equal(c.profiles.supervised.department, '2026-01-01');
  assert.equal(c.profiles.supervised.org_magic, 'yes');
});

test('apple.base_url and tokens[].base_url: https, or plain http to a loopback address only (the simulator)', () => {
  for (const u of ['http://apple.example.com', 'ftp://127.0.0.1/', 'http://10.0.0.1:8080', 'http://127.example.com']) {
    const p = problems(base + `apple:\n  base_url: ${u}\n`);
    assert.match(p[0], /^apple\.base_url: must be an https:\/\/ URL \(plain http is allowed only to a loopback address/, u);
    assert.match(p[0], new RegExp(`got "${u.replace(/[./]/g, '\\$&')}"`));
    assert.match(problems(base.replace('  - name: main\n', `  - name: main\n    base_url: ${u}\n`))[0], /^tokens\[0\]\.base_url: must be an https/, u);
  }
  for (const u of ['https://mdmenrollment.apple.com', 'http://127.0.0.1:9700', 'http://127.1.2.3:1', 'http://[::1]:9700', 'http://localhost:9700']) {
    assert.equal(parseConfig(base + `apple:\n  base_url: ${u}\n`, 't.yaml').apple.base_url, u);
  }
});

test('cron expressions are validated with node-cron (a SIGHUP used to meet them first)', () => {
  for (const [key, yaml] of [
    ['sync.schedule', 'sync:\n  schedule: "every 5 minutes"\n'],
    ['sync.daily_check', 'sync:\n  daily_check: "61 * * * *"\n'],
    ['tokens[0].sync_schedule', null],
  ] as const) {
    const text = yaml ? base + yaml : base.replace('  - name: main\n', '  - name: main\n    sync_schedule: "*/5 * * *"\n');
    assert.match(problems(text)[0], new RegExp(`^${key.replace(/[.[\]]/g, '\\$&')}: not a cron expression: 5 fields .* \\(got "`), key);
  }
  assert.equal(parseConfig(base + 'sync:\n  schedule: "*/10 * * * * *"\n', 't.yaml').sync.schedule, '*/10 * * * * *');
});

test('an unknown key suggests the nearest valid one, one line per key, and never dumps the object around it', () => {
  const p = problems(base + 'log_levle: info\nzzz: 1\nsync:\n  schedul: "*/5 * * * *"\n  jitter_second: 3\n');
  assert.deepEqual(p.map((x) => x.split(':')[0]).sort(), ['log_levle', 'sync.jitter_second', 'sync.schedul', 'zzz']);
  assert.match(p.find((x) => x.startsWith('log_levle'))!, /did you mean "log_level"\?/);
  assert.match(p.find((x) => x.startsWith('sync.jitter_second'))!, /did you mean "jitter_seconds"\?/);
  assert.match(p.find((x) => x.startsWith('zzz'))!, /top-level keys are state_dir, database, log_level, apple/);
  for (const x of p) assert.doesNotMatch(x, /got \{/, 'the whole object is not dumped');
  // a union alternative: the keys of the identity type written, not of the first alternative
  const scep = problems(base + 'enrollment:\n  profile:\n    identity:\n      type: scep\n      url: https://x\n      chalenge_url: https://y\n');
  assert.ok(
    scep.some((x) => /^enrollment\.profile\.identity\.chalenge_url: unknown key: did you mean "challenge_url"\?/.test(x)),
    scep.join('\n'),
  );
});

test('YAML errors give the line and column, the lines around it, and a hint for an unquoted * or an unclosed quote', () => {
  const star = problems(base + 'sync:\n  schedule: */5 * * * *\n')[0];
  const line = base.split('\n').length + 1;
  assert.match(star, new RegExp(`^not valid YAML at line ${line}, column \\d+:`));
  assert.match(star, /hint: line \d+: a value starting with "\*" must be quoted, e\.g\. schedule: "\*\/5 \* \* \* \*"/);
  assert.match(star, new RegExp(`${line} \\|   schedule: \\*/5`), 'the snippet shows the line');
  const quote = problems('log_level: info\nstate_dir: "/srv/adesync\ndatabase: x\nadmin: {}\n')[0];
  assert.match(quote, /hint: line 2 opens a quote that is not closed on that line/);
  assert.match(quote, / 2 \| state_dir: "\/srv\/adesync/);
});

test('enrollment.psso: names under tokens/profiles must exist; its file paths resolve against the config folder', () => {
  const enrollment = `enrollment:
  public_url: https://mdm.example.com
  profile:
    payload_identifier: com.example.e
    identity: { type: acme, directory_url: "https://acme.example.com/d" }
    mdm: { server_url: "https://mdm.example.com/mdm", topic: com.apple.mgmt.External.x }
  signing: { cert_file: c.pem, key_file: k.pem }
  psso:
    enabled: true
    profile_file: psso/sso.mobileconfig
    package: { manifest_file: psso/m.plist, pinning_cert_files: [pin.pem] }
`;
  const c = parseConfig(base + enrollment, 't.yaml', '/etc/adesync');
  assert.equal(c.enrollment?.psso?.profile_file, '/etc/adesync/psso/sso.mobileconfig');
  assert.equal(c.enrollment?.psso?.package.manifest_file, '/etc/adesync/psso/m.plist');
  assert.deepEqual(c.enrollment?.psso?.package.pinning_cert_files, ['/etc/adesync/pin.pem']);
  const p = problems(`${base}${enrollment}    tokens: [main, nope]\n    profiles: [kiosk]\n`);
  assert.match(p[0], /^enrollment\.psso\.tokens\[1\]: no token named "nope" under tokens:/);
  assert.match(p[1], /^enrollment\.psso\.profiles\[0\]: no profile named "kiosk" under profiles: \(known: supervised\)/);
});

test('identity placeholders: an unknown one is named with its key; a Subject of only {{user.*}} attributes is refused', () => {
  const enrollment = (identity: string) => `${base}enrollment:
  profile:
    payload_identifier: com.example.mdm.enroll
    identity: ${identity}
    mdm: { server_url: https://mdm.example.com/mdm, topic: com.apple.mgmt.External.00000000-1111-2222-3333-444444444444 }
  signing: { cert_file: s.pem, key_file: s.key }
`;
  const acme = (extra: string) => `{ type: acme, directory_url: https://acme.example.com/dir, ${extra} }`;
  const ok = parseConfig(
    enrollment(acme('subject: [[[CN, "{{device.serial}}"]], [[OU, "{{user.name}}"]]], subject_alt_name: { rfc822_name: "{{user.email}}" }')),
    't.yaml',
  );
  const identity = ok.enrollment?.profile.identity as { subject_alt_name?: unknown };
  assert.deepEqual(identity.subject_alt_name, { rfc822_name: '{{user.email}}' });

  const san = problems(enrollment(acme('subject_alt_name: { rfc822_name: "{{user.mail}}" }')));
  assert.equal(san.length, 1, san.join('\n'));
  assert.match(
    san[0],
    /^enrollment\.profile\.identity\.subject_alt_name\.rfc822_name: unknown placeholder \{\{user\.mail\}\}: the placeholders are \{\{user\.email\}\}/,
  );
  assert.match(san[0], /got "\{\{user\.mail\}\}"/);

  const subj = problems(enrollment(acme('subject: [[[CN, "dev-{{device.imei}}"]]]')));
  assert.match(subj[0], /^enrollment\.profile\.identity\.subject\[0\]\[0\]\[1\]: unknown placeholder \{\{device\.imei\}\}/);

  const scep = problems(enrollment('{ type: scep, url: https://scep.example.com/scep, subject: [[[CN, "{{user.email}}"]], [[O, "{{user.name}}"]]] }'));
  assert.match(scep[0], /^enrollment\.profile\.identity\.subject: every attribute holds a \{\{user\.\*\}\} placeholder/);
  assert.match(scep[0], /add one without, e\.g\. \["CN", "\{\{device\.udid\}\}"\]/);
});
