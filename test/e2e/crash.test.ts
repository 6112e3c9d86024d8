import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliAsync, cliSpawn, until } from '../helpers/cli.ts';

/**
 * A sync killed with SIGKILL at any page, then run again, ends with exactly the simulator's device set, a cursor that
 * never got ahead of stored data, and no lost assignment work.
 */
test("SIGKILL mid-sync, restart: exactly Apple's devices, every one assigned, integrity ok", async () => {
  const s = await sim({ devices: 6000, seed: 5 });
  const dir = tempDir();
  const { path } = simConfig(s, dir, `sync:\n  page_limit: 100\n`);
  const dbPath = join(dir, 'adesync.db');
  // a slow Apple so the kill lands mid-fetch
  s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'delay', ms: 30, count: Infinity });
  const pagesNow = () => {
    try {
      const db = new Database(dbPath, { readonly: true, fileMustExist: true });
      try {
        return (db.prepare('SELECT COALESCE(SUM(pages),0) AS p FROM sync_runs').get() as { p: number }).p;
      } finally {
        db.close();
      }
    } catch {
      return 0;
    }
  };
  // pages commit in groups (at most 250 ms apart), so each kill lands a few pages past its mark, mid-fetch
  for (const after of [7, 15, 15]) {
    const child = cliSpawn(['--config', path, 'sync']);
    const exited = new Promise((r) => child.once('exit', r));
    const start = pagesNow();
    await until(() => pagesNow() >= start + after, 60_000, `page ${start + after}`);
    child.kill('SIGKILL');
    await exited;
    const db = new Database(dbPath);
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    // the cursor is never ahead of stored data: every device of every committed page is there
    const c = db.prepare("SELECT cursor, phase FROM cursors WHERE token='sim'").get() as { cursor: string | null; phase: string } | undefined;
    const stored = (db.prepare("SELECT COUNT(*) AS n FROM devices WHERE token='sim'").get() as { n: number }).n;
    const pages = (db.prepare("SELECT COALESCE(SUM(pages),0) AS p FROM sync_runs WHERE kind='fetch'").get() as { p: number }).p;
    if (c?.cursor && c.phase === 'fetch') assert.ok(stored >= Math.min(6000, 100 * Math.min(pages, 60)) - 100, `stored ${stored} after ${pages} pages`);
    db.close();
  }
  s.control.clearFaults();
  s.control.addDevices('sim', 40);
  s.control.removeDevice('sim', s.control.devices('sim')[10].serial_number);
  const done = await cliAsync(['--config', path, 'sync', '--json'], { timeout: 120_000 });
  assert.equal(done.code, 0, done.stderr + done.stdout);
  const db = new Database(dbPath, { readonly: true });
  const mine = new Set(
    (db.prepare("SELECT serial_number FROM devices WHERE token='sim' AND deleted_at IS NULL").all() as { serial_number: string }[]).map((r) => r.serial_number),
  );
  const apple = s.control.devices('sim');
  assert.deepEqual(mine, new Set(apple.map((d) => d.serial_number)));
  const uuid = (db.prepare('SELECT profile_uuid FROM profiles WHERE superseded_at IS NULL').get() as { profile_uuid: string }).profile_uuid;
  const unassigned = apple.filter((d) => d.profile_uuid !== uuid);
  assert.equal(unassigned.length, 0, `${unassigned.length} devices lack the profile`);
  const waiting = (db.prepare("SELECT COUNT(*) AS n FROM assignments WHERE state NOT IN ('assigned','gone')").get() as { n: number }).n;
  assert.equal(waiting, 0);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  db.close();
});
