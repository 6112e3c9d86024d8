import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runDemo } from '../../src/demo/run.ts';
import { tempDir } from '../helpers/tmp.ts';

test('the first-run demo: sync, assignment, enrollments (one refused for an old OS, one not ours), status all good', async () => {
  const dir = join(tempDir(), 'demo');
  const out: string[] = [];
  const r = await runDemo({ dir, devices: 400, seed: 3, out: (s) => out.push(s) });
  assert.equal(r.ok, true);
  assert.deepEqual(
    r.enrollments.map((e) => [e.status, e.code ?? null]),
    [
      [200, null],
      [200, null],
      [403, 'com.apple.softwareupdate.required'],
      [200, null],
      [403, 'adesync.unknown_device'],
    ],
  );
  const text = out.join('\n');
  assert.match(text, /DEMO-ONLY/);
  assert.match(text, /payloads: com\.apple\.security\.root, com\.apple\.security\.acme, com\.apple\.mdm/);
  assert.match(text, /enrollments \(24 h\): os_update_required 1, refused 1, served 3/);
  assert.match(text, /all good/);
  // each figure says what it counts: records received by one run versus devices held
  assert.match(text, /received 400 device records from Apple in \d+ pages/);
  assert.match(text, /a second sync received \d+ change records/);
  assert.match(text, /last sync +sync ok .* \d+ pages? with \d+ device records? from Apple/);
  assert.match(text, /devices +400 held now/);
  assert.equal(statSync(join(dir, 'demo-profile-signer.key')).mode & 0o777, 0o600);
  assert.ok(existsSync(join(dir, 'adesync.db')));
  // running it again over its own folder is fine; over a real install's folder it refuses
  await runDemo({ dir, devices: 50, seed: 3, out: () => {} });
});
