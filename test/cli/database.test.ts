import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../helpers/tmp.ts';
import { cliAsync } from '../helpers/cli.ts';

function setup(database?: string) {
  const dir = tempDir();
  const state = join(dir, 'state');
  const path = join(dir, 'config.yaml');
  writeFileSync(path, `state_dir: ${state}\n${database ? `database: ${database}\n` : ''}log_level: warn\n`);
  return { dir, state, path };
}

test('migrate creates a new database only inside state_dir (folders 0700) and says so; a typo elsewhere is refused, --create takes it', async () => {
  const { dir, state, path } = setup();
  const m = await cliAsync(['--config', path, 'migrate']);
  assert.equal(m.code, 0, m.stderr);
  assert.match(m.stdout, new RegExp(`created a new, empty database at ${join(state, 'adesync.db')}`));
  assert.equal(statSync(state).mode & 0o777, 0o700, 'state_dir made 0700, not 0755');
  const again = await cliAsync(['--config', path, 'migrate']);
  assert.doesNotMatch(again.stdout, /created/);

  const typo = join(dir, 'var', 'lib', 'adesnyc', 'adesync.db');
  writeFileSync(path, readFileSync(path, 'utf8') + `database: ${typo}\n`);
  for (const args of [['migrate'], ['sync'], ['status']]) {
    const r = await cliAsync(['--config', path, ...args]);
    assert.equal(r.code, 1, `${args}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`database ${typo} does not exist`), args.join(' '));
    assert.ok(!existsSync(typo) && !existsSync(join(dir, 'var')), `${args}: nothing created at the typo`);
  }
  assert.match((await cliAsync(['--config', path, 'migrate'])).stderr, /creates a new database only inside state_dir .*"adesync migrate --create"/);
  const c = await cliAsync(['--config', path, 'migrate', '--create', '--json']);
  assert.equal(c.code, 0, c.stderr);
  assert.equal(JSON.parse(c.stdout).created, true);
  assert.ok(existsSync(typo));
});

test('sync into a new database inside state_dir says loudly where it was created', async () => {
  const { state, path } = setup();
  const r = await cliAsync(['--config', path, 'sync']);
  assert.match(r.stderr, new RegExp(`created a new, empty database at ${join(state, 'adesync.db')}`));
});

/** A real adesync database, then broken in a given way. */
async function broken(kind: 'malformed' | 'not-a-db' | 'folder' | 'empty') {
  const { state, path } = setup();
  const db = join(state, 'adesync.db');
  if (kind === 'folder') mkdirSync(db, { recursive: true });
  else if (kind === 'empty') {
    mkdirSync(state, { recursive: true });
    writeFileSync(db, '');
  } else if (kind === 'not-a-db') {
    mkdirSync(state, { recursive: true });
    writeFileSync(db, 'this is a text file, not SQLite\n'.repeat(200));
  } else {
    assert.equal((await cliAsync(['--config', path, 'migrate'])).code, 0);
    const d = new Database(db);
    d.pragma('wal_checkpoint(TRUNCATE)');
    d.close();
    const b = readFileSync(db);
    b.fill(0xff, 100, 160); // page 1's b-tree header: the schema itself is unreadable
    writeFileSync(db, b);
  }
  return { db, path };
}

test('database errors name the file and the fix, for a real malformed, foreign, folder and zero-byte database', async () => {
  const cases: [Parameters<typeof broken>[0], string[], RegExp][] = [
    ['malformed', ['status'], /is damaged \(database disk image is malformed\): stop adesync and restore the latest backup/],
    ['malformed', ['sync'], /is damaged \(database disk image is malformed\)/],
    ['not-a-db', ['status'], /is not an SQLite database \(file is not a database\): check "database:"/],
    ['not-a-db', ['migrate'], /is not an SQLite database/],
    ['folder', ['migrate'], /is a folder, not a file \(unable to open database file\): point "database:" at a file/],
    ['empty', ['status'], /holds no adesync tables \(an empty file\): run "adesync migrate"/],
    ['empty', ['devices'], /holds no adesync tables/],
  ];
  for (const [kind, args, re] of cases) {
    const { db, path } = await broken(kind);
    const r = await cliAsync(['--config', path, ...args]);
    assert.equal(r.code, 1, `${kind} ${args}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`^adesync: database ${db} `), `${kind} ${args}: ${r.stderr}`);
    assert.match(r.stderr, re, `${kind} ${args}`);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('damage deep in the file, met by a query after the open, still names the file and the fix', async () => {
  const { state, path } = setup();
  assert.equal((await cliAsync(['--config', path, 'migrate'])).code, 0);
  const file = join(state, 'adesync.db');
  const d = new Database(file);
  d.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
    INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen)
    SELECT 'big', printf('C%011d', i), json_object('serial_number', printf('C%011d', i)), '2026-01-01', '2026-01-01' FROM n`);
  d.pragma('wal_checkpoint(TRUNCATE)');
  d.close();
  const b = readFileSync(file);
  const page = 4096;
  for (let p = Math.floor(b.length / page / 2); p < Math.floor(b.length / page / 2) + 20; p++) b.fill(0xa5, p * page, p * page + 64);
  writeFileSync(file, b);
  const r = await cliAsync(['--config', path, 'devices', '--limit', '100000']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, new RegExp(`^adesync: database ${file} is damaged \\(database disk image is malformed\\): stop adesync and restore`));
});
