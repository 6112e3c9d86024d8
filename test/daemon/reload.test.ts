import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliSpawn, logLines, until } from '../helpers/cli.ts';
import { fetchOnce } from '../helpers/http.ts';

test('SIGHUP with a config that does not schedule ("every 5 minutes"): the daemon keeps running on the old config and says why', async () => {
  const s = await sim({ devices: 20, seed: 4 });
  const dir = tempDir();
  const { path, yaml } = simConfig(s, dir);
  writeFileSync(path, yaml.replace('log_level: warn', 'log_level: info'));
  const child = cliSpawn(['--config', path, 'daemon'], { env: { ADESYNC_CONFIG: '', NOTIFY_SOCKET: '' } });
  const lines = logLines(child.stderr!);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((r) =>
    child.once('exit', (code) => {
      exitCode = code;
      r(code);
    }),
  );
  const logged = (msg: string) => lines.some((l) => l.msg === msg);
  await until(() => logged('adesync daemon ready') || exitCode !== undefined, 60_000, 'ready');
  const admin = (lines.find((l) => l.msg === 'adesync daemon ready') as { admin: string }).admin;
  await until(() => logged('cycle done'), 60_000, 'first cycle');

  for (const bad of [
    'sync:\n  schedule: "every 5 minutes"\n',
    'sync:\n  daily_check: "61 3 * * *"\n',
    'sync:\n  jitter_seconds: 1\nrules:\n  - match: { serials_file: missing-serials.txt }\n    action: hold\n',
  ]) {
    lines.length = 0;
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\nsync:\n[\s\S]*$/, '\n') + bad);
    child.kill('SIGHUP');
    await until(() => logged('config reload refused: keeping the running config') || exitCode !== undefined, 30_000, 'refusal');
    assert.equal(exitCode, undefined, `the daemon exited ${exitCode} on a reload: ${JSON.stringify(lines)}`);
    const refusal = lines.find((l) => l.msg === 'config reload refused: keeping the running config') as { problems: string[] };
    assert.match(refusal.problems.join('\n'), /sync\.(schedule|daily_check): not a cron expression|missing-serials\.txt/);
    assert.equal((await fetchOnce(`${admin}/healthz`)).status, 200, 'still serving');
  }
  // still syncing on the old config
  lines.length = 0;
  assert.equal((await fetchOnce(`${admin}/sync?token=sim`, { method: 'POST', headers: { 'X-Adesync-Request': '1' } })).status, 202);
  await until(() => logged('cycle done'), 30_000, 'a cycle after the refusals');
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
});
