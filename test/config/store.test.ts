import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig, ConfigError } from '../../src/config/load.ts';

function problems(text: string): string[] {
  try {
    parseConfig(text, 't.yaml', '/etc/adesync');
  } catch (e) {
    assert.ok(e instanceof ConfigError, String(e));
    return e.problems;
  }
  assert.fail('expected a ConfigError');
}

test('SQLite stays the default: no database: is STATE_DIR/adesync.db, a path is resolved, and there is no store', () => {
  const c = parseConfig('state_dir: /srv/a\n', 't.yaml', '/etc/adesync');
  assert.equal(c.database, '/srv/a/adesync.db');
  assert.equal(c.store, undefined);
  const d = parseConfig('database: db/x.db\n', 't.yaml', '/etc/adesync');
  assert.equal(d.database, '/etc/adesync/db/x.db');
  assert.equal(d.store, undefined);
});

test('database: postgresql://… selects PostgreSQL with the store defaults, the URL kept as written (not made a path)', () => {
  const c = parseConfig('database: postgresql://adesync@db.example.com:5432/adesync\n', 't.yaml', '/etc/adesync');
  assert.equal(c.database, 'postgresql://adesync@db.example.com:5432/adesync');
  assert.deepEqual(c.store, {
    engine: 'postgresql',
    url: 'postgresql://adesync@db.example.com:5432/adesync',
    password_file: undefined,
    tls: undefined,
    pool_size: 10,
    statement_timeout_ms: 60_000,
    connect_timeout_ms: 10_000,
  });
});

test('a store: block: files resolve against the config folder, TLS defaults to verifying the server', () => {
  const c = parseConfig(
    [
      'store:',
      '  engine: postgresql',
      '  url: postgres://adesync@10.0.0.5/adesync',
      '  password_file: secrets/pg.pass',
      '  tls: {ca_file: /etc/ssl/pg-ca.pem, cert_file: pg.crt, key_file: pg.key}',
      '  pool_size: 4',
      '',
    ].join('\n'),
    't.yaml',
    '/etc/adesync',
  );
  assert.equal(c.database, 'postgres://adesync@10.0.0.5/adesync');
  assert.equal(c.store?.password_file, '/etc/adesync/secrets/pg.pass');
  assert.deepEqual(c.store?.tls, {
    ca_file: '/etc/ssl/pg-ca.pem',
    cert_file: '/etc/adesync/pg.crt',
    key_file: '/etc/adesync/pg.key',
    reject_unauthorized: true,
  });
  assert.equal(c.store?.pool_size, 4);
});

test('a URL with a password is refused with the fix, and the password never appears in the message', () => {
  for (const [text, key] of [
    ['database: postgresql://adesync:hunter2secret@db:5432/adesync\n', 'database'],
    ['store: {engine: postgresql, url: "postgresql://adesync:hunter2secret@db/adesync"}\n', 'store.url'],
    // unencoded "/" in the password: not even a URL any more, still hidden
    ['database: postgresql://adesync:hun/ter2secret@db/adesync\n', 'database'],
  ]) {
    const p = problems(text);
    assert.equal(p.length, 1, p.join('\n'));
    assert.ok(p[0].startsWith(`${key}: `), p[0]);
    assert.doesNotMatch(p[0], /hunter2secret|ter2secret/);
    assert.match(p[0], /\*\*\*/, 'the value is shown with the password masked');
    if (!text.includes('hun/')) assert.match(p[0], /password_file/);
  }
});

test('bad PostgreSQL settings name the key and the fix', () => {
  assert.match(problems('database: postgresql://db.example.com/adesync\n')[0], /^database: names no user/);
  assert.match(problems('database: postgresql://adesync@db.example.com\n')[0], /^database: names no database/);
  assert.match(problems('database: postgresql://adesync@db/adesync?sslmode=require\n')[0], /^database: has URL parameters: .*store\.tls/);
  assert.match(problems('store: {engine: mysql, url: "postgresql://a@b/c"}\n')[0], /^store\.engine: .*postgresql/);
  assert.match(problems('store: {engine: postgresql, url: /var/lib/x.db}\n')[0], /^store\.url: expected a postgresql:\/\/ URL/);
  assert.match(
    problems('store: {engine: postgresql, url: "postgresql://a@b/c", tls: {cert_file: c.pem}}\n')[0],
    /^store\.tls\.key_file: cert_file and key_file go together/,
  );
  assert.match(problems('store: {engine: postgresql, url: "postgresql://a@b/c", pool_size: 0}\n')[0], /^store\.pool_size: /);
  assert.match(
    problems('database: /srv/x.db\nstore: {engine: postgresql, url: "postgresql://a@b/c"}\n')[0],
    /^store: give either database: or store:, not both/,
  );
  assert.match(
    problems('store: {engine: postgresql, url: "postgresql://a@b/c", pool_sise: 3}\n')[0],
    /^store\.pool_sise: unknown key: did you mean "pool_size"/,
  );
});

test('webhooks: are accepted with either store (the outbox has both engines)', () => {
  const hook = 'webhooks:\n  - name: mdm\n    url: https://mdm.example.com/hooks\n    secret_file: hook.secret\n';
  for (const store of [
    'database: postgresql://adesync@db.example.com:5432/adesync\n',
    'store:\n  engine: postgresql\n  url: postgresql://a@h/d\n',
    'database: x.db\n',
  ])
    assert.equal(parseConfig(store + hook, 't.yaml', '/etc/adesync').webhooks.length, 1, store);
});
