import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db.ts';
import { assignmentStatements } from '../../src/store/assignments.ts';
import { nextAssignment } from '../../src/assign/next.ts';
import { deviceStatements } from '../../src/store/devices.ts';
import type { Verdict } from '../../src/assign/policy.ts';
import { tempDir } from '../helpers/tmp.ts';

// The first load of a token writes rows without reading back: those rows must be exactly what the general path writes.
test('first-load inserts write what nextAssignment and the upsert would, and step aside for a repeated serial', () => {
  const db = openDatabase(join(tempDir(), 'a.db'));
  const dev = deviceStatements(db);
  const asg = assignmentStatements(db);
  const verdicts: Verdict[] = [
    { state: 'pending', profile: 'std', uuid: 'U1', reason: 'empty', rule: 'default' },
    { state: 'pending', profile: 'std', uuid: null, reason: 'empty', rule: 'default' },
    { state: 'assigned', profile: 'std', uuid: 'U1', reason: 'has it', rule: 'default' },
    { state: 'excluded', profile: null, uuid: null, reason: 'excluded by tv', rule: 'tv' },
    { state: 'held', profile: null, uuid: null, reason: 'held by lab', rule: 'lab' },
  ];
  verdicts.forEach((v, i) => {
    const id = dev.insertNew('t', `S${i}`, 'empty', null, '{}', 'now', 1);
    assert.equal(typeof id, 'number');
    asg.insertNew(id!, 't', `S${i}`, v, 'now');
    assert.deepEqual({ ...(asg.get.get(id) as object) }, nextAssignment(undefined, v, id!, 't', `S${i}`, 'now', true));
  });
  // the same serial again within the fetch: no second row, the caller falls back to the upsert
  assert.equal(dev.insertNew('t', 'S0', 'empty', null, '{"again":1}', 'now', 1), undefined);
  assert.equal((db.prepare("SELECT COUNT(*) AS n FROM device_rows WHERE serial_number = 'S0'").get() as { n: number }).n, 1);
  // another token may hold the same serial
  assert.equal(typeof dev.insertNew('u', 'S0', 'empty', null, '{}', 'now', 1), 'number');
  db.close();
});
