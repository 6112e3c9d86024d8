// `adesync migrate` and `adesync doctor` on PostgreSQL, through the real CLI against a real server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';
import { adminQuery, freshDatabase, pgServer } from '../helpers/pg.ts';
import { loadPostgresMigrations } from '../../src/store/pg/migrate.ts';

const latest = loadPostgresMigrations().at(-1)!.version;

function configWith(database: string): string {
  const dir = tempDir();
  const path = join(dir, 'config.yaml');
  writeFileSync(path, `state_dir: ${join(dir, 'state')}\ndatabase: ${database}\n`);
  return path;
}

interface Check {
  check: string;
  status: string;
  detail: string;
  fix?: string;
}
const doctor = (path: string) => {
  const r = cli(['--config', path, 'doctor', '--no-online', '--json']);
  return { ...r, checks: (JSON.parse(r.stdout) as { checks: Check[] }).checks.filter((c) => c.check.startsWith('database')) };
};

test('migrate on PostgreSQL applies every migration once, then says it is up to date; doctor finds it current', async () => {
  const url = await freshDatabase();
  const path = configWith(url);
  const before = doctor(path);
  assert.deepEqual(
    before.checks.map((c) => [c.check, c.status]),
    [
      ['database server', 'ok'],
      ['database', 'error'],
    ],
    before.stdout,
  );
  assert.match(before.checks[1].fix!, /adesync migrate/);

  const first = cli(['--config', path, 'migrate', '--json']);
  assert.equal(first.code, 0, first.stderr);
  const j = JSON.parse(first.stdout);
  assert.deepEqual({ ...j, applied: j.applied.length }, { database: url, created: false, from: 0, to: latest, applied: latest });
  const second = cli(['--config', path, 'migrate']);
  assert.equal(second.code, 0, second.stderr);
  assert.equal(second.stdout, `${url}: schema ${latest}, up to date\n`);

  const after = doctor(path);
  assert.deepEqual(
    after.checks.map((c) => [c.check, c.status]),
    [
      ['database server', 'ok'],
      ['database', 'ok'],
      ['database leases', 'ok'],
    ],
    after.stdout,
  );
  assert.match(after.checks[0].detail, /PostgreSQL 1[5-9]|PostgreSQL [2-9]\d/);
  assert.match(after.checks[1].detail, new RegExp(`schema version ${latest}$`));
  assert.match(after.checks[2].detail, /sync_leases readable: 0 tokens with a lease row; 0 daemon\(s\) running$/);
});

test('a database newer than the code: migrate refuses (exit 1) and doctor says what to do', async () => {
  const url = await freshDatabase();
  const path = configWith(url);
  assert.equal(cli(['--config', path, 'migrate']).code, 0);
  const s = await pgServer();
  // the row a newer adesync would have written, in the test's database (adminQuery runs on the maintenance database)
  const db = new URL(url).pathname.slice(1);
  await adminQuery({ ...s, url: () => s.url(db) }, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '999_future.sql', 'now')");
  const m = cli(['--config', path, 'migrate']);
  assert.equal(m.code, 1);
  assert.match(m.stderr, new RegExp(`^adesync: database ${url} has schema version 999 but this adesync only knows up to ${latest}: run the newer adesync`));
  const d = doctor(path);
  assert.equal(d.code, 3);
  const bad = d.checks.find((c) => c.check === 'database')!;
  assert.equal(bad.status, 'error');
  assert.match(bad.fix!, /run the newer adesync/);
});

test('an unreachable server: migrate and doctor name it and the fix', () => {
  const path = configWith('postgresql://adesync@127.0.0.1:1/adesync');
  const m = cli(['--config', path, 'migrate']);
  assert.equal(m.code, 1);
  assert.match(m.stderr, /^adesync: database postgresql:\/\/adesync@127\.0\.0\.1:1\/adesync: connection refused at 127\.0\.0\.1:1: start PostgreSQL/);
  const d = doctor(path);
  assert.equal(d.code, 3);
  assert.deepEqual(
    d.checks.map((c) => [c.check, c.status]),
    [['database', 'error']],
  );
  assert.match(d.checks[0].detail, /connection refused/);
  // status and the read-side commands read PostgreSQL itself: they name the server and the fix
  for (const args of [['status'], ['devices'], ['device', 'C02X'], ['enrollments'], ['events'], ['profile', 'show'], ['profile', 'plan']]) {
    const r = cli(['--config', path, ...args]);
    assert.notEqual(r.code, 0, args.join(' '));
    assert.match(r.stderr, /connection refused at 127\.0\.0\.1:1/, `${args.join(' ')}: ${r.stderr}`);
  }
});

test('doctor checks the PostgreSQL password file and TLS key as secrets (mode 0600)', () => {
  const dir = tempDir();
  const path = join(dir, 'config.yaml');
  writeFileSync(join(dir, 'pg.password'), 'pw\n', { mode: 0o644 });
  writeFileSync(join(dir, 'pg.key'), 'key\n', { mode: 0o640 });
  writeFileSync(
    path,
    `state_dir: ${join(dir, 'state')}\nstore: {engine: postgresql, url: "postgresql://adesync@127.0.0.1:1/adesync", password_file: pg.password, ` +
      'tls: {cert_file: pg.crt, key_file: pg.key}}\n',
  );
  const r = cli(['--config', path, 'doctor', '--no-online', '--json']);
  assert.equal(r.code, 3, r.stderr);
  const checks = (JSON.parse(r.stdout) as { checks: Check[] }).checks;
  const secret = (what: string) => checks.find((c) => c.check === `secret: ${what}`);
  assert.equal(secret('PostgreSQL password')?.status, 'error', r.stdout);
  assert.equal(secret('PostgreSQL password')?.fix, `chmod 600 ${join(dir, 'pg.password')}`);
  assert.equal(secret('PostgreSQL TLS key')?.status, 'error');
  assert.equal(checks.find((c) => c.check === 'certificate: PostgreSQL client')?.status, 'error', 'a missing client certificate is named');
  const db = checks.find((c) => c.check === 'database')!;
  assert.match(db.detail, /^store\.password_file: .*mode 0644/, 'the connection is not even tried with an exposed password');
});
