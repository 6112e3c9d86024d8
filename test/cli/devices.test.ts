import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliAsync } from '../helpers/cli.ts';
import { table } from '../../src/cli/common.ts';
import { formatEvent } from '../../src/cli/devices.ts';

test('devices: every option is validated (usage error, exit 2) before SQLite sees it; a cut list says how many matched', async () => {
  const s = await sim({ devices: 1200, seed: 31 });
  const dir = tempDir();
  const { path } = simConfig(s, dir);
  const sync = await cliAsync(['--config', path, 'sync', '--no-assign']);
  assert.equal(sync.code, 0, sync.stderr);

  const bad: [string[], RegExp][] = [
    [['--limit', 'abc'], /--limit abc: expected a whole number from 1 to 1,000,000/],
    [['--limit=-5'], /--limit -5: expected a whole number/],
    [['--limit', '0'], /--limit 0: expected a whole number/],
    [['--limit', '1.5'], /--limit 1\.5: expected a whole number/],
    [['--status', 'bogus'], /--status bogus: expected one of empty, assigned, pushed, removed, deleted/],
    [['--family', 'Watch'], /--family Watch: expected one of iPhone, iPad, Mac, AppleTV, Vision, iPod/],
    [['--state', 'done'], /--state done: expected one of assigned, pending, failed/],
    [['--token', 'nope'], /--token nope: no such token; configured: sim/],
  ];
  for (const [args, re] of bad) {
    const r = await cliAsync(['--config', path, 'devices', ...args]);
    assert.equal(r.code, 2, `${args}: ${r.stderr}`);
    assert.match(r.stderr, re, args.join(' '));
    assert.doesNotMatch(r.stderr, /datatype mismatch|SQLITE|call stack/);
  }

  const syncBad = await cliAsync(['--config', path, 'sync', '--token', 'nope']);
  assert.equal(syncBad.code, 2, syncBad.stderr);
  assert.match(syncBad.stderr, /--token nope: no such token; configured: sim/);

  const plain = await cliAsync(['--config', path, 'devices']);
  assert.equal(plain.code, 0, plain.stderr);
  assert.equal(plain.stdout.trim().split('\n').length, 1001, 'header + 1000 rows');
  assert.match(plain.stderr, /^1000 of 1200 devices shown: raise --limit/m);
  const all = await cliAsync(['--config', path, 'devices', '--limit', '200000', '--json']);
  assert.equal(all.code, 0, all.stderr);
  assert.equal(JSON.parse(all.stdout).length, 1200);
  assert.equal(all.stderr, '', 'nothing was cut');
  const ipads = JSON.parse((await cliAsync(['--config', path, 'devices', '--family', 'ipad', '--token', 'sim', '--state', 'pending', '--json'])).stdout) as {
    device_family: string;
  }[];
  assert.ok(ipads.length > 0 && ipads.every((d) => d.device_family === 'iPad'), 'enum values in any case');
});

