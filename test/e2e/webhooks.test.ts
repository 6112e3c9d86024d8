import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync, chmodSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliAsync, cliSpawn, until } from '../helpers/cli.ts';
import { byId, startReceiver, type Receiver } from '../events/receiver.ts';

function hookConfig(r: Receiver, dir: string, extra = ''): string {
  writeFileSync(join(dir, 'hook.secret'), r.secret + '\n', { mode: 0o600 });
  return `webhooks:\n  - name: mdm\n    url: ${r.url}\n    secret_file: hook.secret\n    timeout_seconds: 2\n    retry_seconds: 0.2\n${extra}`;
}

/** simConfig, then the file rewritten with a log level (simConfig writes warn) or any other edit. */
function config(yaml: string, path: string, edit: (y: string) => string): string {
  writeFileSync(path, edit(yaml));
  return path;
}

function read<T>(dbPath: string, f: (db: Database.Database) => T): T | undefined {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return f(db);
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

function daemon(path: string): { child: ChildProcess; stderr: () => string; exited: Promise<unknown> } {
  const child = cliSpawn(['--config', path, 'daemon'], { env: { NOTIFY_SOCKET: '', ADESYNC_CONFIG: '' } });
  let err = '';
  child.stderr!.on('data', (c) => {
    err += c;
  });
  child.stdout!.resume();
  return { child, stderr: () => err, exited: new Promise((r) => child.once('exit', r)) };
}

/**
 * The daemon is SIGKILLed after events were committed and while their deliveries are in flight at a receiver that does
 * not answer. After a restart every committed event arrives (verified with standardwebhooks), nothing else does, each
 * device's added and assigned events exactly once, and a duplicate only ever with the same id and body.
 */
test('SIGKILL between commit and delivery: after a restart exactly the committed events arrive, duplicates only with the same id', {
  timeout: 300_000,
}, async () => {
  const s = await sim({ devices: 3000, seed: 11 });
  const r = await startReceiver();
  r.answer = () => 'hold';
  const dir = tempDir();
  const dbPath = join(dir, 'adesync.db');
  s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'delay', ms: 40, count: Infinity });
  const c = simConfig(s, dir, `sync:\n  page_limit: 250\n${hookConfig(r, dir, '    types: [device.*, profile.*]\n')}`);
  const path = config(c.yaml, c.path, (y) => y.replace('log_level: warn', 'log_level: info'));
  const first = daemon(path);
  await until(
    () => (read(dbPath, (db) => db.prepare('SELECT COUNT(*) FROM outbox').pluck().get() as number) ?? 0) >= 750 && r.open > 0,
    120_000,
    'events committed and deliveries in flight',
  );
  first.child.kill('SIGKILL');
  await first.exited;
  const atKill = read(dbPath, (db) => db.prepare('SELECT COUNT(*) FROM outbox').pluck().get() as number)!;
  assert.ok(atKill >= 750);
  assert.ok(atKill < 6000, `killed mid-way (${atKill} events committed)`);
  const heldAtKill = r.received.length;
  assert.ok(heldAtKill > 0);

  s.control.clearFaults();
  r.answer = () => 200;
  const second = daemon(path);
  const settled = () =>
    read(dbPath, (db) => {
      const n = (sql: string) => db.prepare(sql).pluck().get() as number;
      return (
        n("SELECT COUNT(*) FROM device_rows WHERE token = 'sim'") === 3000 &&
        n("SELECT COUNT(*) FROM assignments WHERE state <> 'assigned'") === 0 &&
        n("SELECT COUNT(*) FROM sync_runs WHERE result = 'running'") === 0 &&
        n('SELECT MAX(seq) FROM outbox') === n("SELECT after_seq FROM webhook_endpoints WHERE name = 'mdm'") &&
        n("SELECT COUNT(*) FROM webhook_deliveries WHERE state <> 'delivered'") === 0
      );
    }) === true;
  try {
    // the restart resumes the fetch, assigns the rest, and delivers everything
    await until(settled, 240_000, `everything synced, assigned and delivered (${second.stderr().slice(-2000)})`);
  } finally {
    second.child.kill('SIGTERM');
    await second.exited;
  }
  assert.deepEqual(r.rejected, []);
  const got = byId(r.received); // throws on a duplicate id with another body
  const outbox = read(dbPath, (db) => db.prepare('SELECT id, type, subject FROM outbox').all() as { id: string; type: string; subject: string }[])!;
  assert.deepEqual(new Set(got.keys()), new Set(outbox.map((e) => e.id)), 'delivered = committed');
  // the deliveries in flight at the kill came again, with the same ids
  for (const x of r.received.slice(0, heldAtKill))
    assert.ok(
      r.received.slice(heldAtKill).some((y) => y.id === x.id),
      `${x.id} re-sent`,
    );
  const serials = s.control.devices('sim').map((d) => d.serial_number);
  const of = (type: string) =>
    outbox
      .filter((e) => e.type === type)
      .map((e) => e.subject)
      .sort();
  assert.deepEqual(of('device.added'), [...serials].sort(), 'each device added once');
  // profile.assigned for exactly the answers that were committed (an answer lost with the process shows as Apple's echo)
  const committed = read(dbPath, (db) => db.prepare("SELECT serial_number FROM assignments WHERE reason = 'assigned by adesync'").pluck().all() as string[])!;
  assert.deepEqual(of('profile.assigned'), committed.sort());
  const history = read(dbPath, (db) => db.prepare("SELECT serial_number FROM device_events WHERE kind = 'modified'").pluck().all() as string[])!;
  assert.deepEqual(of('device.modified'), history.sort(), 'device.modified = the modifications committed');
  assert.equal(outbox.length, of('device.added').length + of('profile.assigned').length + of('device.modified').length);
});

