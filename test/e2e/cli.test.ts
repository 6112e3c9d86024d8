import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { cliAsync } from '../helpers/cli.ts';

test('the CLI over a real simulator: sync exit codes, status, devices, device, profile plan', async () => {
  const s = await sim({ devices: 120, seed: 21 });
  const dir = tempDir();
  const { path, yaml } = simConfig(s, dir);
  writeFileSync(path, yaml.replace('max_retries: 3', 'max_retries: 0'));

  // Apple down: exit 4, nothing half-done
  s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'status', status: 503, count: Infinity });
  const down = await cliAsync(['--config', path, 'sync']);
  assert.equal(down.code, 4, down.stderr + down.stdout);
  assert.match(down.stdout, /FAILED/);
  const st = await cliAsync(['--config', path, 'status', '--json']);
  assert.equal(st.code, 3, 'an admin is needed while the last sync failed');
  const report = JSON.parse(st.stdout);
  assert.equal(report.tokens[0].status, 'unavailable');
  assert.equal(report.tokens[0].last_sync.result, 'error');

  s.control.clearFaults();
  const up = await cliAsync(['--config', path, 'sync', '--json']);
  assert.equal(up.code, 0, up.stderr);
  const [r] = JSON.parse(up.stdout);
  assert.equal(r.sync.devices, 120);
  assert.equal(r.assign.results.SUCCESS, 120);

  const ok = await cliAsync(['--config', path, 'status']);
  assert.equal(ok.code, 0, ok.stdout);
  assert.match(ok.stdout, /all good/);
  const list = JSON.parse((await cliAsync(['--config', path, 'devices', '--json', '--family', 'iPad'])).stdout) as {
    device_family: string;
    assignment_state: string;
  }[];
  assert.ok(list.length > 0 && list.every((d) => d.device_family === 'iPad' && d.assignment_state === 'assigned'));
  const serial = s.control.devices('sim')[0].serial_number;
  const one = await cliAsync(['--config', path, 'device', serial]);
  assert.equal(one.code, 0);
  assert.match(one.stdout, new RegExp(`${serial} in token sim`));
  assert.match(one.stdout, /assignment \(sim\): assigned/);
  const missing = await cliAsync(['--config', path, 'device', 'NOPE00000000']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no device with serial NOPE00000000/);
  const plan = JSON.parse((await cliAsync(['--config', path, 'profile', 'plan', '--json'])).stdout);
  assert.deepEqual(plan.summary, [], 'nothing left to assign');
  const bad = await cliAsync(['--config', path + '.missing', 'status']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /cannot read the config file/);
});

test('--version prints the package version and exits 0; --help still lists every command', async () => {
  const { readFileSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  for (const flag of ['--version', '-V']) {
    const v = await cliAsync([flag]);
    assert.equal(v.code, 0, v.stderr);
    assert.equal(v.stdout.trim(), pkg.version);
  }
  const h = await cliAsync(['--help']);
  assert.equal(h.code, 0, h.stderr);
  for (const c of ['daemon', 'sync', 'status', 'devices', 'device', 'profile', 'token', 'doctor', 'migrate', 'enroll', 'events', 'sim', 'demo']) {
    assert.match(h.stdout, new RegExp(`^  ${c}\\b`, 'm'), c);
  }
});
