import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configSchema } from '../../src/config/schema.ts';
import { startPruning } from '../../src/daemon/prune.ts';
import { createLogger } from '../../src/log.ts';
import { openDatabase } from '../../src/store/db.ts';
import { sqliteStore } from '../../src/store/index.ts';
import { until } from '../helpers/cli.ts';

const DAY = 86_400_000;

test('the daemon prunes on its schedule with the configured retention (defaults without an enrollment section), and logs what went', async () => {
  const db = openDatabase(':memory:');
  const add = db.prepare("INSERT INTO enrollments (at, serial_number, decision) VALUES (?, 'S', 'served')");
  for (const d of [1, 29, 31, 399, 401]) add.run(new Date(Date.now() - d * DAY).toISOString());
  const count = () => (db.prepare('SELECT COUNT(*) AS n FROM enrollments').get() as { n: number }).n;
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'info', sink: (l) => lines.push(JSON.parse(l)) });
  const minimal = {
    profile: {
      payload_identifier: 'com.example.e',
      identity: { type: 'pkcs12', file: 'x.p12' },
      mdm: { server_url: 'https://mdm.example.com/mdm', topic: 'com.apple.mgmt.External.x' },
    },
    signing: { cert_file: 'c', key_file: 'k' },
  };
  let config = configSchema.parse({});
  const p = startPruning({ store: sqliteStore(db), logger, config: () => config, firstAfterMs: 10, everyMs: 50 });
  await until(() => count() === 4, 10_000, 'the first run (defaults: 400 days)');
  config = configSchema.parse({ enrollment: { ...minimal, retention_days: 30 } });
  await until(() => count() === 2, 10_000, 'a scheduled run with retention_days: 30');
  await p.stop();
  assert.deepEqual(
    lines.filter((l) => l.msg === 'enrollment history pruned').map((l) => l.records),
    [1, 2],
  );
  db.close();
});
