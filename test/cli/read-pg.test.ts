// The read-side commands (devices, device, enrollments, events, profile show) on PostgreSQL print what they print on
// SQLite: the real CLI, the simulator and a real PostgreSQL server (test/helpers/pg.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db.ts';
import { createSqliteEnrollmentStore, type RecordBatch } from '../../src/store/enrollments.ts';
import { createPgEnrollmentStore } from '../../src/store/pg/enrollments.ts';
import { openPool } from '../../src/store/pg/connect.ts';
import type { RunningSim } from '../../src/sim/index.ts';
import type { AuthUser } from '../../src/auth/types.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cli, cliAsync } from '../helpers/cli.ts';
import { adminQuery, freshDatabase, pgServer } from '../helpers/pg.ts';
import { makeTestPki, rawEnrollmentConfig } from '../cms/testpki.ts';

// started at file level, so the server outlives each test (pgServer stops it when the file ends)
void pgServer();
const pki = makeTestPki();
// an enrollment: section, so `device` counts repeats in its window and `profile show` compares the fixed fields
const ENROLL = `enrollment: ${JSON.stringify(rawEnrollmentConfig(pki))}\n`;
const HOOK = 'webhooks:\n  - name: mdm\n    url: http://127.0.0.1:9/hook\n    secret_file: hook.secret\n';
const SERVERS = [
  { name: 'a', devices: 200, seed: 61 },
  { name: 'b', devices: 40, seed: 62 },
];

/** Two tokens' devices, a second sync with adds, a change and a removal, one device whose assignment Apple failed. */
async function syncTwice(s: RunningSim, path: string): Promise<{ changed: string; failed: string }> {
  const first = await cliAsync(['--config', path, 'sync'], { timeout: 120_000 });
  assert.equal(first.code, 0, first.stderr + first.stdout);
  const a = s.control.devices('a');
  const [added] = s.control.addDevices('a', 6);
  s.control.modifyDevice('a', a[3].serial_number, { description: 'renamed by the test', color: 'Midnight' });
  s.control.removeDevice('a', a[4].serial_number);
  s.control.injectFault({ endpoint: 'POST /profile/devices', kind: 'serial_result', serials: [added.serial_number], result: 'FAILED', count: Infinity });
  const second = await cliAsync(['--config', path, 'sync'], { timeout: 120_000 });
  assert.ok(second.code === 0 || second.code === 1, second.stderr + second.stdout);
  s.control.clearFaults();
  return { changed: a[3].serial_number, failed: added.serial_number };
}

const ADA: AuthUser = {
  issuer: 'https://idp.example.com',
  subject: 'sub-ada',
  email: 'ada@example.com',
  name: 'Ada Lovelace',
  groups: ['staff', 'mdm-admins'],
};
const BOB: AuthUser = { issuer: 'https://idp.example.com', subject: 'sub-bob', groups: [] };

/** The same enrollment records for both engines (written by each engine's own writer): served, repeats, an OS update, refusals, users. */
function enrollmentBatch(serials: string[]): RecordBatch {
  const [x, y, z] = serials;
  const rec = { token: 'a', product: 'MacBookPro18,3', os_version: '15.1', remote_addr: '192.0.2.7' };
  const at = (m: number) => new Date(Date.UTC(2026, 11, 1, 10, m)).toISOString();
  return {
    records: [
      { ...rec, serial_number: x, udid: 'UDID-X', decision: 'served', at: at(0) },
      { ...rec, serial_number: x, udid: 'UDID-X', decision: 'served', at: at(5), user: ADA, flow: 'webview' },
      { ...rec, serial_number: x, udid: 'UDID-X', decision: 'refused', reason: 'adesync.too_many_enrollments', at: at(6), user: BOB, flow: 'ota' },
      { ...rec, serial_number: y, udid: 'UDID-Y', decision: 'os_update_required', os_version: '13.0', at: at(7) },
      { ...rec, serial_number: y, udid: 'UDID-Y', decision: 'served', at: at(9), user: { ...ADA, email: 'Ada@Example.com' }, flow: 'psso' },
      { ...rec, serial_number: z, udid: 'UDID-Z', decision: 'served', at: at(9) },
    ],
    refusals: [['2026-12-01T10', 'adesync.unsigned', 3]],
    limited: [
      { serial: x, code: 'adesync.too_many_enrollments', n: 4, first: at(6), last: at(8) },
      { serial: x, code: 'adesync.os_update_required', n: 2, first: at(7), last: at(8) },
    ],
    fixed: [{ fields: JSON.stringify({ PayloadIdentifier: 'com.example.mdm.enroll', ServerURL: 'https://old.example.com/mdm' }), first: at(0), last: at(9) }],
  };
}

