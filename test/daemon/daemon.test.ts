import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliSpawn, logLines, until } from '../helpers/cli.ts';
import { startListener, nextPayload } from '../helpers/notify.ts';
import { fetchOnce } from '../helpers/http.ts';

/** The daemon as systemd runs it: a child process with NOTIFY_SOCKET, logs on stderr. */
async function daemon(configPath: string, notifySocket: string) {
  const child = cliSpawn(['--config', configPath, 'daemon'], { env: { NOTIFY_SOCKET: notifySocket, ADESYNC_CONFIG: '' } });
  const lines = logLines(child.stderr!);
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, lines, exited, logged: (msg: string) => lines.some((l) => l.msg === msg) };
}

test('READY=1 only once the listeners answer; SIGHUP good and bad config; SIGTERM exits 0', async () => {
  const s = await sim({ devices: 200, seed: 2 });
  const dir = tempDir();
  const { path, yaml } = simConfig(s, dir);
  writeFileSync(path, yaml.replace('log_level: warn', 'log_level: info'));
  const n = await startListener();
  const d = await daemon(path, n.socket);
  const ready = await nextPayload(n.next);
  assert.match(ready.msg, /READY=1/);
  // at READY the admin listener is bound and answers ready
  await until(() => d.logged('adesync daemon ready'), 90_000, 'ready log line');
  const readyLine = d.lines.find((l) => l.msg === 'adesync daemon ready') as { admin: string };
  const r = await fetchOnce(`${readyLine.admin}/readyz`);
  assert.equal(r.status, 200);
  // the startup cycle syncs and assigns
  await until(() => d.logged('cycle done'), 90_000, 'first cycle');
  const db = new Database(join(dir, 'adesync.db'), { readonly: true });
  assert.equal((db.prepare("SELECT COUNT(*) n FROM devices WHERE token='sim'").get() as { n: number }).n, 200);
  db.close();
  // /metrics counts the stored devices and assignments (on the daemon's background thread)
  const metrics = await (await fetchOnce(`${readyLine.admin}/metrics`)).text();
  assert.match(metrics, /^adesync_devices\{token="sim",profile_status="assigned"\} 200$/m);
  assert.match(metrics, /^adesync_assignments\{token="sim",state="assigned"\} 200$/m);

  // a good config: reloaded (RELOADING=1 … READY=1)
  writeFileSync(path, readFileSync(path, 'utf8').replace('department: IT', 'department: Field IT'));
  d.child.kill('SIGHUP');
  await until(() => d.logged('config reloaded'), 90_000, 'reload');
  assert.match((await nextPayload(n.next)).msg, /RELOADING=1/);
  assert.match((await nextPayload(n.next)).msg, /READY=1/);
  // a bad config: refused with its errors, the old one keeps running
  writeFileSync(path, readFileSync(path, 'utf8').replace('url: https://enroll.example.com/enroll', 'url: http://enroll.example.com/enroll'));
  d.child.kill('SIGHUP');
  await until(() => d.logged('config reload refused: keeping the running config'), 90_000, 'refusal');
  const refusal = d.lines.find((l) => l.msg === 'config reload refused: keeping the running config') as { problems: string[] };
  assert.match(refusal.problems.join('\n'), /profiles\.standard\.url: must be an https:\/\/ URL/);
  assert.equal((await fetchOnce(`${readyLine.admin}/healthz`)).status, 200);
  // sync now through the admin listener, with the reloaded (good) config: the new definition reaches Apple
  const now = await fetchOnce(`${readyLine.admin}/sync?token=sim`, { method: 'POST', headers: { 'X-Adesync-Request': '1' } });
  assert.equal(now.status, 202);
  await until(() => s.control.profiles('sim').some((p) => p.department === 'Field IT'), 90_000, 'redefinition after reload');

  d.child.kill('SIGTERM');
  assert.equal(await d.exited, 0);
  assert.ok(d.logged('stopped'));
});

test("SIGTERM mid-sync: the page in flight commits, exit 0, and a restart completes with exactly Apple's devices", async () => {
  const s = await sim({ devices: 8000, seed: 9 });
  const dir = tempDir();
  const { path, yaml } = simConfig(s, dir, 'sync:\n  page_limit: 100\n');
  writeFileSync(path, yaml.replace('log_level: warn', 'log_level: info'));
  s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'delay', ms: 20, count: Infinity });
  const n = await startListener();
  const d = await daemon(path, n.socket);
  const dbPath = join(dir, 'adesync.db');
  const stored = () => {
    try {
      const db = new Database(dbPath, { readonly: true, fileMustExist: true });
      try {
        return (db.prepare('SELECT COUNT(*) n FROM device_rows').get() as { n: number }).n;
      } finally {
        db.close();
      }
    } catch {
      return 0;
    }
  };
  await until(() => stored() >= 1000, 60_000, 'some pages stored');
  d.child.kill('SIGTERM');
  const t = Date.now();
  assert.equal(await d.exited, 0);
  assert.ok(Date.now() - t < 25_000, 'drained within the bound');
  const db = new Database(dbPath);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  const run = db.prepare('SELECT result FROM sync_runs ORDER BY id DESC LIMIT 1').get() as { result: string };
  assert.equal(run.result, 'interrupted');
  const partial = (db.prepare('SELECT COUNT(*) n FROM device_rows').get() as { n: number }).n;
  assert.ok(partial > 0 && partial < 8000 && partial % 100 === 0, `whole pages only: ${partial}`);
  db.close();

  s.control.clearFaults();
  const d2 = await daemon(path, n.socket);
  await until(() => d2.logged('cycle done'), 60_000, 'completion').catch((e) => {
    console.log(d2.lines.slice(-20));
    throw e;
  });
  d2.child.kill('SIGTERM');
  assert.equal(await d2.exited, 0);
  const db2 = new Database(dbPath, { readonly: true });
  const mine = new Set(
    (db2.prepare('SELECT serial_number FROM devices WHERE deleted_at IS NULL').all() as { serial_number: string }[]).map((r) => r.serial_number),
  );
  db2.close();
  assert.deepEqual(mine, new Set(s.control.devices('sim').map((x) => x.serial_number)));
});
