import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminBaseUrl } from '../../src/cli/adminapi.ts';
import { startDaemon } from '../../src/daemon/daemon.ts';
import { createLogger } from '../../src/log.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliAsync, until } from '../helpers/cli.ts';
import { fetchOnce } from '../helpers/http.ts';

test('the CLI reaches a wildcard-bound admin listener on loopback', () => {
  assert.equal(adminBaseUrl('127.0.0.1:9641'), 'http://127.0.0.1:9641');
  assert.equal(adminBaseUrl('0.0.0.0:9641'), 'http://127.0.0.1:9641');
  assert.equal(adminBaseUrl('[::]:9641'), 'http://[::1]:9641');
  assert.equal(adminBaseUrl('[::1]:1'), 'http://[::1]:1');
  assert.equal(adminBaseUrl('10.1.2.3:9641'), 'http://10.1.2.3:9641');
});

test('with admin.token_file: sync --now and status send the token; without it the daemon answers 401; doctor checks the file mode', {
  timeout: 180_000,
}, async () => {
  const s = await sim({ devices: 12, seed: 4 });
  const dir = tempDir();
  const { path } = simConfig(s, dir);
  const tokenFile = join(dir, 'admin-token');
  const token = 'c0ffee'.repeat(8);
  writeFileSync(tokenFile, token + '\n', { mode: 0o600 });
  const lines: string[] = [];
  writeFileSync(path, readFileSync(path, 'utf8').replace('listen: 127.0.0.1:0', 'listen: 127.0.0.1:0\n  token_file: admin-token\n  min_free_disk_mb: 0'));
  const d = await startDaemon({ configPath: path, noStartupSync: true, logger: createLogger({ level: 'debug', sink: (l) => lines.push(l) }) });
  try {
    const port = new URL(d.adminUrl).port;
    const cfg = path.replace(/\.yaml$/, '.cli.yaml');
    writeFileSync(cfg, readFileSync(path, 'utf8').replace('listen: 127.0.0.1:0', `listen: 127.0.0.1:${port}`));
    assert.equal((await fetchOnce(`${d.adminUrl}/readyz`)).status, 401);
    assert.equal((await fetchOnce(`${d.adminUrl}/sync`, { method: 'POST', headers: { 'X-Adesync-Request': '1' } })).status, 401);

    const now = await cliAsync(['--config', cfg, 'sync', '--now']);
    assert.equal(now.code, 0, now.stderr);
    assert.deepEqual(JSON.parse(now.stdout), { accepted: ['sim'], full: false });
    await until(() => (d.db!.prepare("SELECT COUNT(*) AS n FROM sync_runs WHERE result = 'ok'").get() as { n: number }).n > 0, 60_000, 'the sync it started');

    const st = await cliAsync(['--config', cfg, 'status', '--json']);
    assert.equal(JSON.parse(st.stdout).daemon.state, 'ready', st.stdout + st.stderr);
    const text = await cliAsync(['--config', cfg, 'status']);
    assert.match(text.stdout, /^daemon {5}ready \(http:\/\/127\.0\.0\.1:\d+\)$/m);

    // a wrong token: status says it could not tell (not "ready", not "not running"), sync --now fails with the daemon's answer
    writeFileSync(tokenFile, 'f'.repeat(48) + '\n', { mode: 0o600 });
    const wrong = await cliAsync(['--config', cfg, 'status', '--json']);
    assert.equal(JSON.parse(wrong.stdout).daemon.state, 'unknown');
    assert.match(JSON.parse(wrong.stdout).daemon.detail, /answered 401/);
    const denied = await cliAsync(['--config', cfg, 'sync', '--now']);
    assert.equal(denied.code, 1);
    assert.match(denied.stderr, /daemon answered 401/);
    assert.ok(!lines.join('\n').includes(token) && !lines.join('\n').includes('f'.repeat(48)), 'no token in the daemon log');
    assert.ok(!(now.stdout + now.stderr + st.stdout + st.stderr + denied.stderr).includes(token), 'no token in CLI output');

    const doc = await cliAsync(['--config', cfg, 'doctor', '--no-online', '--json']);
    assert.equal(JSON.parse(doc.stdout).checks.find((c: { check: string }) => c.check === 'secret: admin token')?.status, 'ok');
  } finally {
    await d.stop();
  }
});
