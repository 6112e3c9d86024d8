// `adesync status` tells what it knows and no more: the real binary against real databases and the simulator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliAsync } from '../helpers/cli.ts';

test('a never-synced token: status unknown (null), terms unknown, no next sync without a daemon; an expired one says expired', async () => {
  const s = await sim({ devices: 10, seed: 41 });
  const dir = tempDir();
  const { path } = simConfig(s, dir);
  assert.equal((await cliAsync(['--config', path, 'migrate'])).code, 0);
  const st0 = await cliAsync(['--config', path, 'status', '--json']);
  const t0 = JSON.parse(st0.stdout).tokens[0];
  assert.equal(t0.status, 'missing', 'no row yet: the token was never read by a sync');

  // the token's row is written when a sync reads its file; Apple refuses at once (503), so Apple never answered
  s.control.injectFault({ endpoint: 'GET /account', kind: 'status', status: 503, count: Infinity });
  writeFileSync(path, (await import('node:fs')).readFileSync(path, 'utf8').replace('max_retries: 3', 'max_retries: 0'));
  await cliAsync(['--config', path, 'sync']);
  s.control.clearFaults();
  const st = await cliAsync(['--config', path, 'status', '--json']);
  const t = JSON.parse(st.stdout).tokens[0];
  assert.equal(t.status, 'unavailable');
  assert.equal(t.terms_signed, null, 'Apple never answered: terms unknown');
  assert.equal(t.next_sync_at, null, 'no daemon runs: no next sync');
  const text = (await cliAsync(['--config', path, 'status'])).stdout;
  assert.match(text, /next sync - \(no daemon running\)/);
  assert.doesNotMatch(text, /TERMS NOT ACCEPTED/);

  // an expired token: its status reads expired whatever Apple said last, and it is a problem (exit 3)
  const file = join(dir, 'tokens', 'sim.json');
  const tok = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...tok, access_token_expiry: '2025-01-15T00:00:00Z' }), { mode: 0o600 });
  await cliAsync(['--config', path, 'sync']); // reads the file (records the expiry), refused locally before Apple
  const ex = await cliAsync(['--config', path, 'status', '--json']);
  assert.equal(ex.code, 3);
  const e = JSON.parse(ex.stdout).tokens[0];
  assert.equal(e.status, 'expired');
  assert.ok(e.days_left < 0);
  const exText = (await cliAsync(['--config', path, 'status'])).stdout;
  assert.match(exText, /token {6}expired, expired on 2025-01-15/);
  assert.doesNotMatch(exText, /\(-\d+ days\)/);
});

test('a token that was never asked about: "unknown" in text, null in JSON', async () => {
  const s = await sim({ devices: 10, seed: 42 });
  const dir = tempDir();
  const { path } = simConfig(s, dir);
  assert.equal((await cliAsync(['--config', path, 'sync'])).code, 0);
  // a token row whose status Apple never set (as `token import` leaves it)
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(join(dir, 'adesync.db'));
  db.prepare(`UPDATE tokens SET status = 'unknown', account_checked_at = NULL`).run();
  db.close();
  const t = JSON.parse((await cliAsync(['--config', path, 'status', '--json'])).stdout).tokens[0];
  assert.equal(t.status, null);
  assert.equal(t.terms_signed, null);
  assert.match((await cliAsync(['--config', path, 'status'])).stdout, /token {6}unknown \(Apple not asked yet\)/);
});

test('a world-readable token file: sync warns and carries on, status lists it as a problem (exit 3), doctor says ERROR (exit 3)', async () => {
  const s = await sim({ devices: 10, seed: 43 });
  const dir = tempDir();
  const { path } = simConfig(s, dir);
  const file = join(dir, 'tokens', 'sim.json');
  chmodSync(file, 0o644);
  const sync = await cliAsync(['--config', path, 'sync']);
  assert.equal(sync.code, 0, sync.stderr);
  assert.match(sync.stderr, /readable by group or others \(mode 0644\).*chmod 600/);
  const st = await cliAsync(['--config', path, 'status']);
  assert.equal(st.code, 3, st.stdout);
  assert.match(st.stdout, /! .*sim\.json is readable by group or others \(mode 0644\): it holds secrets; run chmod 600/);
  const doc = await cliAsync(['--config', path, 'doctor', '--no-online']);
  assert.equal(doc.code, 3, doc.stdout + doc.stderr);
  assert.match(doc.stdout, /ERROR/);
  assert.match(doc.stdout, /sim\.json is readable by group or others/);
  chmodSync(file, 0o600);
  assert.equal((await cliAsync(['--config', path, 'status'])).code, 0);
});
