// enrollment.login and enrollment.web_view: defaults, relative paths, and each bad value named with its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig, ConfigError } from '../../src/config/load.ts';

const enrollment = (login: string, extra = '') => `
enrollment:
  public_url: https://mdm.example.com
${extra}  profile:
    payload_identifier: com.example.mdm.enroll
    identity: { type: acme, directory_url: https://mdm.example.com/acme }
    mdm: { server_url: https://mdm.example.com/mdm, topic: com.apple.mgmt.External.00000000-1111-2222-3333-444444444444 }
  signing: { cert_file: s.pem, key_file: s.key }
  login:
${login}`;

const minimal = '    issuer: https://login.example.com\n    client_id: adesync\n';

function problems(text: string): string[] {
  try {
    parseConfig(text, 't.yaml', '/etc/adesync');
  } catch (e) {
    assert.ok(e instanceof ConfigError, String(e));
    return e.problems;
  }
  assert.fail('expected a ConfigError');
}

test('login defaults: scopes, groups claim, TTL; web view at /ade/web; file paths resolve against the config folder', () => {
  const c = parseConfig(enrollment(`${minimal}    client_secret_file: secret\n    ca_file: idp-root.pem\n`), 't.yaml', '/etc/adesync');
  const l = c.enrollment!.login!;
  assert.deepEqual(l.scopes, ['openid', 'email', 'profile']);
  assert.equal(l.groups_claim, 'groups');
  assert.equal(l.session_ttl_seconds, 600);
  assert.equal(l.allow, undefined);
  assert.equal(l.client_secret_file, '/etc/adesync/secret');
  assert.equal(l.ca_file, '/etc/adesync/idp-root.pem');
  assert.equal(c.enrollment!.web_view.path, '/ade/web');
});

test('http issuer only to loopback', () => {
  const p = problems(enrollment('    issuer: http://login.example.com\n    client_id: adesync\n'));
  assert.match(p.join('\n'), /enrollment\.login\.issuer: must be an https:\/\/ URL.*got "http:\/\/login\.example\.com"/s);
  parseConfig(enrollment('    issuer: http://127.0.0.1:4700\n    client_id: adesync\n'), 't.yaml');
});

test('session_ttl_seconds within 60..3600; scopes must include openid; allow must name something', () => {
  assert.match(problems(enrollment(`${minimal}    session_ttl_seconds: 30\n`)).join('\n'), /enrollment\.login\.session_ttl_seconds/);
  assert.match(problems(enrollment(`${minimal}    session_ttl_seconds: 7200\n`)).join('\n'), /enrollment\.login\.session_ttl_seconds/);
  assert.match(problems(enrollment(`${minimal}    scopes: [email]\n`)).join('\n'), /enrollment\.login\.scopes: must include openid/);
  assert.match(problems(enrollment(`${minimal}    allow: {}\n`)).join('\n'), /enrollment\.login\.allow: name at least one/);
  assert.match(problems(enrollment(`${minimal}    allow: { email_domains: ["@example.com"] }\n`)).join('\n'), /email_domains.*without @/);
});

test('login needs public_url; web_view.path may not shadow the enrollment path or the callback', () => {
  const noPublic = enrollment(minimal).replace('  public_url: https://mdm.example.com\n', '');
  assert.match(problems(noPublic).join('\n'), /enrollment\.public_url: required with enrollment\.login/);
  assert.match(problems(enrollment(minimal, '  web_view: { path: /enroll }\n')).join('\n'), /enrollment\.web_view\.path: must differ from enrollment\.path/);
  assert.match(problems(enrollment(minimal, '  web_view: { path: /auth/callback }\n')).join('\n'), /enrollment\.web_view\.path/);
});

test('unknown keys under login are named (typos are not ignored)', () => {
  assert.match(problems(enrollment(`${minimal}    client_secret: hunter2\n`)).join('\n'), /client_secret/);
});
