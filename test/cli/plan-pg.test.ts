// `adesync profile plan` on PostgreSQL prints what it prints on SQLite: the real CLI, the simulator and a real PostgreSQL
// server (test/helpers/pg.ts) holding a copy of the SQLite store (`adesync migrate --to`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningSim } from '../../src/sim/index.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cli, cliAsync } from '../helpers/cli.ts';
import { freshDatabase, pgServer } from '../helpers/pg.ts';

// started at file level, so the server outlives each test (pgServer stops it when the file ends)
void pgServer();
const SERVERS = [
  { name: 'a', devices: 200, seed: 71 },
  { name: 'b', devices: 40, seed: 72 },
];
const SYNC = 'sync:\n  page_limit: 100\n';
// the changed config: the standard profile's content differs (a 'redefine'), Macs move to a profile not defined yet,
// Apple TVs are left alone
const MACS = '  macs:\n    profile_name: Macs\n    url: https://enroll.example.com/enroll\n';
const RULES = 'rules:\n  - match: { device_family: Mac }\n    profile: macs\n  - match: { device_family: AppleTV }\n    action: exclude\n';

interface Pending {
  failed: string;
  notAccessible: string;
  unassigned: string;
  moved: string;
}

/** A sync of one token while Apple answers `result` for `serial`; the fault cleared after. */
async function syncAnswering(s: RunningSim, path: string, token: string, serial: string, result: 'FAILED' | 'NOT_ACCESSIBLE'): Promise<void> {
  s.control.injectFault({ endpoint: 'POST /profile/devices', kind: 'serial_result', serials: [serial], result, count: Infinity });
  const r = await cliAsync(['--config', path, 'sync', '--token', token], { timeout: 120_000 });
  s.control.clearFaults();
  assert.ok(r.code === 0 || r.code === 1, r.stderr + r.stdout);
}

/**
 * Both tokens synced and assigned, then devices waiting on Apple in each (a: failed, b: not accessible) and pending in b:
 * added, and moved there from a, then synced without assigning.
 */
async function syncWithPending(s: RunningSim, path: string): Promise<Pending> {
  const first = await cliAsync(['--config', path, 'sync'], { timeout: 120_000 });
  assert.equal(first.code, 0, first.stderr + first.stdout);
  const [notAccessible] = s.control.addDevices('b', 1);
  await syncAnswering(s, path, 'b', notAccessible.serial_number, 'NOT_ACCESSIBLE');
  const [failed] = s.control.addDevices('a', 5);
  const [unassigned] = s.control.addDevices('b', 4);
  s.control.removeDevice('a', s.control.devices('a')[4].serial_number);
  // a device moved to b with a's profile: b's last in id order, but among its assigned ones in SQLite's status index
  const moved = s.control.devices('a')[7].serial_number;
  s.control.moveDevice('a', 'b', moved);
  await syncAnswering(s, path, 'a', failed.serial_number, 'FAILED');
  const b = await cliAsync(['--config', path, 'sync', '--token', 'b', '--no-assign'], { timeout: 120_000 });
  assert.equal(b.code, 0, b.stderr + b.stdout);
  return { failed: failed.serial_number, notAccessible: notAccessible.serial_number, unassigned: unassigned.serial_number, moved };
}

/** Two configs over the same store, one per engine: as synced, or `changed` (MACS, RULES, another department). */
function configs(s: RunningSim, sqlite: string, url: string, changed: boolean): { lite: string; pg: string } {
  const write = (database: string) => {
    const { path } = simConfig(s, tempDir(), `${changed ? MACS : ''}${SYNC}database: ${database}\n${changed ? RULES : ''}`);
    if (changed) writeFileSync(path, readFileSync(path, 'utf8').replace('department: IT\n', 'department: Field IT\n'));
    return path;
  };
  return { lite: write(sqlite), pg: write(url) };
}

type Run = Awaited<ReturnType<typeof cliAsync>>;

/** Every command against both configs (a few at a time: each is a process): exit code, stdout and stderr must match. */
async function compareAll(c: { lite: string; pg: string }, commands: string[][]): Promise<Map<string, Run>> {
  const out = new Map<string, Run>();
  for (let i = 0; i < commands.length; i += 3) {
    await Promise.all(
      commands.slice(i, i + 3).map(async (args) => {
        const [l, p] = await Promise.all([cliAsync(['--config', c.lite, ...args]), cliAsync(['--config', c.pg, ...args])]);
        const what = `adesync ${args.join(' ')}`;
        assert.equal(p.code, l.code, `${what}: exit code (SQLite stderr: ${l.stderr}; PostgreSQL stderr: ${p.stderr})`);
        assert.equal(p.stdout, l.stdout, `${what}: stdout`);
        assert.equal(p.stderr, l.stderr, `${what}: stderr`);
        out.set(args.join(' '), l);
      }),
    );
  }
  return out;
}

