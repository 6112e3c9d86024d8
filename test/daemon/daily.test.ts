import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDaemon } from '../../src/daemon/daemon.ts';
import { createLogger } from '../../src/log.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { fetchOnce } from '../helpers/http.ts';

const DAY = 86_400_000;

test('daily check: profiles verified at Apple, /account refreshed, token expiry logged once per threshold (30, 14, 7, 1 days)', async () => {
  const expiry = new Date(Date.now() + 9.5 * DAY).toISOString().replace(/\.\d+Z$/, 'Z');
  const token = {
    consumer_key: 'CK_' + 'a'.repeat(32),
    consumer_secret: 'CS_' + 'b'.repeat(40),
    access_token: 'AT_O1O' + 'c'.repeat(40) + 'O1700000000000',
    access_secret: 'AS_' + 'd'.repeat(40),
    access_token_expiry: expiry,
  };
  const s = await sim({ servers: [{ name: 'sim', devices: 30, token }], seed: 4 });
  const dir = tempDir();
  const { path } = simConfig(s, dir);
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'info', sink: (l) => lines.push(JSON.parse(l)) });
  const d = await startDaemon({ configPath: path, logger, noStartupSync: true });
  try {
    const expiring = () => lines.filter((l) => typeof l.msg === 'string' && (l.msg as string).startsWith('server token expires in'));
    assert.equal(expiring().length, 1, 'logged at start');
    assert.equal(expiring()[0].days_left, 9);
    assert.equal(expiring()[0].level, 'warn');
    await d.runtime.runCycle('sim');
    await d.dailyCheck();
    assert.equal(expiring().length, 1, 'the same threshold is not logged again');
    const p = d.db!.prepare("SELECT verified_at FROM profiles WHERE token = 'sim' AND superseded_at IS NULL").get() as { verified_at: string | null };
    assert.ok(p.verified_at, 'profile checked with GET /profile');
    assert.ok((s.control.requestCounts()['GET /profile'] ?? 0) >= 1);
    const t = d.db!.prepare("SELECT server_name, account_checked_at FROM tokens WHERE name = 'sim'").get() as {
      server_name: string;
      account_checked_at: string;
    };
    assert.equal(t.server_name, 'sim');
    assert.ok(t.account_checked_at);
    // the expiry gauge counts down in /metrics
    const metrics = await (await fetchOnce(`${d.adminUrl}/metrics`)).text();
    const m = metrics.match(/^adesync_token_expiry_seconds\{token="sim"\} (\S+)$/m);
    assert.ok(m && Number(m[1]) > 8 * 86400 && Number(m[1]) < 10 * 86400, `expiry gauge: ${m?.[0]}`);
    assert.match(metrics, /^adesync_token_status\{token="sim",status="expiring"\} 1$/m);
    assert.ok(!lines.some((l) => JSON.stringify(l).includes(token.access_secret) || JSON.stringify(l).includes(token.consumer_secret)), 'no secret in logs');
  } finally {
    await d.stop();
  }
});
