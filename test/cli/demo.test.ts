import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.ts';
import { cliAsync } from '../helpers/cli.ts';
import { prepareDemoDir } from '../../src/demo/run.ts';

test('demo --dir refuses a non-empty folder it did not make, and deletes nothing in it', async () => {
  const dir = join(tempDir(), 'mine');
  mkdirSync(dir);
  writeFileSync(join(dir, 'thesis.tex'), 'precious\n');
  const r = await cliAsync(['demo', '--dir', dir, '--devices', '20']);
  assert.equal(r.code, 2, r.stderr + r.stdout);
  assert.match(
    r.stderr,
    /is not empty and was not made by "adesync demo" \(thesis\.tex\): choose a new or empty --dir; the demo deletes nothing it did not make/,
  );
  assert.equal(readFileSync(join(dir, 'thesis.tex'), 'utf8'), 'precious\n');
  const bad = await cliAsync(['demo', '--dir', join(tempDir(), 'n'), '--devices', 'many']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--devices many: expected a whole number/);
});

test("an earlier demo's folder is replaced; one that also holds a file of the admin's is refused", () => {
  const dir = join(tempDir(), 'demo');
  assert.equal(prepareDemoDir(dir), 'created');
  mkdirSync(dir, { recursive: true });
  for (const f of ['.adesync-demo', 'config.yaml', 'demo-root.pem', 'demo-tls.key', 'adesync.db', 'adesync.db-wal']) writeFileSync(join(dir, f), 'x');
  mkdirSync(join(dir, 'tokens'));
  writeFileSync(join(dir, 'tokens', 'sim.json'), '{}');
  assert.equal(prepareDemoDir(dir), 'replaced');
  assert.ok(!existsSync(join(dir, 'config.yaml')) && !existsSync(join(dir, 'tokens')));
  writeFileSync(join(dir, '.adesync-demo'), 'x');
  writeFileSync(join(dir, 'notes.txt'), 'mine');
  assert.throws(() => prepareDemoDir(dir), /also holds notes\.txt, which the demo did not make/);
  assert.ok(existsSync(join(dir, 'notes.txt')) && existsSync(join(dir, '.adesync-demo')));
});
