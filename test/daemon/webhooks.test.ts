// The daemon's webhooks wiring (src/daemon/webhooks.ts) on both engines: an endpoint added by a reload (SIGHUP) gets
// the events written after it, one removed stops getting them, and token.expiring is written once per threshold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/load.ts';
import { openDatabase } from '../../src/store/db.ts';
import { openPool } from '../../src/store/pg/connect.ts';
import { migratePostgres } from '../../src/store/pg/migrate.ts';
import { startWebhooks, type Webhooks } from '../../src/daemon/webhooks.ts';
import { createSqliteEnrollmentStore, type EnrollmentStore } from '../../src/store/enrollments.ts';
import { createPgEnrollmentStore } from '../../src/store/pg/enrollments.ts';
import { silentLogger } from '../../src/log.ts';
import { tempDir } from '../helpers/tmp.ts';
import { until } from '../helpers/cli.ts';
import { freshDatabase } from '../helpers/pg.ts';
import { byId, startReceiver, type Receiver } from '../events/receiver.ts';

function config(dir: string, hooks: [string, Receiver][]) {
  const yaml = hooks
    .map(([name, r]) => {
      writeFileSync(join(dir, `${name}.secret`), r.secret + '\n', { mode: 0o600 });
      return `  - name: ${name}\n    url: ${r.url}\n    secret_file: ${name}.secret\n    retry_seconds: 0.2\n`;
    })
    .join('');
  return parseConfig(`database: x.db\nwebhooks:\n${yaml}`, join(dir, 'adesync.yaml'), dir);
}

const served = (serial: string) => ({
  records: [{ at: new Date().toISOString(), token: 'main', serial_number: serial, decision: 'served' as const }],
  refusals: [],
  limited: [],
  fixed: [],
});

for (const engine of ['sqlite', 'postgresql'] as const) {
  test(`${engine}: an endpoint added by a reload gets the events written after it; a removed one no more`, { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const [a, b] = [await startReceiver(), await startReceiver()];
    const first = config(dir, [['a', a]]);
    let hooks: Webhooks;
    let enrollments: EnrollmentStore;
    let close: () => Promise<void>;
    if (engine === 'sqlite') {
      const db = openDatabase(join(dir, 'adesync.db'));
      hooks = await startWebhooks({ config: first, path: 'adesync.yaml', db, logger: silentLogger });
      enrollments = createSqliteEnrollmentStore(db, hooks.outbox);
      close = async () => void db.close();
    } else {
      const pool = openPool({ url: await freshDatabase() });
      await migratePostgres(pool);
      hooks = await startWebhooks({ config: first, path: 'adesync.yaml', pool, logger: silentLogger });
      enrollments = createPgEnrollmentStore(pool, hooks.events);
      close = () => pool.end();
    }
    try {
      await enrollments.write(served('ONE'));
      await until(() => byId(a.received).size === 1, 30_000, 'a has the first event');
      assert.ok(
        hooks.reload(
          config(dir, [
            ['a', a],
            ['b', b],
          ]),
          'adesync.yaml',
        ),
      );
      let twos = 0;
      await until(
        async () => {
          twos++;
          await enrollments.write(served('TWO'));
          return b.received.some((x) => x.event.subject === 'TWO');
        },
        30_000,
        'b, added by the reload, gets events written after it',
      );
      assert.ok(!b.received.some((x) => x.event.subject === 'ONE'), 'nothing from before it was configured');
      // a has every event written so far (none left in flight) before it is removed
      await until(() => byId(a.received).size === 1 + twos, 30_000, 'a has every TWO');
      assert.ok(hooks.reload(config(dir, [['b', b]]), 'adesync.yaml'));
      const before = a.received.length;
      await enrollments.write(served('THREE'));
      await until(() => b.received.some((x) => x.event.subject === 'THREE'), 30_000, 'b gets THREE');
      assert.equal(a.received.length, before, 'a, removed, gets nothing more');
      // token.expiring: once per threshold, however often the gauges ask
      const expiry = new Date(Date.now() + 5 * 86_400_000).toISOString();
      for (let i = 0; i < 3; i++) await hooks.tokenExpiry('main', expiry);
      await until(() => b.received.some((x) => x.event.type === 'com.adesync.token.expiring'), 30_000, 'b gets token.expiring');
      assert.equal(byId(b.received.filter((x) => x.event.type === 'com.adesync.token.expiring')).size, 1);
    } finally {
      await hooks.stop();
      await close();
    }
  });
}
