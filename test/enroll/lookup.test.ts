import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../src/store/db.ts';
import { createRuntime } from '../../src/daemon/runtime.ts';
import { silentLogger } from '../../src/log.ts';
import { createDeviceLookup, LOOKUP_SQL } from '../../src/enroll/lookup.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';

// A first load once ran without the serial index to store faster; every enrollment during it scanned the table (the load
// proof suite's p99 went from ~250 ms to 5.9 s). The lookup must go through the index at every instant of a sync.
const plan = (db: DB) => (db.prepare(`EXPLAIN QUERY PLAN ${LOOKUP_SQL}`).all('X') as { detail: string }[]).map((r) => r.detail).join(' | ');

test('the enrollment lookup goes through the serial index at every page of a first load, and finds what is stored', async () => {
  const s = await sim({ devices: 1500, seed: 12 });
  const dir = tempDir();
  const { config } = simConfig(s, dir, 'sync:\n  page_limit: 500\n');
  const db = openDatabase(join(dir, 'adesync.db'));
  const rt = createRuntime({ config, db, logger: silentLogger, clientOptions: { sleep: async () => {} } });
  const lookup = createDeviceLookup(db);
  const serials = s.control.devices('sim').map((d) => d.serial_number);
  const plans: string[] = [];
  let found = 0;
  const r = await rt.runCycle('sim', {
    onPage: (p) => {
      plans.push(plan(db));
      found = serials.filter((x) => lookup(x)).length;
      assert.equal(found, p.total, `page ${p.page}: every stored device is found, no other`);
    },
  });
  assert.equal(r.sync.ok, true);
  assert.ok(plans.length >= 3);
  for (const p of plans) assert.match(p, /SEARCH .*USING INDEX/, p);
  assert.doesNotMatch(plans.join(), /SCAN device_rows/);
  assert.equal(found, 1500);
  assert.equal(lookup('NOT-A-SERIAL'), undefined);
});
