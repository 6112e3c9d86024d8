import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../src/store/db.ts';
import { createRuntime } from '../../src/daemon/runtime.ts';
import { parseConfig } from '../../src/config/load.ts';
import { silentLogger } from '../../src/log.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import type { RunningSim } from '../../src/sim/index.ts';

const live = (db: DB, token = 'sim') =>
  new Set(
    (db.prepare('SELECT serial_number FROM devices WHERE token = ? AND deleted_at IS NULL').all(token) as { serial_number: string }[]).map(
      (r) => r.serial_number,
    ),
  );
const simSet = (s: RunningSim, server = 'sim') => new Set(s.control.devices(server).map((d) => d.serial_number));
const fastSleep = { sleep: async () => {} };

async function setup(devices: number, extra = '') {
  const s = await sim({ devices, seed: 7 });
  const dir = tempDir();
  const { config, yaml, path } = simConfig(s, dir, extra);
  const db = openDatabase(join(dir, 'adesync.db'));
  const rt = createRuntime({ config, db, logger: silentLogger, clientOptions: fastSleep });
  return { s, dir, config, yaml, path, db, rt };
}

test('initial fetch across pages, then every device gets the supervised profile exactly once', async () => {
  const { s, db, rt } = await setup(2500);
  const r = await rt.runCycle('sim');
  assert.equal(r.sync.ok, true, JSON.stringify(r.sync.error));
  assert.deepEqual(live(db), simSet(s));
  assert.equal(live(db).size, 2500);
  const counts = s.control.requestCounts();
  assert.equal(counts['POST /server/devices'], 3, 'ceil(2500/1000) fetch pages');
  assert.equal(counts['POST /profile'], 1);
  assert.equal((counts['POST /profile/devices'] ?? 0) + (counts['PUT /profile/devices'] ?? 0), 3, 'ceil(2500/1000) assign calls');
  const uuid = (db.prepare("SELECT profile_uuid FROM profiles WHERE token='sim' AND superseded_at IS NULL").get() as { profile_uuid: string }).profile_uuid;
  assert.match(uuid, /^[0-9A-F]{32}$/);
  for (const d of s.control.devices('sim')) {
    assert.equal(d.profile_uuid, uuid);
    assert.equal(d.profile_status, 'assigned');
  }
  const p = s.control.profiles('sim')[0];
  assert.equal(p.is_supervised, true);
  assert.equal(p.is_mdm_removable, false);
  assert.equal(p.is_mandatory, true);
  // a second cycle sends nothing new: state is already right
  s.control.resetCounts();
  const again = await rt.runCycle('sim');
  assert.equal(again.assign?.sent, 0);
  assert.equal(s.control.requestCounts()['POST /profile'] ?? 0, 0);
});

test('adds, modifications, deletions and moves are applied; moved and removed devices get the profile back', async () => {
  const { s, db, rt } = await setup(300);
  await rt.runCycle('sim');
  const devs = s.control.devices('sim');
  const added = s.control.addDevices('sim', 5);
  s.control.modifyDevice('sim', devs[0].serial_number, { color: 'PURPLE', asset_tag: 'A-1' });
  s.control.removeDevice('sim', devs[1].serial_number);
  // an admin removed the profile at Apple (fleet#39871): state says it needs it again
  s.control.modifyDevice('sim', devs[2].serial_number, { profile_status: 'removed' });
  const r = await rt.runCycle('sim');
  assert.equal(r.sync.ok, true);
  assert.deepEqual(live(db), simSet(s));
  const row = db.prepare('SELECT color, asset_tag FROM devices WHERE serial_number = ?').get(devs[0].serial_number) as { color: string; asset_tag: string };
  assert.deepEqual({ ...row }, { color: 'PURPLE', asset_tag: 'A-1' });
  assert.ok((db.prepare('SELECT deleted_at FROM devices WHERE serial_number = ?').get(devs[1].serial_number) as { deleted_at: string }).deleted_at);
  const kinds = (db.prepare('SELECT kind FROM device_events WHERE serial_number = ? ORDER BY id').all(devs[0].serial_number) as { kind: string }[]).map(
    (e) => e.kind,
  );
  assert.ok(kinds.includes('modified'));
  const ev = db
    .prepare("SELECT before_json, after_json FROM device_events WHERE serial_number = ? AND kind = 'modified' AND after_json LIKE '%PURPLE%'")
    .get(devs[0].serial_number) as { before_json: string; after_json: string };
  assert.equal(JSON.parse(ev.after_json).color, 'PURPLE');
  assert.notEqual(JSON.parse(ev.before_json).color, 'PURPLE');
  const uuid = (db.prepare('SELECT profile_uuid FROM profiles WHERE superseded_at IS NULL').get() as { profile_uuid: string }).profile_uuid;
  const bySerial = new Map(s.control.devices('sim').map((d) => [d.serial_number, d]));
  for (const d of added) assert.equal(bySerial.get(d.serial_number)!.profile_uuid, uuid);
  assert.equal(bySerial.get(devs[2].serial_number)!.profile_status, 'assigned');
});

