import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedupe } from '../../src/sync/engine.ts';

test('duplicates in a page resolve by serial, the latest op_date wins, later records win ties', () => {
  const out = dedupe([
    { serial_number: 'A', op_type: 'added', op_date: '2026-01-01T00:00:00Z' },
    { serial_number: 'B', op_type: 'modified', op_date: '2026-01-03T00:00:00Z', color: 'old' },
    { serial_number: 'A', op_type: 'deleted', op_date: '2026-01-02T00:00:00Z' },
    { serial_number: 'B', op_type: 'modified', op_date: '2026-01-01T00:00:00Z', color: 'older' },
    { serial_number: 'C', op_type: 'modified', op_date: '2026-01-01T00:00:00Z', color: 'first' },
    { serial_number: 'C', op_type: 'modified', op_date: '2026-01-01T00:00:00Z', color: 'second' },
    { serial_number: '' } as never,
  ]);
  const by = Object.fromEntries(out.map((d) => [d.serial_number, d]));
  assert.equal(out.length, 3);
  assert.equal(by.A.op_type, 'deleted');
  assert.equal(by.B.color, 'old');
  assert.equal(by.C.color, 'second');
});