test('config: http:// only to loopback, the secret file 0600 and well formed; the secret is never logged or printed', async () => {
  const s = await sim({ devices: 5, seed: 2 });
  const r = await startReceiver();
  const dir = tempDir();
  const good = simConfig(s, dir, hookConfig(r, dir));
  const plain = await cliAsync(['--config', config(good.yaml, join(dir, 'bad.yaml'), (y) => y.replace(r.url, 'http://mdm.example.com/hooks')), 'events']);
  assert.equal(plain.code, 2, plain.stderr);
  assert.match(
    plain.stderr,
    /webhooks\[0\]\.url: must be an https:\/\/ URL \(plain http:\/\/ only to a loopback address.*\(got "http:\/\/mdm\.example\.com\/hooks"\)/,
  );

  // a secret others can read: the daemon refuses to start, naming the key and the fix, never the secret
  const path = config(good.yaml, good.path, (y) => y.replace('log_level: warn', 'log_level: debug'));
  chmodSync(join(dir, 'hook.secret'), 0o644);
  const insecure = await cliAsync(['--config', path, 'daemon'], { env: { NOTIFY_SOCKET: '' }, timeout: 30_000 });
  assert.notEqual(insecure.code, 0);
  assert.match(insecure.stderr, /webhooks\[0\]\.secret_file: .*hook\.secret is readable by group or others \(mode 0644\).*chmod 600/);
  writeFileSync(join(dir, 'hook.secret'), 'not-a-whsec-secret-at-all\n', { mode: 0o600 });
  chmodSync(join(dir, 'hook.secret'), 0o600);
  const malformed = await cliAsync(['--config', path, 'daemon'], { env: { NOTIFY_SOCKET: '' }, timeout: 30_000 });
  assert.match(malformed.stderr, /webhooks\[0\]\.secret_file: .*must start with "whsec_"/);
  assert.ok(!malformed.stderr.includes('not-a-whsec-secret-at-all'));

  // a working daemon at debug level: deliveries happen, and neither the secret nor its key appears in any output
  writeFileSync(join(dir, 'hook.secret'), r.secret, { mode: 0o600 });
  const d = daemon(path);
  try {
    await until(() => r.received.length >= 10, 60_000, `deliveries (${d.stderr().slice(-1500)})`);
  } finally {
    d.child.kill('SIGTERM');
    await d.exited;
  }
  const listed = await cliAsync(['--config', path, 'events', '--json']);
  const status = await cliAsync(['--config', path, 'status', '--json']);
  for (const out of [d.stderr(), listed.stdout, listed.stderr, status.stdout]) {
    assert.ok(!out.includes(r.secret.slice(6)), 'secret in output');
  }
  assert.equal(JSON.parse(listed.stdout).length, 10);
  // replay through the CLI: the deliveries are due again, as the human listing shows
  const one = JSON.parse(listed.stdout)[0].id as string;
  const replay = await cliAsync(['--config', path, 'events', 'replay', one]);
  assert.equal(replay.code, 0, replay.stderr);
  assert.match(replay.stdout, /^1 event\(s\), 1 delivery queued again/);
  const all = await cliAsync(['--config', path, 'events', 'replay', '--since', '1h', '--json']);
  assert.deepEqual(JSON.parse(all.stdout), { events: 10, deliveries: 10 });
  const human = await cliAsync(['--config', path, 'events', '--type', 'device.*', '--since', '1h']);
  assert.equal(human.code, 0, human.stderr);
  assert.match(human.stdout, /^TIME\s+TYPE\s+TOKEN\s+SUBJECT\s+ID\s+DELIVERIES$/m);
  assert.equal(human.stdout.match(/device\.added .* mdm:pending\(0\)/g)?.length, 5);
  const missing = await cliAsync(['--config', path, 'events', 'replay', 'evt_nope']);
  assert.equal(missing.code, 1);
  assert.deepEqual(
    JSON.parse(status.stdout).webhooks.map((w: { endpoint: string; pending: number; dead: number }) => [w.endpoint, w.pending, w.dead]),
    [['mdm', 0, 0]],
  );
});