test('devices --limit 200000 on 200,000 devices: the table prints (no "Maximum call stack size exceeded")', async () => {
  const dir = tempDir();
  const path = join(dir, 'config.yaml');
  writeFileSync(path, `state_dir: ${dir}\nlog_level: warn\n`);
  assert.equal((await cliAsync(['--config', path, 'migrate'])).code, 0);
  const db = new Database(join(dir, 'adesync.db'));
  db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
    INSERT INTO device_rows (token, serial_number, raw_json, first_seen, last_seen)
    SELECT 'big', printf('C%011d', i), json_object('serial_number', printf('C%011d', i), 'model', 'iPhone 15', 'device_family', 'iPhone'), '2026-01-01', '2026-01-01' FROM n`);
  db.close();
  const r = await cliAsync(['--config', path, 'devices', '--limit', '200000'], { timeout: 180_000 });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 200_001);
  const plain = await cliAsync(['--config', path, 'devices', '--token', 'big'], { timeout: 180_000 });
  assert.match(plain.stderr, /^1000 of 200000 devices shown/m);
  assert.doesNotThrow(() =>
    table(
      Array.from({ length: 300_000 }, (_, i) => ({ a: i })),
      ['a'],
    ),
  );
});

test('device finds a serial typed in lower case; history shows each changed field before → after', async () => {
  const s = await sim({ devices: 30, seed: 32 });
  const dir = tempDir();
  const { path } = simConfig(s, dir);
  assert.equal((await cliAsync(['--config', path, 'sync'])).code, 0);
  const d = s.control.devices('sim')[3];
  s.control.modifyDevice('sim', d.serial_number, { description: 'IPAD PRO RENAMED', color: 'SPACE BLACK' });
  const again = await cliAsync(['--config', path, 'sync']);
  assert.equal(again.code, 0, again.stderr);
  const r = await cliAsync(['--config', path, 'device', d.serial_number.toLowerCase()]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^${d.serial_number} in token sim`, 'm'));
  const line = r.stdout.split('\n').find((l) => / modified/.test(l));
  assert.ok(line, r.stdout);
  assert.match(line, new RegExp(`description ${(d.description ?? '(none)').replace(/[()]/g, '\\$&')} → IPAD PRO RENAMED`));
  assert.match(line, new RegExp(`color ${(d.color ?? '(none)').replace(/[()]/g, '\\$&')} → SPACE BLACK`));
  assert.doesNotMatch(line, /modified \(modified\)/);
  const j = JSON.parse((await cliAsync(['--config', path, 'device', d.serial_number.toLowerCase(), '--json'])).stdout);
  const ev = j.events.find((e: { kind: string }) => e.kind === 'modified');
  assert.equal(ev.before.description, d.description ?? null);
  assert.equal(ev.after.description, 'IPAD PRO RENAMED');
  assert.equal(formatEvent({ at: 'T', kind: 'deleted', op_type: 'deleted', before: null, after: null }), '  T deleted');
});

test('profile plan --serial (any case) narrows to one device and says why it needs nothing; a missing certificate file is a config error (2)', async () => {
  const s = await sim({ devices: 40, seed: 33 });
  const dir = tempDir();
  const { path, yaml } = simConfig(s, dir);
  assert.equal((await cliAsync(['--config', path, 'sync', '--no-assign'])).code, 0);
  const serial = s.control.devices('sim')[5].serial_number;
  let p = JSON.parse((await cliAsync(['--config', path, 'profile', 'plan', '--serial', serial.toLowerCase(), '--json'])).stdout);
  assert.deepEqual(
    p.devices.map((x: { serial_number: string }) => x.serial_number),
    [serial],
  );
  assert.equal(p.summary.length, 1);
  assert.equal(p.summary[0].devices, 1);
  assert.equal((await cliAsync(['--config', path, 'sync'])).code, 0);
  const after = await cliAsync(['--config', path, 'profile', 'plan', '--serial', serial]);
  assert.equal(after.code, 0, after.stderr);
  assert.match(after.stdout, new RegExp(`device ${serial} needs no assignment: sim assigned`));
  p = JSON.parse((await cliAsync(['--config', path, 'profile', 'plan', '--serial', serial, '--json'])).stdout);
  assert.equal(p.unchanged[0].state, 'assigned');
  assert.equal((await cliAsync(['--config', path, 'profile', 'plan', '--limit', 'x'])).code, 2);
  assert.match((await cliAsync(['--config', path, 'profile', 'plan', '--token', 'other'])).stderr, /--token other: no such token; configured: sim/);

  writeFileSync(path, yaml.replace('    department: IT\n', '    department: IT\n    anchor_cert_files: [certs/missing-root.pem]\n'));
  for (const cmd of [
    ['profile', 'plan'],
    ['profile', 'show'],
  ]) {
    const r = await cliAsync(['--config', path, ...cmd]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(
      r.stderr,
      new RegExp(`profiles\\.standard\\.anchor_cert_files\\[0\\]: ${join(dir, 'certs/missing-root.pem')} does not exist: put the certificate there`),
    );
    assert.doesNotMatch(r.stderr, /ENOENT: no such file/);
  }
});
