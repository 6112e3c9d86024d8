import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.ts';
import { sim, simConfig } from '../helpers/sim.ts';
import { ROOT, cliAsync } from '../helpers/cli.ts';
import { progressLine } from '../../src/cli/progress.ts';

test('progressLine: devices of those expected, pages, rate and ETA; unknown total: elapsed time', () => {
  assert.equal(
    progressLine({ token: 'main', phase: 'fetch', pages: 2, devices: 2000, expected: 3000, elapsedMs: 4000 }),
    'main: fetching, 2,000 of ~3,000 devices (66%), 2 pages, 500/s, ETA 0:02',
  );
  assert.equal(
    progressLine({ token: 'main', phase: 'fetch', pages: 1, devices: 1000, expected: null, elapsedMs: 65_000 }),
    'main: fetching, 1,000 devices, 1 page, 15/s, 1:05 elapsed',
  );
  assert.equal(
    progressLine({ token: 'm', phase: 'sync', pages: 3, devices: 12, expected: 3000, elapsedMs: 1000 }),
    'm: syncing, 12 devices, 3 pages, 12/s, 0:01 elapsed',
  );
  assert.match(progressLine({ token: 'm', phase: 'fetch', pages: 9, devices: 4000, expected: 3000, elapsedMs: 1000 }), /4,000 of ~4,000 devices \(100%\)/);
});

/** The real CLI with stderr on a pseudo-terminal (python's pty module), stdout on a pipe. */
function onPty(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const py = `
import os, pty, subprocess, sys, json
m, s = pty.openpty()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=s, stdin=subprocess.DEVNULL, cwd=${JSON.stringify(ROOT)})
os.close(s)
err = b''
while True:
    try:
        d = os.read(m, 65536)
    except OSError:
        break
    if not d:
        break
    err += d
out = p.stdout.read()
code = p.wait()
print(json.dumps({'code': code, 'stdout': out.decode(), 'stderr': err.decode()}))
`;
  const child = spawn('python3', ['-c', py, process.execPath, '--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => {
    out += c;
  });
  child.stderr.on('data', (c) => {
    err += c;
  });
  return new Promise((resolve, reject) =>
    child.once('close', () => {
      try {
        resolve(JSON.parse(out));
      } catch {
        reject(new Error(`pty runner: ${err || out}`));
      }
    }),
  );
}

test('sync on a terminal: one progress line on stderr with devices of the expected total and an ETA, log lines above it; a pipe gets none', async () => {
  const s = await sim({ devices: 3000, seed: 41 });
  const dir = tempDir();
  const { path, yaml } = simConfig(s, dir, 'sync:\n  page_limit: 500\n');
  writeFileSync(path, yaml.replace('log_level: warn', 'log_level: info'));
  s.control.injectFault({ endpoint: 'POST /server/devices', kind: 'delay', ms: 50, count: Infinity });

  const first = await onPty(['--config', path, 'sync']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /sim: fetching, 3,000 devices, 6 pages, [\d,]+\/s/, 'no total known before the first fetch');
  // every log line starts on a cleared line: never glued to the end of a progress line
  const logs = [...first.stderr.matchAll(/\{"time"/g)];
  assert.ok(logs.length > 0, `info logs were printed: ${first.stderr}`);
  for (const m of logs)
    assert.equal(
      first.stderr.slice(m.index! - 5, m.index),
      '\r\x1b[2K',
      `a log line inside the progress line: ${JSON.stringify(first.stderr.slice(m.index! - 80, m.index! + 20))}`,
    );
  assert.doesNotMatch(first.stdout, /\r|fetching/, 'stdout carries the result only');
  assert.match(first.stdout, /^sim: ok/m);

  const full = await onPty(['--config', path, 'sync', '--full']);
  assert.equal(full.code, 0, full.stderr);
  assert.match(full.stderr, /sim: fetching, 500 of ~3,000 devices \(16%\), 1 page, [\d,]+\/s, ETA \d+:\d\d/);
  assert.match(full.stderr, /sim: fetching, 3,000 of ~3,000 devices \(100%\), 6 pages/);

  const piped = await cliAsync(['--config', path, 'sync', '--full']);
  assert.equal(piped.code, 0, piped.stderr);
  assert.doesNotMatch(piped.stderr, /\r|fetching/, 'not a terminal: no progress');
});