/** Run every command against both configs (a few at a time: each is a process) and compare exit code, stdout and stderr. */
async function compareAll(lite: string, pg: string, commands: string[][], same: (out: string) => unknown = (o) => o) {
  const results: { args: string[]; l: Awaited<ReturnType<typeof cliAsync>>; p: Awaited<ReturnType<typeof cliAsync>> }[] = [];
  for (let i = 0; i < commands.length; i += 3) {
    const batch = commands.slice(i, i + 3);
    results.push(
      ...(await Promise.all(
        batch.map(async (args) => {
          const [l, p] = await Promise.all([cliAsync(['--config', lite, ...args]), cliAsync(['--config', pg, ...args])]);
          return { args, l, p };
        }),
      )),
    );
  }
  for (const { args, l, p } of results) {
    const what = `adesync ${args.join(' ')}`;
    assert.equal(p.code, l.code, `${what}: exit code (PostgreSQL stderr: ${p.stderr})`);
    assert.deepEqual(same(p.stdout), same(l.stdout), `${what}: stdout`);
    assert.equal(p.stderr, l.stderr, `${what}: stderr`);
  }
  return new Map(results.map((r) => [r.args.join(' '), r.l]));
}

test('devices, device, enrollments, events and profile show print the same bytes on PostgreSQL as on SQLite (a copy of one store), filters included', {
  timeout: 600_000,
}, async () => {
  const s = await sim({ servers: SERVERS });
  const dir = tempDir();
  writeFileSync(join(dir, 'hook.secret'), `whsec_${Buffer.alloc(32, 7).toString('base64')}\n`, { mode: 0o600 });
  // written with a webhook, so the outbox holds device, profile and token events as well
  const writer = simConfig(s, dir, `sync:\n  page_limit: 100\n${HOOK}${ENROLL}`);
  const { changed, failed } = await syncTwice(s, writer.path);
  // a token Apple refuses: token.unusable and sync.failed
  s.control.injectFault({ endpoint: '*', kind: 'status', status: 403, body: 'ACCESS_DENIED', count: Infinity });
  const refused = await cliAsync(['--config', writer.path, 'sync', '--token', 'b'], { timeout: 120_000 });
  assert.equal(refused.code, 1, refused.stderr + refused.stdout);
  s.control.clearFaults();
  const serials = s.control.devices('a').map((d) => d.serial_number);
  const db = openDatabase(join(dir, 'adesync.db'));
  await createSqliteEnrollmentStore(db).write(enrollmentBatch(serials));
  db.close();

  // deliveries to the endpoint (pending, none attempted: no daemon sends them), for `events` to show beside each event
  const replay = cli(['--config', writer.path, 'events', 'replay', '--since', '1h']);
  assert.equal(replay.code, 0, replay.stderr + replay.stdout);
  const url = await freshDatabase();
  const copy = cli(['--config', writer.path, 'migrate', '--to', url], { timeout: 300_000 });
  assert.equal(copy.code, 0, copy.stderr + copy.stdout);
  // the same config but for the store (and without the webhook, which needs SQLite): one reads the file, one the copy
  const lite = simConfig(s, tempDir(), `sync:\n  page_limit: 100\n${ENROLL}database: ${join(dir, 'adesync.db')}\n`).path;
  const pg = simConfig(s, tempDir(), `sync:\n  page_limit: 100\n${ENROLL}database: ${url}\n`).path;

  const [x, y] = serials;
  const out = await compareAll(lite, pg, [
    ['devices'],
    ['devices', '--json'],
    ['devices', '--token', 'b', '--family', 'mac'],
    ['devices', '--status', 'deleted', '--json'],
    ['devices', '--status', 'assigned', '--family', 'iPad', '--json'],
    ['devices', '--state', 'failed', '--json'],
    ['devices', '--state', 'assigned', '--limit', '7'],
    ['devices', '--token', 'nope'],
    ['device', changed],
    ['device', changed.toLowerCase(), '--json'],
    ['device', failed, '--json'],
    ['device', x],
    ['device', x, '--json'],
    ['device', y],
    ['device', 'NOPE00000000'],
    ['enrollments'],
    ['enrollments', '--json'],
    ['enrollments', '--user', 'ADA@example.com'],
    ['enrollments', '--user', 'sub-bob', '--json'],
    ['enrollments', '--serial', x.toLowerCase(), '--with-user'],
    ['enrollments', '--decision', 'served', '--limit', '2', '--json'],
    ['events'],
    ['events', '--json', '--limit', '1000'],
    ['events', '--type', 'device.*', '--limit', '5'],
    ['events', '--serial', changed, '--json'],
    ['events', '--token', 'b', '--type', 'sync.failed', '--json'],
    ['events', '--since', '1h', '--type', 'token.unusable'],
    ['events', '--limit', 'abc'],
    ['profile', 'show'],
    ['profile', 'show', '--json'],
    ['profile', 'show', '--enrollment', '--json'],
  ]);

  // what was compared is the real thing, not two empty answers
  const json = (args: string) => JSON.parse(out.get(args)!.stdout);
  assert.equal(json('devices --json').length, 245, 'both tokens, the removed device left out');
  assert.deepEqual(
    json('devices --state failed --json').map((d: { serial_number: string }) => d.serial_number),
    [failed],
  );
  assert.equal(json('devices --status deleted --json').length, 1);
  assert.match(out.get('devices --state assigned --limit 7')!.stderr, /^7 of 2\d\d devices shown/);
  assert.equal(out.get('devices --token nope')!.code, 2);
  assert.match(out.get(`device ${changed}`)!.stdout, /^history:\n.*modified.*description .* → renamed by the test/m);
  const dx = json(`device ${x} --json`);
  assert.equal(dx.enrollment_summary.records, 3);
  assert.equal(dx.enrollment_summary.repeats, 1);
  assert.deepEqual(dx.enrolled_by.user, BOB);
  assert.equal(dx.enrollment_summary.limited.length, 2);
  assert.match(out.get(`device ${y}`)!.stdout, /^enrolled by: Ada Lovelace <Ada@Example\.com> \(psso, served/m);
  assert.equal(out.get('device NOPE00000000')!.code, 1);
  assert.equal(json('enrollments --json').length, 6);
  assert.equal(out.get('enrollments --user ADA@example.com')!.stdout.trim().split('\n').length, 3, 'two records by email in any case');
  const types = new Set(json('events --json --limit 1000').map((e: { type: string }) => e.type));
  for (const t of ['device.added', 'device.modified', 'device.removed', 'profile.assigned', 'profile.failed', 'token.unusable', 'sync.failed'])
    assert.ok(types.has(t), `${t} among ${[...types]}`);
  assert.equal(json('events --token b --type sync.failed --json').length, 1);
  assert.equal(out.get('events --limit abc')!.code, 2, 'a usage error on both engines, never a driver message');
  assert.match(out.get('events')!.stdout, /mdm:pending\(0\)/);
  assert.equal(out.get('profile show --enrollment --json')!.code, 3, 'the served ServerURL differs from the config: an admin is needed');
  assert.equal(json('profile show --enrollment --json').changed[0].field, 'ServerURL');
});

test("on a PostgreSQL store written by adesync's own PostgreSQL engine the read commands print what SQLite's engine gives (times, ids and Apple's UUIDs aside)", {
  timeout: 600_000,
}, async () => {
  // two simulators with the same seeds: the same devices and answers, each with its own profile UUIDs
  const [sl, sp] = [await sim({ servers: SERVERS }), await sim({ servers: SERVERS })];
  const url = await freshDatabase();
  const lite = simConfig(sl, tempDir(), `sync:\n  page_limit: 100\n${ENROLL}`).path;
  const pg = simConfig(sp, tempDir(), `sync:\n  page_limit: 100\n${ENROLL}database: ${url}\n`).path;
  const [l, p] = await Promise.all([syncTwice(sl, lite), syncTwice(sp, pg)]);
  assert.deepEqual(p, l);
  const serials = sl.control.devices('a').map((d) => d.serial_number);
  const db = openDatabase(join(lite, '..', 'adesync.db'));
  await createSqliteEnrollmentStore(db).write(enrollmentBatch(serials));
  db.close();
  const pool = openPool({ url });
  try {
    await createPgEnrollmentStore(pool).write(enrollmentBatch(serials));
  } finally {
    await pool.end();
  }
  const blank = (o: string) =>
    o
      .replace(/retry in \d+s/g, 'retry in Ns')
      .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T')
      .replace(/\b[0-9A-F]{32}\b/g, 'UUID')
      .replace(/"(id|device_id|sync_run_id)": \d+/g, '"$1": 0');
  const [x, y] = serials;
  const out = await compareAll(
    lite,
    pg,
    [
      ['devices'],
      ['devices', '--json'],
      ['devices', '--state', 'failed'],
      ['devices', '--status', 'deleted', '--json'],
      ['device', l.changed],
      ['device', l.changed, '--json'],
      ['device', l.failed, '--json'],
      ['device', x, '--json'],
      ['device', y],
      ['enrollments', '--json'],
      ['enrollments', '--user', 'ada@EXAMPLE.com'],
      ['profile', 'show', '--enrollment'],
    ],
    blank,
  );
  // the text listing carries neither times nor UUIDs: byte for byte
  assert.equal(out.get('devices')!.stdout.split('\n').length, 247);
  assert.match(out.get('devices --state failed')!.stdout, new RegExp(`${l.failed}.*failed`));
});

test('a database newer than the code: every read command (profile plan too) refuses it, on PostgreSQL as on SQLite', { timeout: 300_000 }, async () => {
  const s = await pgServer();
  const url = await freshDatabase();
  const dir = tempDir();
  const write = (name: string, database: string) => {
    writeFileSync(join(dir, name), `state_dir: ${dir}\nlog_level: warn\ndatabase: ${database}\n`);
    return join(dir, name);
  };
  const pg = write('pg.yaml', url);
  const lite = write('lite.yaml', join(dir, 'adesync.db'));
  for (const path of [pg, lite]) assert.equal(cli(['--config', path, 'migrate']).code, 0);
  const name = new URL(url).pathname.slice(1);
  await adminQuery({ ...s, url: () => s.url(name) }, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '999_future.sql', 'now')");
  const db = openDatabase(join(dir, 'adesync.db'));
  db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '999_future.sql', 'now')").run();
  db.close();
  for (const args of [['devices'], ['device', 'C02X'], ['enrollments'], ['events'], ['profile', 'show'], ['profile', 'plan']]) {
    const [p, l] = await Promise.all([cliAsync(['--config', pg, ...args]), cliAsync(['--config', lite, ...args])]);
    for (const [r, where] of [
      [p, url],
      [l, join(dir, 'adesync.db')],
    ] as const) {
      assert.equal(r.code, 1, `${args.join(' ')} on ${where}: ${r.stderr}${r.stdout}`);
      assert.match(r.stderr, /has schema version 999 but this adesync only knows up to \d+: run the newer adesync/, `${args.join(' ')} on ${where}`);
      assert.ok(r.stderr.includes(where), r.stderr);
      assert.equal(r.stdout, '');
    }
  }
});
