// The first cycle defines the profile at Apple (in the pre-sync step): `sync --json` and the human output both say so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliAsync } from '../helpers/cli.ts';

test('adesync sync reports the profiles its cycle defined, in JSON and in text', async () => {
  const s = await sim({ devices: 30, seed: 51 });
  const { path } = simConfig(s, tempDir());
  const first = await cliAsync(['--config', path, 'sync', '--json']);
  assert.equal(first.code, 0, first.stderr);
  const [r] = JSON.parse(first.stdout);
  assert.deepEqual(r.assign.defined, ['standard']);
  assert.equal(s.control.profiles('sim').length, 1);
  // a changed profile is defined again at the next cycle: the text says so
  const { readFileSync, writeFileSync } = await import('node:fs');
  writeFileSync(path, readFileSync(path, 'utf8').replace('department: IT', 'department: IT services'));
  const second = await cliAsync(['--config', path, 'sync']);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /profile standard defined at Apple/);
  const third = await cliAsync(['--config', path, 'sync']);
  assert.doesNotMatch(third.stdout, /defined/, 'nothing defined when nothing changed');
});
