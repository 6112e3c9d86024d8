// Webhooks on PostgreSQL, end to end: two daemon processes on one database, both sending. Every device's added and
// assigned events reach one real receiver exactly once (counted by event id, per 2xx answer) whichever node leads;
// `adesync status` lists the endpoint; `adesync events replay` on PostgreSQL queues them again and they arrive again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { openPool } from '../../src/store/pg/connect.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliAsync, cliSpawn, logLines, until } from '../helpers/cli.ts';
import { freshDatabase, pgServer } from '../helpers/pg.ts';
import { startReceiver } from '../events/receiver.ts';

const server = pgServer();

test('two daemons on PostgreSQL deliver each device and profile event exactly once; status and events replay work there', { timeout: 300_000 }, async () => {
  await server;
  const url = await freshDatabase();
  const pool = openPool({ url });
  const s = await sim({ servers: [{ name: 'sim', devices: 400 }], seed: 7 });
  const r = await startReceiver();
  const delivered = new Map<string, number>();
  r.answer = (x) => {
    delivered.set(x.id, (delivered.get(x.id) ?? 0) + 1);
    return 204;
  };
  const paths = [0, 1].map(() => {
    const dir = tempDir();
    writeFileSync(join(dir, 'hook.secret'), r.secret + '\n', { mode: 0o600 });
    const hooks = `webhooks:\n  - name: mdm\n    url: ${r.url}\n    secret_file: hook.secret\n    types: [device.*, profile.*]\n    retry_seconds: 0.2\n`;
    const c = simConfig(s, dir, `database: ${url}\nsync:\n  page_limit: 100\n  lease_seconds: 6\n  lease_renew_seconds: 2\n${hooks}`);
    writeFileSync(c.path, c.yaml.replace('log_level: warn', 'log_level: info'));
    return c.path;
  });
  const procs: ChildProcess[] = [];
  try {
    for (const path of paths) {
      const proc = cliSpawn(['daemon', '--config', path]);
      proc.stdout!.resume();
      const lines = logLines(proc.stderr!);
      procs.push(proc);
      await until(() => lines.some((l) => l.msg === 'adesync daemon ready') || proc.exitCode !== null, 60_000, 'the daemon ready');
      assert.equal(proc.exitCode, null, lines.map((l) => JSON.stringify(l)).join('\n'));
    }
    const byType = async () =>
      Object.fromEntries(
        (await pool.query<{ type: string; n: number }>(`SELECT type, COUNT(*)::int AS n FROM outbox GROUP BY type`)).map((x) => [x.type, x.n]),
      );
    const done = async () => (await pool.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM webhook_deliveries WHERE state <> 'delivered'`))[0].n === 0;
    await until(async () => (await byType())['profile.assigned'] === 400 && (await done()), 180_000, 'every device added and assigned, all delivered');
    const types = await byType();
    assert.equal(types['device.added'], 400, JSON.stringify(types));
    assert.equal(delivered.size, 800, 'each added and assigned event delivered');
    assert.deepEqual(
      [...delivered.values()].filter((n) => n !== 1),
      [],
      'no event answered twice',
    );

    const status = await cliAsync(['--config', paths[0], 'status', '--json']);
    assert.equal(status.code, 0, status.stderr);
    const hooks = (JSON.parse(status.stdout) as { webhooks: { endpoint: string; pending: number; dead: number }[] }).webhooks;
    assert.deepEqual(
      hooks.map((h) => [h.endpoint, h.pending, h.dead]),
      [['mdm', 0, 0]],
    );

    const replay = await cliAsync(['--config', paths[1], 'events', 'replay', '--since', '1h', '--json']);
    assert.equal(replay.code, 0, replay.stderr);
    assert.equal((JSON.parse(replay.stdout) as { deliveries: number }).deliveries, 800);
    await until(async () => [...delivered.values()].every((n) => n === 2) && (await done()), 120_000, 'every replayed event delivered again');
  } finally {
    await Promise.all(
      procs.map(
        (p) =>
          new Promise<void>((res) => {
            if (p.exitCode !== null || p.signalCode !== null) return res();
            p.once('exit', () => res());
            p.kill('SIGTERM');
          }),
      ),
    );
    await pool.end();
  }
});
