import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDaemon } from '../../src/daemon/daemon.ts';
import { silentLogger } from '../../src/log.ts';
import { openDatabase } from '../../src/store/db.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';

const value = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

test('the daemon wires the alerting gauges: ready while running, cursor age from the database, last success survives a restart', async () => {
  const s = await sim({ devices: 20, seed: 8 });
  const dir = tempDir();
  const { path } = simConfig(s, dir);
  let d = await startDaemon({ configPath: path, logger: silentLogger, noStartupSync: true });
  let text = await d.metrics.render();
  assert.equal(value(text, 'adesync_ready'), 1);
  assert.equal(value(text, 'adesync_sync_last_success_timestamp_seconds{token="sim"}'), undefined, 'never synced: no series');
  assert.equal(value(text, 'adesync_sync_cursor_age_seconds{token="sim"}'), undefined, 'no cursor yet');
  const r = await d.runtime.runCycle('sim');
  assert.ok(r.sync.ok);
  text = await d.metrics.render();
  const age = value(text, 'adesync_sync_cursor_age_seconds{token="sim"}');
  assert.ok(age !== undefined && age >= 0 && age < 120, `cursor age ${age}`);
  await d.stop();
  assert.equal(value(await d.metrics.render(), 'adesync_ready'), 0, 'not ready once stopping');

  // an old cursor and an old last success, as after a long outage; a fresh process reports both
  const db = openDatabase(`${dir}/adesync.db`);
  const sixAndAHalfDays = new Date(Date.now() - 6.5 * 86_400_000).toISOString();
  db.prepare('UPDATE cursors SET issued_at = ? WHERE token = ?').run(sixAndAHalfDays, 'sim');
  const lastOk = '2026-01-02T03:04:05.000Z';
  db.prepare(`UPDATE sync_runs SET finished_at = ? WHERE token = 'sim' AND result = 'ok'`).run(lastOk);
  db.close();
  d = await startDaemon({ configPath: path, logger: silentLogger, noStartupSync: true });
  try {
    text = await d.metrics.render();
    assert.equal(value(text, 'adesync_sync_last_success_timestamp_seconds{token="sim"}'), Date.parse(lastOk) / 1000);
    const old = value(text, 'adesync_sync_cursor_age_seconds{token="sim"}')!;
    assert.ok(Math.abs(old - 6.5 * 86400) < 120, `cursor age ${old}`);
  } finally {
    await d.stop();
  }
});