test('profile plan prints the same bytes on PostgreSQL as on SQLite (a copy of one store): text, --json, --serial, --token, --limit, a changed config', {
  timeout: 600_000,
}, async () => {
  const s = await sim({ servers: SERVERS });
  const dir = tempDir();
  const writer = simConfig(s, dir, SYNC);
  const { failed, notAccessible, unassigned, moved } = await syncWithPending(s, writer.path);
  const url = await freshDatabase();
  const copy = cli(['--config', writer.path, 'migrate', '--to', url], { timeout: 300_000 });
  assert.equal(copy.code, 0, copy.stderr + copy.stdout);
  const sqlite = join(dir, 'adesync.db');
  const devices = [...s.control.devices('a'), ...s.control.devices('b')];
  const assigned = devices.find((d) => d.device_family === 'iPhone' && d.profile_status === 'assigned')!.serial_number;
  const mac = devices.find((d) => d.device_family === 'Mac' && d.profile_status === 'assigned')?.serial_number;
  const tv = devices.find((d) => d.device_family === 'AppleTV')?.serial_number;
  assert.ok(mac && tv, 'the simulator made a Mac and an Apple TV');

  const plan = (extra: string[]) => ['profile', 'plan', ...extra];
  const same = await compareAll(configs(s, sqlite, url, false), [
    plan([]),
    plan(['--json']),
    plan(['--serial', assigned.toLowerCase()]),
    plan(['--serial', assigned, '--json']),
    plan(['--serial', unassigned]),
    plan(['--serial', failed, '--json']),
    plan(['--serial', notAccessible]),
    plan(['--token', 'b']),
    plan(['--token', 'a', '--json']),
    plan(['--limit', '2']),
    plan(['--limit', '1', '--json']),
    plan(['--token', 'nope']),
    plan(['--serial', 'NOPE00000000']),
  ]);
  const changed = await compareAll(configs(s, sqlite, url, true), [
    plan([]),
    plan(['--json', '--limit', '1000000']),
    plan(['--token', 'b', '--limit', '5']),
    plan(['--serial', mac]),
    plan(['--serial', tv, '--json']),
    plan(['--serial', assigned]),
  ]);

  // what was compared is the real thing, not two empty answers
  const json = (out: Map<string, Run>, args: string) => JSON.parse(out.get(`profile plan ${args}`.trim())!.stdout);
  const p = json(same, '--json');
  assert.deepEqual(
    p.profiles.map((x: { token: string; action: string }) => `${x.token} ${x.action}`),
    ['a keep', 'b keep'],
  );
  assert.deepEqual(p.waiting, [
    { token: 'a', state: 'failed', devices: 1 },
    { token: 'b', state: 'not_accessible', devices: 1 },
  ]);
  assert.deepEqual(
    p.devices.map((d: { serial_number: string; current_state: string | null }) => `${d.serial_number} ${d.current_state}`).sort(),
    [
      `${failed} failed`,
      `${moved} pending`,
      ...s.control
        .devices('b')
        .filter((d) => d.profile_status !== 'assigned' && d.serial_number !== notAccessible)
        .map((d) => `${d.serial_number} pending`),
    ].sort(),
    "a's failed device, b's four synced without assigning and the one moved to b with a's profile",
  );
  assert.match(same.get(`profile plan --serial ${assigned.toLowerCase()}`)!.stdout, new RegExp(`device ${assigned} needs no assignment: \\w+ assigned`));
  assert.equal(json(same, `--serial ${failed} --json`).devices[0].current_state, 'failed');
  assert.match(same.get(`profile plan --serial ${notAccessible}`)!.stdout, /needs no assignment: b not_accessible \(not accessible/);
  assert.equal(json(same, '--limit 1 --json').devices.length, 1);
  assert.equal(same.get('profile plan --token nope')!.code, 2);
  assert.equal(same.get('profile plan --serial NOPE00000000')!.code, 1);
  const c = json(changed, '--json --limit 1000000');
  assert.deepEqual(
    c.profiles.map((x: { token: string; profile: string; action: string }) => `${x.token} ${x.profile} ${x.action}`),
    ['a standard redefine', 'a macs define', 'b standard redefine', 'b macs define'],
  );
  const reasons = new Set(c.summary.map((x: { reason: string }) => x.reason));
  assert.ok(reasons.has('profile will be redefined'), [...reasons].join(', '));
  assert.ok(c.devices.length > 200, `most of the ${devices.length} devices move: ${c.devices.length}`);
  assert.equal(json(changed, `--serial ${tv} --json`).unchanged[0].state, 'excluded');
  assert.match(changed.get(`profile plan --serial ${mac}`)!.stdout, /macs/);
});
