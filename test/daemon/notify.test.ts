import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createNotifier, watchdogIntervalMs } from '../../src/daemon/notify.ts';
import { startListener, nextPayload } from '../helpers/notify.ts';

const parse = (msg: string) =>
  Object.fromEntries(
    msg
      .trim()
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

test('no NOTIFY_SOCKET: every call is a no-op', async () => {
  const n = createNotifier({ env: {}, command: '/nonexistent/systemd-notify' });
  assert.equal(n.enabled, false);
  assert.equal(await n.ready('up'), false);
  assert.equal(await n.stopping(), false);
  assert.equal(n.startWatchdog(), null);
});

test('ready, status, reloading and stopping reach a real AF_UNIX datagram socket through systemd-notify', async () => {
  const l = await startListener();
  const n = createNotifier({ env: { ...process.env, NOTIFY_SOCKET: l.socket } });
  assert.equal(n.enabled, true);

  assert.equal(await n.ready('serving 2 tokens\nsecond line'), true);
  const ready = parse((await nextPayload(l.next)).msg);
  assert.equal(ready.READY, '1');
  assert.equal(ready.STATUS, 'serving 2 tokens second line');

  assert.equal(await n.status('syncing main'), true);
  assert.deepEqual(parse((await nextPayload(l.next)).msg), { STATUS: 'syncing main' });

  const before = process.hrtime.bigint() / 1000n;
  assert.equal(await n.reloading(), true);
  const rel = parse((await nextPayload(l.next)).msg);
  assert.equal(rel.RELOADING, '1');
  const mono = BigInt(rel.MONOTONIC_USEC);
  assert.ok(mono >= before && mono <= process.hrtime.bigint() / 1000n, `MONOTONIC_USEC ${mono} not on our monotonic clock`);

  assert.equal(await n.stopping('draining'), true);
  assert.deepEqual(parse((await nextPayload(l.next)).msg), { STOPPING: '1', STATUS: 'draining' });
});

test('a separate node process calling notifyReady() is heard (the daemon path)', async () => {
  const l = await startListener();
  const mod = fileURLToPath(new URL('../../src/daemon/notify.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { notifyReady } = await import(${JSON.stringify(mod)}); process.exit((await notifyReady('up')) ? 0 : 1);`,
    ],
    { env: { ...process.env, NOTIFY_SOCKET: l.socket }, stdio: 'inherit' },
  );
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  assert.equal(code, 0);
  const d = await nextPayload(l.next);
  assert.deepEqual(parse(d.msg), { READY: '1', STATUS: 'up' });
  assert.ok(d.pid > 0, 'sender credentials passed');
});

test('a missing systemd-notify makes calls resolve false and warns once, never throws', async () => {
  const lines: string[] = [];
  const { createLogger } = await import('../../src/log.ts');
  const n = createNotifier({
    env: { NOTIFY_SOCKET: '/run/none.sock' },
    command: '/nonexistent/systemd-notify',
    logger: createLogger({ sink: (s) => lines.push(s) }),
  });
  assert.equal(await n.ready(), false);
  assert.equal(await n.status('x'), false);
  assert.equal(lines.length, 1);
  assert.match(lines[0], /not found/);
});

test('watchdog interval: half of WATCHDOG_USEC, only for our PID', () => {
  assert.equal(watchdogIntervalMs({ NOTIFY_SOCKET: '/x', WATCHDOG_USEC: '30000000' }, 42), 15000);
  assert.equal(watchdogIntervalMs({ NOTIFY_SOCKET: '/x', WATCHDOG_USEC: '30000000', WATCHDOG_PID: '42' }, 42), 15000);
  assert.equal(watchdogIntervalMs({ NOTIFY_SOCKET: '/x', WATCHDOG_USEC: '30000000', WATCHDOG_PID: '43' }, 42), null);
  assert.equal(watchdogIntervalMs({ WATCHDOG_USEC: '30000000' }, 42), null);
  assert.equal(watchdogIntervalMs({ NOTIFY_SOCKET: '/x' }, 42), null);
});

test('the watchdog pings WATCHDOG=1 on a real socket', async () => {
  const l = await startListener();
  const n = createNotifier({ env: { ...process.env, NOTIFY_SOCKET: l.socket, WATCHDOG_USEC: '100000', WATCHDOG_PID: String(process.pid) } });
  const stop = n.startWatchdog();
  assert.ok(stop);
  try {
    assert.deepEqual(parse((await nextPayload(l.next)).msg), { WATCHDOG: '1' });
  } finally {
    stop();
  }
});
