import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/tmp.ts';
import { createNotifier, watchdogIntervalMs } from '../../src/daemon/notify.ts';

// A stand-in for the service manager: an AF_UNIX/SOCK_DGRAM socket with SO_PASSCRED, printing each datagram as JSON.
// It closes any descriptor passed along (systemd-notify's BARRIER=1 waits for that close).
const LISTENER = `
import socket, sys, os, json, array, struct
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
s.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
print(json.dumps({"listening": True}), flush=True)
while True:
    msg, anc, flags, addr = s.recvmsg(65536, socket.CMSG_SPACE(16 * 4) + socket.CMSG_SPACE(12))
    pid = None
    for level, typ, data in anc:
        if level == socket.SOL_SOCKET and typ == socket.SCM_RIGHTS:
            fds = array.array('i'); fds.frombytes(data[:len(data) - len(data) % 4])
            for fd in fds: os.close(fd)
        elif level == socket.SOL_SOCKET and typ == socket.SCM_CREDENTIALS:
            pid = struct.unpack('iII', data[:12])[0]
    print(json.dumps({"msg": msg.decode(), "pid": pid}), flush=True)
`;

interface Datagram { msg: string; pid: number }

async function startListener(): Promise<{ socket: string; next: () => Promise<Datagram>; proc: ChildProcessWithoutNullStreams }> {
  const socket = join(tempDir('adesync-notify-'), 'notify.sock');
  const proc = spawn('python3', ['-c', LISTENER, socket]);
  after(() => { proc.kill(); });
  const queue: Datagram[] = [];
  const waiters: ((d: Datagram) => void)[] = [];
  const lines = createInterface({ input: proc.stdout });
  let ready!: () => void;
  const listening = new Promise<void>((r) => { ready = r; });
  lines.on('line', (l) => {
    const j = JSON.parse(l);
    if (j.listening) return ready();
    const w = waiters.shift();
    if (w) w(j); else queue.push(j);
  });
  proc.on('exit', (code) => { if (code) ready(); });
  await listening;
  assert.equal(proc.exitCode, null, 'python3 listener did not start');
  return { socket, proc, next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((r) => waiters.push(r))) };
}

/** systemd-notify sends the payload, then BARRIER=1; skip barriers. */
async function nextPayload(next: () => Promise<Datagram>): Promise<Datagram> {
  for (;;) { const d = await next(); if (d.msg.trim() !== 'BARRIER=1') return d; }
}

const parse = (msg: string) => Object.fromEntries(msg.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

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
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
    `const { notifyReady } = await import(${JSON.stringify(mod)}); process.exit((await notifyReady('up')) ? 0 : 1);`],
  { env: { ...process.env, NOTIFY_SOCKET: l.socket }, stdio: 'inherit' });
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  assert.equal(code, 0);
  const d = await nextPayload(l.next);
  assert.deepEqual(parse(d.msg), { READY: '1', STATUS: 'up' });
  assert.ok(d.pid > 0, 'sender credentials passed');
});

test('a missing systemd-notify makes calls resolve false and warns once, never throws', async () => {
  const lines: string[] = [];
  const { createLogger } = await import('../../src/log.ts');
  const n = createNotifier({ env: { NOTIFY_SOCKET: '/run/none.sock' }, command: '/nonexistent/systemd-notify', logger: createLogger({ sink: (s) => lines.push(s) }) });
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
  } finally { stop(); }
});