test('a device moved in from another MDM server (modified, carrying a foreign profile) is assigned', async () => {
  const s = await sim({
    servers: [
      { name: 'a', devices: 50 },
      { name: 'b', devices: 50 },
    ],
    seed: 3,
  });
  const dir = tempDir();
  const { config } = simConfig(s, dir);
  const db = openDatabase(join(dir, 'adesync.db'));
  const rt = createRuntime({ config, db, logger: silentLogger, clientOptions: fastSleep });
  await rt.runCycle('a');
  await rt.runCycle('b');
  const serial = s.control.devices('a')[0].serial_number;
  s.control.moveDevice('a', 'b', serial);
  await rt.runCycle('a');
  await rt.runCycle('b');
  const uuidB = (db.prepare("SELECT profile_uuid FROM profiles WHERE token='b' AND superseded_at IS NULL").get() as { profile_uuid: string }).profile_uuid;
  assert.equal(s.control.devices('b').find((d) => d.serial_number === serial)!.profile_uuid, uuidB);
  assert.ok((db.prepare("SELECT deleted_at FROM devices WHERE token='a' AND serial_number=?").get(serial) as { deleted_at: string | null }).deleted_at);
  assert.equal((db.prepare("SELECT state FROM assignments WHERE token='b' AND serial_number=?").get(serial) as { state: string }).state, 'assigned');
});

test('rules pick the profile; excluded devices are left alone; a profile change re-defines and re-assigns', async () => {
  const extra = `  ipads:
    profile_name: iPads
    url: https://enroll.example.com/enroll?p=ipad
rules:
  - name: ipads
    match: { device_family: iPad }
    profile: ipads
  - name: no-tv
    match: { device_family: AppleTV }
    action: exclude
`;
  const { s, rt, yaml, path, dir } = await setup(400, extra);
  await rt.runCycle('sim');
  const profiles = new Map(s.control.profiles('sim').map((p) => [p.profile_uuid!, p.profile_name]));
  for (const d of s.control.devices('sim')) {
    const want = d.device_family === 'iPad' ? 'iPads' : d.device_family === 'AppleTV' ? undefined : 'Standard supervised';
    assert.equal(d.profile_uuid ? profiles.get(d.profile_uuid) : undefined, want, `${d.serial_number} ${d.device_family}`);
  }
  assert.ok(
    s.control.devices('sim').some((d) => d.device_family === 'AppleTV'),
    'seed has Apple TVs',
  );
  // change the standard profile: Apple gets a new definition, and exactly the devices carrying the old one move
  const next = parseConfig(yaml.replace('department: IT', 'department: Field IT'), path, dir);
  rt.reload(next);
  s.control.resetCounts();
  await rt.runCycle('sim');
  assert.equal(s.control.requestCounts()['POST /profile'], 1, 'only the changed profile is defined again');
  const std = s.control.profiles('sim').filter((p) => p.profile_name === 'Standard supervised');
  assert.equal(std.length, 2);
  const newest = std.find((p) => p.department === 'Field IT')!;
  for (const d of s.control.devices('sim')) if (d.device_family !== 'iPad' && d.device_family !== 'AppleTV') assert.equal(d.profile_uuid, newest.profile_uuid);
});
