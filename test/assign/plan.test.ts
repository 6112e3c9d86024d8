import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db.ts';
import { planAssignments } from '../../src/assign/plan.ts';
import { sqlitePlanReads } from '../../src/store/plan.ts';
import { buildProfiles } from '../../src/daemon/runtime.ts';
import { profileHash } from '../../src/profile/ade.ts';
import { parseConfig } from '../../src/config/load.ts';
import { tempDir } from '../helpers/tmp.ts';

const yaml = (dept: string) => `tokens:
  - name: main
    default_profile: std
profiles:
  std:
    profile_name: Std
    url: https://enroll.example.com/enroll
    department: ${dept}
  kiosk:
    profile_name: Kiosk
    url: https://enroll.example.com/enroll
rules:
  - match: { serials: [KIOSK0000001] }
    profile: kiosk
  - match: { device_family: AppleTV }
    action: exclude
`;

function knownDb() {
  const db = openDatabase(join(tempDir(), 'plan.db'));
  const defined = parseConfig(yaml('IT'), 't.yaml', '/etc');
  db.prepare(
    `INSERT INTO tokens (name, token_file, consumer_key_sha256, access_token_expiry, created_at, updated_at) VALUES ('main', 'f', 'x', '2027-01-01T00:00:00Z', 'n', 'n')`,
  ).run();
  db.prepare(
    `INSERT INTO profiles (token, name, content_hash, profile_uuid, definition, defined_at) VALUES ('main', 'std', ?, 'STDUUID0000000000000000000000001', '{}', 'n')`,
  ).run(profileHash(buildProfiles(defined, ['std']).std));
  const dev = db.prepare(
    `INSERT INTO devices (token, serial_number, profile_status, profile_uuid, raw_json, device_family, model, os, deleted_at) VALUES ('main', ?, ?, ?, '{}', ?, ?, ?, ?)`,
  );
  dev.run('HAS000000001', 'assigned', 'STDUUID0000000000000000000000001', 'iPhone', 'iPhone 14', 'iOS', null);
  dev.run('EMPTY0000001', 'empty', null, 'iPhone', 'iPhone 14', 'iOS', null);
  dev.run('MOVED0000001', 'assigned', 'OTHERMDM000000000000000000000001', 'Mac', 'MacBook Air', 'OSX', null);
  dev.run('KIOSK0000001', 'empty', null, 'iPad', 'iPad mini', 'iPadOS', null);
  dev.run('TV0000000001', 'empty', null, 'AppleTV', 'Apple TV 4K', 'tvOS', null);
  dev.run('GONE00000001', 'empty', null, 'iPhone', 'iPhone 13', 'iOS', '2026-01-01T00:00:00Z');
  dev.run('NOACC0000001', 'empty', null, 'iPhone', 'iPhone 13', 'iOS', null);
  db.prepare(`INSERT INTO assignments (device_id, token, serial_number, profile_name, profile_uuid, state, updated_at)
    SELECT id, token, serial_number, 'std', 'STDUUID0000000000000000000000001', 'not_accessible', 'n' FROM device_rows WHERE serial_number = 'NOACC0000001'`).run();
  return db;
}

test('plan against a known database: what would be defined and assigned, and why, before anything is sent', async () => {
  const db = knownDb();
  const config = parseConfig(yaml('IT'), 't.yaml', '/etc');
  const plan = await planAssignments(sqlitePlanReads(db), config, buildProfiles(config, ['std', 'kiosk']));
  assert.deepEqual(
    plan.profiles.map((p) => [p.profile, p.action, p.profile_uuid]),
    [
      ['std', 'keep', 'STDUUID0000000000000000000000001'],
      ['kiosk', 'define', null],
    ],
  );
  const why = Object.fromEntries(plan.devices.map((d) => [d.serial_number, `${d.profile}: ${d.reason}`]));
  assert.deepEqual(why, {
    EMPTY0000001: 'std: no profile',
    MOVED0000001: 'std: carries another profile',
    KIOSK0000001: 'kiosk: no profile',
  });
  assert.deepEqual(plan.waiting, [{ token: 'main', state: 'not_accessible', devices: 1 }]);
});

test('a changed profile: every device carrying it would be re-assigned', async () => {
  const db = knownDb();
  const config = parseConfig(yaml('Field IT'), 't.yaml', '/etc');
  const plan = await planAssignments(sqlitePlanReads(db), config, buildProfiles(config, ['std', 'kiosk']));
  assert.equal(plan.profiles.find((p) => p.profile === 'std')!.action, 'redefine');
  const std = plan.summary.filter((s) => s.profile === 'std');
  assert.deepEqual(Object.fromEntries(std.map((s) => [s.reason, s.devices])), {
    'profile will be redefined': 1,
    'carries another profile': 1,
    'no profile': 1,
  });
  assert.ok(!plan.devices.some((d) => d.serial_number === 'TV0000000001' || d.serial_number === 'GONE00000001'));
});
