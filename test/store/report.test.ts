import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../src/store/db.ts';
import { statusReport, listDevices, deviceDetail } from '../../src/store/report.ts';
import { parseConfig } from '../../src/config/load.ts';
import { tempDir } from '../helpers/tmp.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const config = parseConfig(
  `tokens:
  - name: main
    default_profile: std
  - name: school
    default_profile: std
profiles:
  std:
    profile_name: Std
    url: https://enroll.example.com/enroll
`,
  't.yaml',
  '/etc/adesync',
);

/** A database with known content: two tokens, one healthy, one whose terms are not accepted and whose token is near expiry. */
function knownDb(): DB {
  const db = openDatabase(join(tempDir(), 'known.db'));
  const tok =
    db.prepare(`INSERT INTO tokens (name, token_file, consumer_key_sha256, access_token_expiry, server_name, org_name, status, status_detail, created_at, updated_at)
    VALUES (?, ?, 'x', ?, ?, 'Acme', ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`);
  tok.run('main', '/t/main.json', '2027-01-01T00:00:00Z', 'Acme MDM', 'ok', null);
  tok.run('school', '/t/school.json', '2026-06-11T00:00:00Z', 'Acme Schools', 't_c_not_signed', 'T_C_NOT_SIGNED: accept the terms');
  const dev =
    db.prepare(`INSERT INTO devices (token, serial_number, profile_status, profile_uuid, raw_json, model, os, device_family, first_seen, last_seen, deleted_at)
    VALUES (?, ?, ?, ?, '{}', ?, ?, ?, '2026-05-01T00:00:00Z', '2026-06-01T11:00:00Z', ?)`);
  dev.run('main', 'C02AAA000001', 'assigned', 'U1', 'MacBook Pro', 'OSX', 'Mac', null);
  dev.run('main', 'C02AAA000002', 'pushed', 'U1', 'MacBook Air', 'OSX', 'Mac', null);
  dev.run('main', 'DMPAAA000003', 'empty', null, 'iPad Air', 'iPadOS', 'iPad', null);
  dev.run('main', 'DMPAAA000004', 'removed', 'U1', 'iPad mini', 'iPadOS', 'iPad', '2026-05-20T00:00:00Z');
  dev.run('school', 'F4KAAA000005', 'empty', null, 'iPhone 14', 'iOS', 'iPhone', null);
  const asgStmt =
    db.prepare(`INSERT INTO assignments (device_id, token, serial_number, profile_name, profile_uuid, state, attempts, updated_at, last_result, not_before)
    SELECT id, token, serial_number, 'std', 'U1', @state, @attempts, '2026-06-01T11:00:00Z', @result, @nb FROM device_rows WHERE token = @token AND serial_number = @serial`);
  const asg = {
    run: (token: string, serial: string, state: string, attempts: number, result: string | null, nb: string | null) =>
      asgStmt.run({ token, serial, state, attempts, result, nb }),
  };
  asg.run('main', 'C02AAA000001', 'assigned', 0, 'SUCCESS', null);
  asg.run('main', 'C02AAA000002', 'assigned', 0, null, null);
  asg.run('main', 'DMPAAA000003', 'failed', 2, 'FAILED', '2026-06-01T13:00:00Z');
  asg.run('school', 'F4KAAA000005', 'not_accessible', 1, 'NOT_ACCESSIBLE', null);
  const run =
    db.prepare(`INSERT INTO sync_runs (token, kind, trigger, started_at, finished_at, pages, devices, added, modified, deleted, result, error_code, error_message)
    VALUES (?, ?, 'schedule', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  run.run('main', 'fetch', '2026-06-01T10:00:00Z', '2026-06-01T10:00:02.500Z', 1, 4, 4, 0, 0, 'ok', null, null);
  run.run('main', 'sync', '2026-06-01T11:55:00Z', '2026-06-01T11:55:00.250Z', 1, 1, 0, 1, 0, 'ok', null, null);
  run.run('school', 'sync', '2026-06-01T11:56:00Z', '2026-06-01T11:56:00.100Z', 0, 0, 0, 0, 0, 'error', 'T_C_NOT_SIGNED', 'accept the terms');
  db.prepare(`INSERT INTO cursors (token, cursor, phase, issued_at, updated_at) VALUES ('main', 'c1', 'sync', '2026-06-01T11:55:00Z', '2026-06-01T11:55:00Z'),
    ('school', 'c2', 'sync', '2026-05-25T00:00:00Z', '2026-05-25T00:00:00Z')`).run();
  // main is being synced by another machine right now; school's lease was released
  db.prepare(`INSERT INTO sync_leases (token, generation, holder_node, holder_pid, holder_host, acquired_at, heartbeat_at, expires_at) VALUES
    ('main', 3, 'node-b-1', 4242, 'node-b', '2026-06-01T11:59:30Z', '2026-06-01T11:59:50Z', ?), ('school', 2, NULL, NULL, NULL, NULL, NULL, 0)`).run(
    Date.parse('2026-06-01T12:00:20Z'),
  );
  const enr = db.prepare(`INSERT INTO enrollments (at, token, serial_number, decision, reason) VALUES (?, 'main', ?, ?, ?)`);
  enr.run('2026-06-01T09:00:00Z', 'C02AAA000002', 'served', 'ok');
  enr.run('2026-06-01T09:05:00Z', 'DMPAAA000003', 'os_update_required', 'below 17.4');
  enr.run('2026-05-30T09:05:00Z', 'DMPAAA000003', 'served', 'older than a day');
  return db;
}

test('status JSON against a known database', () => {
  const r = statusReport(knownDb(), config, NOW);
  // no daemon is running: no "next sync" time
  for (const t of r.tokens) assert.equal(t.next_sync_at, null);
  assert.deepEqual(r, {
    generated_at: '2026-06-01T12:00:00.000Z',
    ok: false,
    daemons: [],
    enrollments_24h: { os_update_required: 1, served: 1 },
    webhooks: [],
    problems: [
      'school: server token expires in 9 days (2026-06-11T00:00:00Z): renew it in Apple Business/School Manager',
      'school: t_c_not_signed: T_C_NOT_SIGNED: accept the terms',
      'school: last sync failed: T_C_NOT_SIGNED accept the terms',
      'school: cursor is 7.5 days old (Apple expires cursors at 7 days)',
      'school: 1 device(s) not accessible by this MDM server at Apple',
    ],
    tokens: [
      {
        name: 'main',
        configured: true,
        server_name: 'Acme MDM',
        org_name: 'Acme',
        token_expiry: '2027-01-01T00:00:00Z',
        days_left: 213,
        status: 'ok',
        status_detail: null,
        terms_signed: true,
        last_sync: {
          id: 2,
          kind: 'sync',
          trigger: 'schedule',
          started_at: '2026-06-01T11:55:00Z',
          finished_at: '2026-06-01T11:55:00.250Z',
          duration_ms: 250,
          result: 'ok',
          error_code: null,
          error_message: null,
          pages: 1,
          devices: 1,
          added: 0,
          modified: 1,
          deleted: 0,
        },
        last_success_at: '2026-06-01T11:55:00.250Z',
        cursor: { phase: 'sync', issued_at: '2026-06-01T11:55:00Z', age_seconds: 300 },
        devices: { total: 3, deleted: 1, by_profile_status: { assigned: 1, empty: 1, pushed: 1 } },
        assignments: { assigned: 2, pending: 0, failed: 1, throttled: 0, not_accessible: 0, excluded: 0, held: 0, unmanaged: 0, gone: 0 },
        next_sync_at: null,
        lease: {
          node: 'node-b-1',
          pid: 4242,
          host: 'node-b',
          since: '2026-06-01T11:59:30Z',
          heartbeat_at: '2026-06-01T11:59:50Z',
          expires_at: '2026-06-01T12:00:20.000Z',
        },
        problems: [],
      },
      {
        name: 'school',
        configured: true,
        server_name: 'Acme Schools',
        org_name: 'Acme',
        token_expiry: '2026-06-11T00:00:00Z',
        days_left: 9,
        status: 't_c_not_signed',
        status_detail: 'T_C_NOT_SIGNED: accept the terms',
        terms_signed: false,
        last_sync: {
          id: 3,
          kind: 'sync',
          trigger: 'schedule',
          started_at: '2026-06-01T11:56:00Z',
          finished_at: '2026-06-01T11:56:00.100Z',
          duration_ms: 100,
          result: 'error',
          error_code: 'T_C_NOT_SIGNED',
          error_message: 'accept the terms',
          pages: 0,
          devices: 0,
          added: 0,
          modified: 0,
          deleted: 0,
        },
        last_success_at: null,
        cursor: { phase: 'sync', issued_at: '2026-05-25T00:00:00Z', age_seconds: 648000 },
        devices: { total: 1, deleted: 0, by_profile_status: { empty: 1 } },
        assignments: { assigned: 0, pending: 0, failed: 0, throttled: 0, not_accessible: 1, excluded: 0, held: 0, unmanaged: 0, gone: 0 },
        next_sync_at: null,
        lease: null,
        problems: [
          'server token expires in 9 days (2026-06-11T00:00:00Z): renew it in Apple Business/School Manager',
          't_c_not_signed: T_C_NOT_SIGNED: accept the terms',
          'last sync failed: T_C_NOT_SIGNED accept the terms',
          'cursor is 7.5 days old (Apple expires cursors at 7 days)',
          '1 device(s) not accessible by this MDM server at Apple',
        ],
      },
    ],
  });
});

test("devices filters and one device's whole story", () => {
  const db = knownDb();
  assert.deepEqual(
    listDevices(db, { family: 'iPad' }).map((d) => d.serial_number),
    ['DMPAAA000003'],
  );
  assert.deepEqual(
    listDevices(db, { status: 'deleted' }).map((d) => d.serial_number),
    ['DMPAAA000004'],
  );
  assert.deepEqual(
    listDevices(db, { state: 'failed' }).map((d) => [d.serial_number, d.assignment_state, d.model]),
    [['DMPAAA000003', 'failed', 'iPad Air']],
  );
  const d = deviceDetail(db, 'DMPAAA000003');
  assert.equal(d.records.length, 1);
  assert.equal((d.assignments[0] as { attempts: number }).attempts, 2);
  assert.deepEqual(
    d.enrollments.map((e) => (e as { decision: string }).decision),
    ['os_update_required', 'served'],
  );
});

test('runResult (table): a running row reads interrupted once its process is gone or silent past the lease', async () => {
  const { runResult } = await import('../../src/store/report.ts');
  const { SELF } = await import('../../src/store/leases.ts');
  const { spawnSync } = await import('node:child_process');
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  const now = Date.parse('2026-06-01T12:00:00Z');
  const run = (o: object) => ({
    result: 'running',
    pid: process.pid,
    host: SELF.host,
    heartbeat_at: '2026-06-01T11:59:50Z',
    started_at: '2026-06-01T11:00:00Z',
    ...o,
  });
  const cases: [string, object, string][] = [
    ['finished rows read as they are', { result: 'ok' }, 'ok'],
    ['alive, recent heartbeat', {}, 'running'],
    ['pid gone on this host', { pid: dead }, 'interrupted'],
    ['silent past the lease', { heartbeat_at: '2026-06-01T11:59:00Z' }, 'interrupted'],
    ['another host, recent heartbeat: trusted', { pid: dead, host: 'elsewhere' }, 'running'],
    ['a row from before pids were recorded, old', { pid: null, host: null, heartbeat_at: null }, 'interrupted'],
  ];
  for (const [what, o, want] of cases) assert.equal(runResult(run(o) as never, now, 30_000), want, what);
});

test('leaseHolder (table): who syncs a token now — only a live holder; released, expired and dead-here holders are nobody', async () => {
  const { leaseHolder } = await import('../../src/store/report.ts');
  const { SELF } = await import('../../src/store/leases.ts');
  const { spawnSync } = await import('node:child_process');
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  const now = Date.parse('2026-06-01T12:00:00Z');
  const row = (o: object) => ({
    token: 't',
    generation: 1,
    holder_node: 'n1',
    holder_pid: process.pid,
    holder_host: SELF.host,
    run_id: null,
    acquired_at: '2026-06-01T11:59:00Z',
    heartbeat_at: '2026-06-01T11:59:55Z',
    expires_at: now + 25_000,
    ...o,
  });
  const cases: [string, object | undefined, boolean][] = [
    ['no lease row (never synced)', undefined, false],
    ['held, not expired', {}, true],
    ['held by another machine (trusted until it expires)', { holder_pid: dead, holder_host: 'elsewhere' }, true],
    ['released', { holder_node: null, holder_pid: null, holder_host: null, expires_at: 0 }, false],
    ['expired', { expires_at: now }, false],
    ['its process on this host is gone', { holder_pid: dead }, false],
  ];
  for (const [what, o, held] of cases) {
    const h = leaseHolder(o && (row(o) as never), now);
    assert.equal(h !== null, held, what);
    if (h) assert.deepEqual(Object.keys(h), ['node', 'pid', 'host', 'since', 'heartbeat_at', 'expires_at'], what);
  }
  assert.deepEqual(leaseHolder(row({}) as never, now), {
    node: 'n1',
    pid: process.pid,
    host: SELF.host,
    since: '2026-06-01T11:59:00Z',
    heartbeat_at: '2026-06-01T11:59:55Z',
    expires_at: '2026-06-01T12:00:25.000Z',
  });
});
